"""Generators and the iterator protocol."""
import pytest

CASES = [
    pytest.param("""
function* g() { yield 1; yield 2; return 3; }
const it = g();
console.log(JSON.stringify([it.next(), it.next(), it.next(), it.next()]));
""", '[{"value":1,"done":false},{"value":2,"done":false},{"value":3,"done":true},{"done":true}]',
                 id="next_sequence"),
    pytest.param("""
function* g() { const a = yield 'first'; const b = yield a * 2; return a + b; }
const it = g();
console.log(it.next('ignored').value, it.next(5).value, it.next(7).value);
""", "first 10 12", id="next_passes_values"),
    pytest.param("""
function* g() { console.log('started'); yield; }
const it = g();
console.log('created');
it.next();
""", "created\nstarted", id="lazy_start"),
    pytest.param("""
function* g() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
const it = g();
it.next();
console.log(JSON.stringify(it.return('early')), JSON.stringify(it.next()));
""", 'cleanup\n{"value":"early","done":true} {"done":true}', id="return_runs_finally"),
    pytest.param("""
function* g() { try { yield 1; } finally { yield 'from finally'; } }
const it = g();
it.next();
console.log(JSON.stringify(it.return('r')), JSON.stringify(it.next()));
""", '{"value":"from finally","done":false} {"value":"r","done":true}', id="yield_in_finally_during_return"),
    pytest.param("""
function* g() { while (true) { try { yield 'tick'; } catch (e) { console.log('caught', e); } } }
const it = g();
it.next();
console.log(it.throw('oops').value);
""", "caught oops\ntick", id="throw_caught_inside"),
    pytest.param("""
function* g() { yield 1; }
const it = g();
try { it.throw(new Error('unstarted')); } catch (e) { console.log(e.message); }
console.log(JSON.stringify(it.next()));
""", 'unstarted\n{"done":true}', id="throw_before_start_completes"),
    pytest.param("""
function* inner() { const x = yield 'i1'; yield 'got ' + x; return 'inner result'; }
function* outer() { const r = yield* inner(); yield r; yield* [10, 20]; }
const it = outer();
const out = [it.next().value, it.next('X').value, it.next().value, it.next().value, it.next().value, it.next().done];
console.log(out.join('|'));
""", "i1|got X|inner result|10|20|true", id="yield_star_delegation"),
    pytest.param("""
function* inner() { try { yield 1; } finally { console.log('inner finally'); } }
function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } }
const it = outer();
it.next();
it.return();
""", "inner finally\nouter finally", id="yield_star_forwards_return"),
    pytest.param("""
function* nat() { let n = 0; while (true) yield n++; }
function* take(n, it) { for (const x of it) { if (n-- <= 0) return; yield x; } }
function* map(f, it) { for (const x of it) yield f(x); }
console.log([...take(5, map(x => x * x, nat()))].join());
""", "0,1,4,9,16", id="infinite_generator_pipeline"),
    pytest.param("""
function* g() { yield* 'ab'; }
const it = g();
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it), [...g()].join());
""", "true [object Generator] a,b", id="generator_is_iterable"),
    pytest.param("""
function* g() { yield 1; }
const it = g();
const GenProto = Object.getPrototypeOf(g);
console.log(typeof it.next, Object.getPrototypeOf(it) === g.prototype, GenProto === Object.getPrototypeOf(function* () {}));
""", "function true true", id="generator_prototypes"),
    pytest.param("""
function* g() { yield 1; }
try { new g(); } catch (e) { console.log(e.name + ': ' + e.message); }
""", "TypeError: g is not a constructor", id="generator_not_constructor"),
    pytest.param("""
function* g() { const it = yield; it.next(); }
const it = g();
it.next();
try { it.next(it); } catch (e) { console.log(e.name + ': ' + e.message); }
""", "TypeError: Generator is already running", id="generator_reentry"),
    pytest.param("""
class Tree {
  constructor(v, l, r) { this.v = v; this.l = l; this.r = r; }
  *[Symbol.iterator]() { if (this.l) yield* this.l; yield this.v; if (this.r) yield* this.r; }
}
const t = new Tree(4, new Tree(2, new Tree(1), new Tree(3)), new Tree(6, new Tree(5)));
console.log([...t].join());
""", "1,2,3,4,5,6", id="recursive_generator_method"),
    pytest.param("""
const obj = { *gen() { yield this.x; }, x: 'method' };
console.log(obj.gen().next().value);
""", "method", id="generator_method_this"),
    pytest.param("""
function* g(a, b = 2) { yield arguments.length; yield a + b; }
console.log([...g(1)].join());
""", "1,3", id="generator_arguments_and_defaults"),
    pytest.param("""
const range = { from: 1, to: 4, [Symbol.iterator]() {
  let cur = this.from, last = this.to;
  return { next: () => cur <= last ? {value: cur++, done: false} : {value: undefined, done: true} };
} };
console.log([...range].join(), Array.from(range, x => x * 2).join(), Math.max(...range));
""", "1,2,3,4 2,4,6,8 4", id="manual_iterator_protocol"),
    pytest.param("""
function* g() { const x = yield 1; console.log('x =', x); }
const it = g();
it.next(); it.next();
""", "x = undefined", id="next_without_argument"),
    pytest.param("""
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const out = [];
for (const f of fib()) { if (f > 50) break; out.push(f); }
console.log(out.join(' '));
""", "0 1 1 2 3 5 8 13 21 34", id="fibonacci_generator"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


def test_yield_outside_generator_is_syntax_error(js_error):
    assert js_error("function f() { yield 1; }").startswith("SyntaxError")
