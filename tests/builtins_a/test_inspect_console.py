"""inspect_value.inspect and console formatting (expected text checked against node v20)."""
from pyjs.engine.runtime.errors import make_error
from pyjs.engine.runtime.inspect_value import describe_thrown, inspect
from pyjs.engine.runtime.objects import JSObject
from pyjs.engine.runtime.values import JSNull, JSSymbol
from tests.builtins_a.helpers import arr, get_path, invoke, obj, realm


def test_primitives():
    assert inspect(-0.0) == "-0" and inspect(1.5) == "1.5" and inspect(10 ** 20) == "100000000000000000000n"
    assert inspect("it's") == '"it\'s"' and inspect("a'\"") == "`a'\"`" and inspect("x\n") == "'x\\n'"
    assert inspect(None) == "undefined" and inspect(JSNull) == "null" and inspect(JSSymbol("s")) == "Symbol(s)"
    assert inspect("\ud800") == "'\\ud800'"


def test_arrays_and_grouping():
    assert inspect(arr(1.0, 2.0, 3.0)) == "[ 1, 2, 3 ]"
    assert inspect(arr()) == "[]"
    assert inspect(arr(*[float(i) for i in range(30)])) == (
        "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n"
        "  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]")
    x = arr(1.0)
    x.set("5", 2.0, x)
    x.set("k", "v", x)
    assert inspect(x) == "[ 1, <4 empty items>, 2, k: 'v' ]"
    assert inspect(arr(*[0.0] * 101)).endswith("... 1 more item\n]")


def test_objects():
    o = obj(a=1.0, **{"b-c": "x"})
    o.set(JSSymbol("x"), 3.0, o)
    assert inspect(o) == "{ a: 1, 'b-c': 'x', [Symbol(x)]: 3 }"
    assert inspect(obj(a=obj(b=obj(c=obj(d=1.0))))) == "{ a: { b: { c: [Object] } } }"
    assert inspect(obj(a=obj(b=obj(c=obj())), x=1.0)) == "{ a: { b: { c: {} } }, x: 1 }"
    c = obj(x=1.0)
    c.set("self", c, c)
    assert inspect(c) == "<ref *1> { x: 1, self: [Circular *1] }"
    n = JSObject(None)
    assert inspect(n) == "[Object: null prototype] {}"
    n.set("a", 1.0, n)
    assert inspect(n) == "[Object: null prototype] { a: 1 }"
    g = obj()
    g.define_accessor("v", get_path("Array.prototype.push"), None, 6)
    assert inspect(g) == "{ v: [Getter] }"
    assert inspect(get_path("Math")) == "Object [Math] {}"
    long = obj(long="x" * 100, arr=arr(*[obj(a=float(i)) for i in range(5)]))
    assert inspect(long) == ("{\n  long: '" + "x" * 100 + "',\n  arr: [ { a: 0 }, { a: 1 }, { a: 2 }, { a: 3 }, "
                             "{ a: 4 } ]\n}")


def test_functions_boxed_errors():
    assert inspect(arr(get_path("Math.max"))) == "[ [Function: max] ]"
    from pyjs.engine.runtime.conversions import to_object
    realm()
    assert inspect(to_object(3.0)) == "[Number: 3]" and inspect(to_object("ab")) == "[String: 'ab']"
    e = make_error("TypeError", "boom")
    e.set("stack", "TypeError: boom", e)
    assert inspect(e) == "[TypeError: boom]" and inspect(arr(e)) == "[ [TypeError: boom] ]"
    f = make_error("Error", "x")
    f.set("stack", "Error: x\n    at foo (a.js:1:1)", f)
    assert inspect(obj(f=f)) == "{\n  f: Error: x\n      at foo (a.js:1:1)\n}"
    assert describe_thrown(f) == "Error: x\n    at foo (a.js:1:1)"
    assert describe_thrown(1.0) == "1" and describe_thrown(obj(a=1.0)) == "{ a: 1 }"


def test_console_format():
    from pyjs.engine.runtime.builtins.console import set_output
    r = realm()
    out = []
    set_output(r, out.append, out.append)
    try:
        invoke("console.log", None, "a%sb%d%%c %i %j", "X", -0.0, "42.5x", arr(1.0), "extra", arr(2.0))
        invoke("console.log", None, 1.0, "x", obj(a="y"))
        invoke("console.error", None, "%o", 5.0)
        invoke("console.group", None, "G")
        invoke("console.log", None, "in\nner")
        invoke("console.groupEnd", None)
        invoke("console.assert", None, False, "oops %s", "x")
        invoke("console.count", None)
        invoke("console.count", None)
    finally:
        set_output(r, None, None)
    assert out == ["aXb-0%c 42 [1] extra [ 2 ]", "1 x { a: 'y' }", "5", "G", "  in\n  ner", "Assertion failed: oops x",
                   "default: 1", "default: 2"]


def test_array_buffers_and_data_views(run_js):
    # node lists an ArrayBuffer's bytes and byteLength, a DataView's byteLength, byteOffset and
    # buffer (a program printing a buffer diverged from node; found by tools/fuzz)
    out = run_js("""
console.log(new ArrayBuffer(0), new Uint8Array([1, 2, 255]).buffer);
console.log(new ArrayBuffer(101));
const b = new ArrayBuffer(8); structuredClone(b, { transfer: [b] });
const x = new ArrayBuffer(1); x.foo = 1;
console.log(b, x, [new DataView(new ArrayBuffer(4), 1, 2)]);
""")
    assert out == (
        "ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 } ArrayBuffer { [Uint8Contents]: <01 02 ff>, byteLength: 3 }\n"
        "ArrayBuffer {\n  [Uint8Contents]: <" + " ".join(["00"] * 100) + " ... 1 more byte>,\n  byteLength: 101\n}\n"
        "ArrayBuffer { (detached), byteLength: 0 } ArrayBuffer { [Uint8Contents]: <00>, byteLength: 1, foo: 1 } [\n"
        "  DataView {\n    byteLength: 2,\n    byteOffset: 1,\n"
        "    buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }\n  }\n]\n")


def test_arguments_objects_print_as_node_20_does(run_js):
    # indices as properties in braces (a mutant printed an arguments object; found by tools/fuzz)
    out = run_js("""
(function () { console.log(arguments); })();
(function () { 'use strict'; arguments.x = 1; console.log(arguments, [arguments]); })(1, 'a');
""")
    assert out == "[Arguments] {}\n[Arguments] { '0': 1, '1': 'a', x: 1 } [ [Arguments] { '0': 1, '1': 'a', x: 1 } ]\n"


def test_backslashes_in_quoted_strings_are_escaped(run_js):
    # node quotes '\\' inside inspected values (a mutant printed a template's raw string in a
    # Promise; found by tools/fuzz, mutant 15014-0)
    assert inspect("a\\b") == "'a\\\\b'" and inspect("it's \\") == '"it\'s \\\\"'
    out = run_js("""console.log(['a\\\\b'], {k: '\\\\'}, new Map([['\\\\x', 1]]));
async function tag(s) { return s.raw[0]; } console.log(tag`\\unicode`);""")
    assert out == "[ 'a\\\\b' ] { k: '\\\\' } Map(1) { '\\\\x' => 1 }\nPromise { '\\\\unicode' }\n"
