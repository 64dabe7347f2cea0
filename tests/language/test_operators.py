"""Operators: optional chaining, nullish and logical assignment, **, typeof, delete, in, instanceof."""
import pytest

CASES = [
    pytest.param("""
const o = {a: {b: {c: 1}}, f() { return 'called'; }, arr: [10]};
console.log(o?.a?.b?.c, o.x?.y.z, o.f?.(), o.g?.(), o.arr?.[0], o.nope?.[0]);
""", "1 undefined called undefined 10 undefined", id="optional_chaining"),
    pytest.param("""
let n = 0;
const u = undefined;
u?.[n++];
u?.a.b.c(n++);
console.log(n);
""", "0", id="optional_chain_short_circuits_whole_chain"),
    pytest.param("""
const o = { v: 7, get() { return this.v; } };
console.log(o.get?.(), (o?.get)(), o?.['get']());
""", "7 7 7", id="optional_call_keeps_this"),
    pytest.param("""
const n = null;
try { n?.a.b; console.log('ok'); (n?.a).b; } catch (e) { console.log(e.name + ': ' + e.message); }
""", "ok\nTypeError: Cannot read properties of undefined (reading 'b')", id="parenthesized_chain_ends_it"),
    pytest.param("""
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
console.log(0 || 'or', 1 && 'and', '' && 'x', null || undefined);
""", "d d 0  false NaN\nor and  undefined", id="nullish_vs_logical"),
    pytest.param("""
const o = {a: null, b: 0, c: 1, d: 'keep'};
let calls = 0; const f = v => { calls++; return v; };
o.a ??= f('A'); o.d ??= f('never');
o.b ||= f('B'); o.c ||= f('never');
o.c &&= f('C'); o.b &&= f('never-b-is-truthy-now');
console.log(JSON.stringify(o), calls);
""", '{"a":"A","b":"never-b-is-truthy-now","c":"C","d":"keep"} 4', id="logical_assignment"),
    pytest.param("""
const frozen = Object.freeze({x: 1});
frozen.x ||= 2;
let setterCalls = 0;
const o = { get v() { return 1; }, set v(_) { setterCalls++; } };
o.v ||= 5; o.v &&= 6;
console.log(frozen.x, setterCalls);
""", "1 1", id="logical_assignment_skips_set"),
    pytest.param("""
let x;
x ??= 'init';
let y = 0;
y ||= 10;
y &&= y + 1;
console.log(x, y);
""", "init 11", id="logical_assignment_variables"),
    pytest.param("""
console.log(2 ** 10, 2 ** -1, (-2) ** 2, 2 ** 3 ** 2, 4 ** 0.5);
let p = 3; p **= 2;
console.log(p, 2n ** 64n);
""", "1024 0.5 4 512 2\n9 18446744073709551616n", id="exponent"),
    pytest.param("""
console.log([typeof undefined, typeof null, typeof true, typeof 1, typeof 1n, typeof 's',
  typeof Symbol(), typeof {}, typeof [], typeof function () {}, typeof class {}, typeof undeclaredVar].join());
""", "undefined,object,boolean,number,bigint,string,symbol,object,object,function,function,undefined",
                 id="typeof_all"),
    pytest.param("""
const o = {a: 1, b: 2};
Object.defineProperty(o, 'fixed', {value: 3, configurable: false});
console.log(delete o.a, 'a' in o, delete o.nope, delete o.fixed, 'fixed' in o);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr);
""", "true false true false true\ntrue 3 false", id="delete_sloppy"),
    pytest.param("""
'use strict';
const o = Object.freeze({a: 1});
try { delete o.a; } catch (e) { console.log(e.name + ': ' + e.message); }
""", "TypeError: Cannot delete property 'a' of #<Object>", id="delete_strict_throws"),
    pytest.param("""
var g = 1;
globalThis.h = 2;
console.log(delete globalThis.g, delete globalThis.h, typeof h, delete 5);
""", "false true undefined true", id="delete_global_var"),
    pytest.param("""
const o = {own: 1};
const child = Object.create(o);
console.log('own' in child, 'toString' in child, 'nope' in child, 0 in [1], 1 in [1], 'length' in []);
try { 'x' in 'string'; } catch (e) { console.log(e.name + ': ' + e.message); }
""", "true true false true false true\nTypeError: Cannot use 'in' operator to search for 'x' in string",
                 id="in_operator"),
    pytest.param("""
class A {} class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, [] instanceof Array, Object.create(null) instanceof Object);
try { b instanceof 5; } catch (e) { console.log(e.name + ': ' + e.message); }
""", "true true true true false\nTypeError: Right-hand side of 'instanceof' is not an object", id="instanceof"),
    pytest.param("""
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
function F() {}
const bound = F.bind(null);
console.log(new F() instanceof bound);
""", "true false\ntrue", id="instanceof_has_instance_and_bound"),
    pytest.param("""
console.log(1 + '2', '3' * '4', '10' / 4, 10 % 4, -7 % 3, 5 - '2', +'', +' 12 ', +'0x1f', -'abc');
""", "12 12 2.5 2 -1 3 0 12 31 NaN", id="arithmetic_coercions"),
    pytest.param("""
console.log(1 == '1', 0 == '', null == undefined, null == 0, NaN == NaN, [1] == 1, '1,2' == [1, 2]);
console.log(1 === 1.0, '1' === 1, null === null, Object.is(0, -0), Object.is(NaN, NaN));
""", "true true true false false true true\ntrue false true false true", id="equality"),
    pytest.param("""
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, -16 >> 2, -16 >>> 28, 2 ** 32 | 0, 1.9 | 0);
""", "1 7 6 -6 -2147483648 -4 15 0 1", id="bitwise"),
    pytest.param("""
console.log('a' < 'b', 'B' < 'a', '10' < '9', 10 < 9, '10' < 9, null >= 0, undefined < 1, [2] > 1);
""", "true true true false false true false true", id="relational"),
    pytest.param("""
let i = 5;
const a = i++, b = ++i, c = i--, d = --i;
console.log(a, b, c, d, i);
const o = {n: '5'}; o.n++;
console.log(o.n, typeof o.n);
""", "5 7 7 5 5\n6 number", id="update_operators"),
    pytest.param("""
let x = 10;
x += 5; x -= 3; x *= 2; x /= 4; x %= 4; x <<= 3; x >>= 1; x |= 1; x &= 7; x ^= 2;
console.log(x);
""", "3", id="compound_assignment"),
    pytest.param("""
const log = [];
const o = { get a() { log.push('get a'); return 1; } };
const k = () => { log.push('key'); return 'a'; };
const v = () => { log.push('value'); return 2; };
const t = { set a(x) { log.push('set ' + x); } };
t[k()] = v();
console.log(log.join());
""", "key,value,set 2", id="assignment_evaluation_order"),
    pytest.param("""
console.log(0.1 + 0.2, 1 / 3, 1e21, 1e-7, 123456789012345680000, -0, 0 / 0, 1 / 0, -1 / 0, (0.000001234).toString());
""", "0.30000000000000004 0.3333333333333333 1e+21 1e-7 123456789012345680000 -0 NaN Infinity -Infinity 0.000001234",
                 id="number_to_string"),
    pytest.param("""
console.log(10n + 5n, 7n / 2n, -7n % 3n, 1n << 70n, typeof (5n * 2n), 5n == 5, 5n === 5, 2n > 1);
try { 1n + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
""", "15n 3n -1n 1180591620717411303424n bigint true false true\nTypeError: Cannot mix BigInt and other types, use explicit conversions",
                 id="bigint_operators"),
    pytest.param("""
const s = Symbol('desc');
const o = {[s]: 1, regular: 2};
console.log(s.toString(), s.description, o[s], Object.keys(o).join(), Object.getOwnPropertySymbols(o).length);
console.log(Symbol.for('k') === Symbol.for('k'), Symbol('k') === Symbol('k'));
""", "Symbol(desc) desc 1 regular 1\ntrue false", id="symbols"),
    pytest.param("""
const o = { valueOf() { return 42; }, toString() { return 'str'; } };
const d = { [Symbol.toPrimitive](hint) { return hint; } };
console.log(o + 1, `${o}`, o * 2, d + '', `${d}`, +d);
""", "43 str 84 default string NaN", id="to_primitive"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


ERRORS = [
    pytest.param("const u = undefined; u.prop;",
                 "TypeError: Cannot read properties of undefined (reading 'prop')", id="read_undefined"),
    pytest.param("const n = null; n.prop = 1;",
                 "TypeError: Cannot set properties of null (setting 'prop')", id="write_null"),
    pytest.param("const o = {}; o.a.b;",
                 "TypeError: Cannot read properties of undefined (reading 'b')", id="read_chain"),
    pytest.param("-2 ** 2;", "SyntaxError", id="unary_minus_exponent"),
    pytest.param("a ?? b || c;", "SyntaxError", id="nullish_mixed_with_or"),
]


@pytest.mark.parametrize("src,expected", ERRORS)
def test_error(js_error, src, expected):
    error = js_error(src)
    assert error == expected if ":" in expected else error.startswith(expected)
