"""Regression tests for engine bugs found by tools/fuzz (docs/FUZZING.md), each minimized by
the fuzzer's delta debugging and then made readable."""
import pytest

CASES = [
    # Annex B.3.3 gives only plain function declarations in blocks a var binding: a generator or
    # async function declared in a block stays block-scoped (mutant of a corpus program).
    pytest.param("""
{ function* gen() {} async function af() {} function plain() { return 'plain'; } }
console.log(typeof gen, typeof af, plain());
""", "undefined undefined plain", id="block_generator_not_hoisted"),
    # return(v) at an async generator's yield awaits v before the generator runs its finally
    # (AsyncGeneratorUnwrapYieldResumption): the cleanup comes one job later than a next()
    # (mutant of a corpus program, minimized).
    pytest.param("""
async function* g() { try { yield 1; } finally { console.log('cleanup'); } }
(async () => { for await (const x of g()) {} console.log('A done'); })();
(async () => { for await (const x of g()) { break; } console.log('B done'); })();
const it = g();
it.next().then(() => it.return(Promise.reject(new Error('no')))).catch(e => console.log('rejected', e.message));
""", "cleanup\nA done\ncleanup\ncleanup\nB done\nrejected no", id="async_generator_return_awaits"),
    # SortCompare is never called for a single defined value: no ToString of a lone Symbol
    # (a generated program's type-unstable array).
    pytest.param("""
const a = [Symbol.iterator, , undefined].sort();
console.log(a.length, typeof a[0], 1 in a, 2 in a, [{ toString() { throw 1; } }].sort().length);
""", "3 symbol true false 1", id="sort_single_value_not_converted"),
    # A stack overflow thrown through N constructor calls built an N-long exception context
    # chain that CPython walked at every re-raise (quadratic: the program seemed to hang).
    pytest.param("""
let n = 0;
class A { constructor() { n++; new A(); } }
try { new A(); } catch (e) { console.log(e.name, n > 50); }
""", "RangeError true", id="constructor_recursion_overflow"),
    # The depth limit counts JS frames entered through built-ins too (tests/test_hostile.py checks
    # the depth reached in the shell, whose Python stack is deep enough for all of them).
    pytest.param("""
let n = 0;
function f() { n++; [1].forEach(f); }
try { f(); } catch (e) { console.log(e.name, n > 50 && n <= 10001); }
""", "RangeError true", id="builtin_callback_recursion_depth"),
    # Assigning to a top-level const in its TDZ is a ReferenceError before it is a TypeError
    # (SetMutableBinding checks initialization first; the global lexical got no TDZ check;
    # mutant of a corpus program).
    pytest.param("""
const y = (() => { try { y = 1; } catch (e) { return e.name; } })();
const z = (() => { try { ({ z } = { z: 1 }); } catch (e) { return e.name; } })();
const w = (() => { try { eval('w = 1'); } catch (e) { return e.name; } })();
try { y = 2; } catch (e) { console.log(y, z, w, e.name); }
""", "ReferenceError ReferenceError ReferenceError TypeError", id="global_const_tdz_assignment"),
    # V8 names an iterated call result in one message for both failures (the call, the
    # iteration), and `for await` says "async iterable" (a mutant printed e.message).
    pytest.param("""
const msg = (f) => { try { f(); } catch (e) { return e.message; } };
const g = () => 5, o = {};
console.log(msg(() => { for (const x of g()) ; }));
console.log(msg(() => { const [a] = o.m(); }));
console.log(msg(() => [...g()]));
console.log(msg(() => Math.max(...o.m())), '|', msg(() => Math.max(...g())));
(async () => {
  for (const f of [async () => { for await (const x of g()) ; }, async () => { for await (const x of 5) ; }]) {
    try { await f(); } catch (e) { console.log(e.message); }
  }
})();
""", """g is not a function or its return value is not iterable
o.m is not a function or its return value is not iterable
g is not a function or its return value is not iterable
o.m is not a function | Spread syntax requires ...iterable[Symbol.iterator] to be a function
g(...) is not a function or its return value is not async iterable
5 is not async iterable""", id="iterated_call_messages"),
    # V8 names a callee reached through an optional chain with its `?.`, a string-literal key
    # as a property name, and a parenthesized chain as a value (a mutant printed e.message).
    pytest.param("""
const o = { a: {} }, k = 'x';
for (const f of [() => o?.m(), () => o.a?.m(), () => o?.[k](), () => o?.['m'](), () => o['m'](), () => (o?.a).m()]) {
  try { f(); } catch (e) { console.log(e.message); }
}
""", """o?.m is not a function
o.a?.m is not a function
o?.[k] is not a function
o?.m is not a function
o.m is not a function
(intermediate value).m is not a function""", id="optional_chain_callee_messages"),
    # ... and literals as V8 prints them: strings in double quotes, numbers by value
    # (a mutant's `new new('bad')`).
    pytest.param("""
const o = {};
for (const f of [() => new new('bad'), () => (0x10)(), () => o[0x1](), () => o[`k`](), () => (`t`)()]) {
  try { f(); } catch (e) { console.log(e.message); }
}
""", """"bad" is not a constructor
16 is not a function
o[1] is not a function
o.k is not a function
"t" is not a function""", id="literal_callee_messages"),
    # ... private names in brackets, call results as f(...), array literals (mutants whose
    # class methods printed e.message).
    pytest.param("""
class A { #e = 1; m() { try { this.#e.push(1); } catch (e) { console.log(e.message); } } }
new A().m();
const o = { f() { return 5; } };
for (const f of [() => o.f().x(), () => [1].map(x => x).z(), () => [...[1]].q(), () => o.f()()]) {
  try { f(); } catch (e) { console.log(e.message); }
}
""", """this[#e].push is not a function
o.f(...).x is not a function
[1].map(...).z is not a function
[(...[1])].q is not a function
o.f(...) is not a function""", id="call_and_private_callee_messages"),
    # V8 quotes an invalid currency code, unit or time zone by its UTF-8 bytes read as Latin-1
    # (a mutant of tests/host's Intl cases swapped "USD" for '\ud800'); and it names a comma
    # expression callee `(a , o).m` (what the minimizer of that mutant drifted to).
    pytest.param(r"""
const tries = [() => new Intl.NumberFormat('en', {style: 'currency', currency: '\ud800'}),
  () => new Intl.NumberFormat('en', {style: 'currency', currency: 'é'}),
  () => new Intl.NumberFormat('en', {style: 'unit', unit: 'é'}),
  () => new Intl.DateTimeFormat('en', {timeZone: 'Europe/Zürich'}),
  () => ("en-US", {}).format(1), () => (1, 2, [])()];
for (const f of tries) { try { f(); } catch (e) { console.log(JSON.stringify(e.message)); } }
""", "\n".join(['"Invalid currency code : í\u00a0\u0080"', '"Invalid currency code : Ã©"',
                 '"Invalid unit argument for Intl.NumberFormat() \'Ã©\'"',
                 '"Invalid time zone specified: Europe/ZÃ¼rich"', '"(\\"en-US\\" , {}).format is not a function"',
                 '"(1 , 2 , []) is not a function"']), id="v8_byte_quoted_intl_values_and_comma_callee"),
    # SetNumberFormatUnitOptions throws the currency style's TypeError as soon as the currency
    # is read missing, before the unit (test262 intl402/NumberFormat/constructor-order.js; a
    # mutant of tests/corpus/intl_number_format_combinations.js, mutant 15140-13)
    pytest.param("""
const log = [];
const opts = new Proxy({style: "currency", unit: "test"}, {get(t, k) { if (typeof k === "string") log.push(k); return t[k]; }});
for (const o of [opts, {style: "unit", currency: "test"}, {style: "unit"}, {style: "currency", currency: "usd", unit: "bad"}]) {
  try { new Intl.NumberFormat("en-US", o); console.log("ok"); } catch (e) { console.log(e.name); }
}
console.log(log.join());
""", "TypeError\nRangeError\nTypeError\nRangeError\nlocaleMatcher,numberingSystem,style,currency",
                 id="number_format_currency_style_needs_a_currency_first"),
]


@pytest.mark.parametrize("src, expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"
