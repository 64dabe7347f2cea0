"""Loops, labels, switch, try/catch/finally completion rules, for-in order, for-of closing."""
import pytest

CASES = [
    pytest.param("""
let out = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    out.push(`${i}${j}`);
  }
}
console.log(out.join());
""", "00,10", id="labeled_break_continue"),
    pytest.param("""
let s = '';
block: { s += 'a'; if (s) break block; s += 'never'; }
console.log(s);
""", "a", id="labeled_block_break"),
    pytest.param("""
let n = 0;
lbl: while (true) { do { n++; if (n > 5) break lbl; continue lbl; } while (false); }
console.log(n);
""", "6", id="labeled_continue_from_do_while"),
    pytest.param("""
let i = 0, s = '';
do { s += i; } while (++i < 3);
while (i--) { if (i === 1) continue; s += '-' + i; }
console.log(s);
""", "012-2-0", id="do_while_and_while"),
    pytest.param("""
function sw(x) {
  const out = [];
  switch (x) {
    case 1: out.push('one');
    case 2: out.push('two'); break;
    default: out.push('default');
    case 3: out.push('three');
  }
  return out.join('+');
}
console.log(sw(1), sw(2), sw(3), sw(9));
""", "one+two two three default+three", id="switch_fallthrough_default_in_middle"),
    pytest.param("""
function sw(x) { switch (x) { case '1': return 'string'; case 1: return 'number'; } return 'none'; }
console.log(sw(1), sw('1'), sw(true));
""", "number string none", id="switch_strict_equality"),
    pytest.param("""
const log = [];
const v = (x) => { log.push(x); return x; };
switch (v(2)) { case v(1): break; case v(2): break; case v(3): break; }
console.log(log.join());
""", "2,1,2", id="switch_case_evaluation_order"),
    pytest.param("""
switch (1) { case 0: let x = 'zero'; case 1: try { x; } catch (e) { console.log(e.name); } }
""", "ReferenceError", id="switch_shared_lexical_scope_tdz"),
    pytest.param("""
function f() { try { return 'try'; } finally { console.log('finally runs'); } }
console.log(f());
""", "finally runs\ntry", id="finally_after_return"),
    pytest.param("""
function f() { try { return 'try'; } finally { return 'finally'; } }
function g() { try { throw new Error('x'); } finally { return 'swallowed'; } }
console.log(f(), g());
""", "finally swallowed", id="finally_return_overrides"),
    pytest.param("""
let log = [];
for (let i = 0; i < 3; i++) {
  try { if (i === 1) continue; if (i === 2) break; log.push('body' + i); }
  finally { log.push('fin' + i); }
}
console.log(log.join());
""", "body0,fin0,fin1,fin2", id="finally_with_break_continue"),
    pytest.param("""
function f() {
  for (const x of [1, 2]) { try { return x; } finally { if (x < 5) continue; } }
  return 'loop ended';
}
console.log(f());
""", "loop ended", id="continue_in_finally_cancels_return"),
    pytest.param("""
function f() { let r = 'a'; try { return r; } finally { r = 'b'; } }
console.log(f());
""", "a", id="return_value_captured_before_finally"),
    pytest.param("""
const log = [];
try { try { throw new Error('inner'); } finally { log.push('f1'); } }
catch (e) { log.push('caught ' + e.message); }
finally { log.push('f2'); }
console.log(log.join());
""", "f1,caught inner,f2", id="nested_try"),
    pytest.param("""
try { throw new Error('first'); }
catch (e) { try { throw new TypeError('second'); } catch (e2) { console.log(e.message, e2.message, e2 instanceof TypeError); } }
""", "first second true", id="nested_catch_bindings"),
    pytest.param("""
try { throw {code: 42, detail: ['x']}; } catch ({code, detail: [d]}) { console.log(code, d); }
try { throw 'str'; } catch { console.log('optional binding'); }
""", "42 x\noptional binding", id="catch_destructuring_and_optional_binding"),
    pytest.param("""
let e = 'outer';
try { throw 'inner'; } catch (e) { var e2 = e; }
console.log(e, e2);
""", "outer inner", id="catch_param_scope"),
    pytest.param("""
function thrower() { throw new RangeError('deep'); }
function mid() { try { thrower(); } finally { console.log('mid cleanup'); } }
try { mid(); } catch (err) { console.log(err.name, err.message); }
""", "mid cleanup\nRangeError deep", id="exception_unwinds_frames"),
    pytest.param("""
const o = {b: 1, a: 2, 2: 'two', 1: 'one', [Symbol('s')]: 3};
Object.defineProperty(o, 'hidden', {value: 1, enumerable: false});
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join());
""", "1,2,b,a", id="for_in_order_and_enumerability"),
    pytest.param("""
const parent = {p1: 1, shared: 'p'};
const child = Object.create(parent);
child.c1 = 2; child.shared = 'c';
const keys = [];
for (const k in child) keys.push(k);
console.log(keys.join());
""", "c1,shared,p1", id="for_in_prototype_chain_no_duplicates"),
    pytest.param("""
const o = {a: 1, b: 2, c: 3};
const seen = [];
for (const k in o) { seen.push(k); if (k === 'a') { delete o.b; o.d = 4; } }
console.log(seen.join());
""", "a,c", id="for_in_deleted_during_iteration_skipped"),
    pytest.param("""
const seen = [];
for (const i in ['x', 'y']) seen.push(typeof i + i);
for (const k in 'ab') seen.push(k);
for (const k in null) seen.push('never');
console.log(seen.join());
""", "string0,string1,0,1", id="for_in_arrays_strings_null"),
    pytest.param("""
const log = [];
function* gen() { try { yield 1; yield 2; yield 3; } finally { log.push('closed'); } }
for (const x of gen()) { log.push(x); if (x === 2) break; }
console.log(log.join());
""", "1,2,closed", id="for_of_break_closes_generator"),
    pytest.param("""
const log = [];
const iterable = { [Symbol.iterator]() { let i = 0; return {
  next() { return {value: i++, done: i > 5}; },
  return() { log.push('return called'); return {done: true}; } }; } };
try { for (const x of iterable) { if (x === 1) throw new Error('boom'); } } catch (e) { log.push(e.message); }
function f() { for (const x of iterable) { if (x === 2) return x; } }
log.push(f());
for (const x of iterable) {}
console.log(log.join());
""", "return called,boom,return called,2", id="for_of_close_on_throw_and_return"),
    pytest.param("""
const log = [];
const iterable = { [Symbol.iterator]() { return { i: 0, next() { return {value: this.i++, done: this.i > 3}; },
  return() { log.push('ret'); return {}; } }; } };
outer: for (const a of [1, 2]) { for (const b of iterable) { if (b === 1) continue outer; } }
console.log(log.join());
""", "ret,ret", id="for_of_continue_outer_closes"),
    pytest.param("""
const it = { [Symbol.iterator]() { return { next() { throw new Error('next failed'); },
  return() { console.log('should not be called'); } }; } };
try { for (const x of it) {} } catch (e) { console.log(e.message); }
""", "next failed", id="for_of_no_close_when_next_throws"),
    pytest.param("""
const arr = [1, 2, 3];
const out = [];
for (const x of arr) { if (x === 1) arr.push(4); out.push(x); }
console.log(out.join());
""", "1,2,3,4", id="for_of_sees_array_growth"),
    pytest.param("""
let s = '';
for (const ch of 'a\\u{1F600}b') s += `[${ch.length}]`;
console.log(s);
""", "[1][2][1]", id="for_of_string_code_points"),
    pytest.param("""
let i = 0;
for (;;) { if (++i >= 4) break; }
for (var j = 0, k = 10; j < k; j++, k--);
console.log(i, j, k);
""", "4 5 5", id="for_variants"),
    pytest.param("""
let x = (1, 2, 3);
let y = true ? 'yes' : 'no';
let z = void 'anything';
console.log(x, y, z, false ? 1 : null ?? 'n');
""", "3 yes undefined n", id="comma_conditional_void"),
    pytest.param("""
function f(x) { if (x > 0) return 'pos'; else if (x < 0) return 'neg'; else return 'zero'; }
console.log(f(1), f(-1), f(0), f(NaN));
""", "pos neg zero zero", id="if_else_chain"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


ERRORS = [
    pytest.param("while (true) { break nowhere; }", id="undefined_label"),
    pytest.param("lbl: { continue lbl; }", id="continue_to_non_loop_label"),
    pytest.param("function f() { break; }", id="break_outside_loop"),
    pytest.param("a: a: ;", id="duplicate_label"),
    pytest.param("switch (1) { default: break; default: }", id="two_defaults"),
]


@pytest.mark.parametrize("src", ERRORS)
def test_early_errors(js_error, src):
    assert js_error(src).startswith("SyntaxError")
