"""Built-ins newer than node v20 (so not differential): set methods, Map.groupBy, duplicate
named groups. Expected values follow the spec."""
import pytest

CASES = [
    ("[...new Set([1, 2, 3]).union(new Set([3, 4]))]", "[ 1, 2, 3, 4 ]"),
    ("[...new Set([1, 2, 3]).intersection(new Set([3, 2, 9]))]", "[ 2, 3 ]"),
    ("[...new Set([1, 2, 3, 4]).intersection(new Set([4, 1]))]", "[ 4, 1 ]"),
    ("[...new Set([1, 2, 3]).difference(new Set([2]))]", "[ 1, 3 ]"),
    ("[...new Set([1, 2]).symmetricDifference(new Set([2, 3]))]", "[ 1, 3 ]"),
    ("[new Set([1]).isSubsetOf(new Set([1, 2])), new Set([1, 2]).isSupersetOf(new Set([2])),"
     " new Set([1]).isDisjointFrom(new Set([2])), new Set([1, 2]).isSubsetOf(new Set([1]))]",
     "[ true, true, true, false ]"),
    ("new Set([1]).union({ size: 1, has: () => true, keys: () => [5][Symbol.iterator]() })", "Set(2) { 1, 5 }"),
    ("Map.groupBy([1, 2, 3, 4], x => x % 2 ? 'odd' : 'even')", "Map(2) { 'odd' => [ 1, 3 ], 'even' => [ 2, 4 ] }"),
    ("/(?<a>x)|(?<a>y)/.exec('y').groups.a", "y"),
    ("'yy'.replace(/(?:(?<a>x)|(?<a>y))\\k<a>/, '[$<a>]')", "[y]"),
]


@pytest.mark.parametrize("expr,expected", CASES)
def test_expression(run_js, expr, expected):
    assert run_js(f"console.log({expr})") == expected + "\n"


def test_set_methods_reject_non_set_like(js_error):
    assert js_error("new Set([1]).union([1])").startswith("TypeError")


def test_array_buffer_transfer(run_js):
    src = """
    const b = new ArrayBuffer(4, { maxByteLength: 8 }); new Uint8Array(b).set([1, 2, 3, 4]);
    const a = new Uint8Array(b);
    const c = b.transfer(6);
    console.log(b.byteLength, b.detached, a.length, c.byteLength, c.resizable, [...new Uint8Array(c)].join());
    const d = c.transferToFixedLength();
    console.log(d.resizable, d.byteLength, c.detached);
    """
    assert run_js(src) == "0 true 0 6 true 1,2,3,4,0,0\nfalse 6 true\n"


def test_detached_buffer_errors(js_error):
    assert js_error("const b = new ArrayBuffer(4); b.transfer(); new Uint8Array(b)").startswith("TypeError")


def test_an_abandoned_iterator_helper_leaves_its_iterator_open(run_js):
    """A helper closes its iterator on `return()` (IfAbruptCloseIterator), never when it is
    collected: its body is a Python generator, which Python closes when collected; that
    closing called the iterator's `return` (observable, at a time the GC chose) and, when it
    threw, printed a Python traceback ("Exception ignored in: <generator object _map_body>")."""
    source = """
var log = [];
function src() {
  var i = 0;
  return { __proto__: Iterator.prototype, next() { return { value: i++, done: false }; },
           return() { log.push('return'); throw new Error('boom'); } };
}
for (var k = 0; k < 100; k++) { src().map(x => x).next(); src().flatMap(x => [x]).next(); }
var m = src().filter(x => true); m.next();
try { m.return(); } catch (e) { log.push('return() threw ' + e.message); }
console.log(log.join());
"""
    assert run_js(source) == "return,return() threw boom\n"
