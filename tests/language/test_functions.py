"""Function declarations and expressions, arrows, parameters, the arguments object, new.target."""
import pytest

CASES = [
    pytest.param("""
class C { method(x = arguments[2], y = arguments.length) { return [x, y].join(); } }
const o = { m(x = arguments[1]) { return x; } };
function f(a, b = arguments[0] + arguments.length) { return b; }
console.log(C.prototype.method(undefined, undefined, 'third'), o.m(undefined, 'second'), f(10));
""", "third,3 second 11", id="arguments_in_parameter_defaults"),
    pytest.param("function add(a, b) { return a + b; } console.log(add(2, 3), add(2));",
                 "5 NaN", id="declaration_missing_arg"),
    pytest.param("const sq = function (x) { return x * x; }; console.log(sq(7), sq.name);",
                 "49 sq", id="anonymous_expression_gets_name"),
    pytest.param("const o = {m() {}, f: function () {}, a: () => {}};"
                 "console.log(o.m.name, o.f.name, o.a.name);", "m f a", id="method_names"),
    pytest.param("function f(a, b = 1, ...c) {} console.log(f.length, ((x, y) => 0).length);",
                 "1 2", id="length_stops_at_default"),
    pytest.param("const add = (a, b) => a + b; const id = x => x; const obj = () => ({k: 1});"
                 "console.log(add(1, 2), id('i'), obj().k);", "3 i 1", id="arrow_forms"),
    pytest.param("""
const o = {
  v: 42,
  regular() { return [1].map(function () { return this === undefined || this === globalThis; })[0]; },
  arrow() { return [1].map(() => this.v)[0]; },
};
console.log(o.regular(), o.arrow());
""", "true 42", id="arrow_lexical_this"),
    pytest.param("""
function outer() { const f = () => arguments[0]; return f('inner'); }
console.log(outer('outer'));
""", "outer", id="arrow_lexical_arguments"),
    pytest.param("""
const arrow = () => 1;
try { new arrow(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(arrow.hasOwnProperty('prototype'));
""", "TypeError: arrow is not a constructor\nfalse", id="arrow_not_constructor"),
    pytest.param("""
function f(a, b = a * 2, c = a + b) { return [a, b, c].join(); }
console.log(f(1), f(1, 5), f(1, undefined, 0), f(1, null));
""", "1,2,3 1,5,6 1,2,0 1,,1", id="defaults_see_earlier_params"),
    pytest.param("""
let n = 0;
function f(x = ++n) { return x; }
f(); f(10); f();
console.log(n);
""", "2", id="default_evaluated_per_call"),
    pytest.param("""
function f(a = b, b = 1) { return a; }
try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(f(5));
""", "ReferenceError: Cannot access 'b' before initialization\n5", id="default_param_tdz"),
    pytest.param("""
var x = 'global';
function f(g = () => x) { var x = 'body'; return g(); }
console.log(f());
""", "global", id="default_param_scope_separate_from_body"),
    pytest.param("""
function f(first, ...rest) { return `${first}|${rest.length}|${rest.join('-')}|${Array.isArray(rest)}`; }
console.log(f(1), f(1, 2, 3));
""", "1|0||true 1|2|2-3|true", id="rest_parameter"),
    pytest.param("""
function f() { return arguments.length + ':' + Array.prototype.join.call(arguments, '+'); }
console.log(f(), f('a', 'b', 'c'));
""", "0: 3:a+b+c", id="arguments_basic"),
    pytest.param("""
function f(a) { arguments[0] = 'changed'; return a; }
function g(a) { a = 'changed'; return arguments[0]; }
console.log(f('orig'), g('orig'));
""", "changed changed", id="arguments_mapped_sloppy"),
    pytest.param("""
const a1 = (function (a, a, a) { return arguments; })(1, 2, 3);
const r = (function (a, b, a) { a = 9; b = 8; return [arguments[0], arguments[1], arguments[2]].join(); })(1, 2, 3);
const r2 = (function (a, b, a) { arguments[0] = 7; arguments[2] = 6; return a + ',' + b; })(1, 2, 3);
const r3 = (function (a, b, a) { arguments[0] = 7; return a; })(1, 2);
console.log([...a1].join(), r, r2, r3);
""", "1,2,3 1,8,9 6,2 undefined", id="arguments_duplicate_parameters_map_the_last"),
    pytest.param("""
function f(a) { 'use strict'; arguments[0] = 'changed'; return a; }
function g(a) { 'use strict'; a = 'changed'; return arguments[0]; }
console.log(f('orig'), g('orig'));
""", "orig orig", id="arguments_unmapped_strict"),
    pytest.param("""
function f(a = 0) { arguments[0] = 'changed'; return a; }
console.log(f('orig'));
""", "orig", id="arguments_unmapped_with_defaults"),
    pytest.param("""
function f(a) { return [Object.prototype.toString.call(arguments), typeof arguments.callee,
  arguments[Symbol.iterator] === Array.prototype.values].join(); }
console.log(f(1));
""", "[object Arguments],function,true", id="arguments_shape"),
    pytest.param("""
function f(a, b) { delete arguments[0]; arguments[0] = 'x'; return a; }
console.log(f('orig'));
""", "orig", id="arguments_delete_unmaps"),
    pytest.param("""
function f() { return [...arguments].reverse().join(''); }
console.log(f('a', 'b', 'c'));
""", "cba", id="arguments_iterable"),
    pytest.param("""
function mk(n) { return function () { return n++; }; }
const c = mk(5);
c(); c();
console.log(c());
""", "7", id="closure_over_parameter"),
    pytest.param("""
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));
""", "6765", id="recursion"),
    pytest.param("""
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(100), isOdd(7));
""", "true true", id="mutual_recursion"),
    pytest.param("""
function F() { return new.target === F; }
console.log(F(), new F() instanceof F);
""", "false true", id="new_target_plain_function"),
    pytest.param("""
function F() { if (!new.target) return 'call'; this.v = 1; }
console.log(F(), new F().v);
""", "call 1", id="new_target_undefined_on_call"),
    pytest.param("""
function P() { this.a = 1; return {b: 2}; }
function Q() { this.a = 1; return 5; }
console.log(JSON.stringify(new P()), JSON.stringify(new Q()));
""", '{"b":2} {"a":1}', id="constructor_return_override"),
    pytest.param("""
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm2 = function () { return this.x ** 2 + this.y ** 2; };
const p = new Point(3, 4);
console.log(p.norm2(), Object.getPrototypeOf(p) === Point.prototype, p.constructor === Point);
""", "25 true true", id="prototype_methods"),
    pytest.param("""
function f() { return this; }
console.log(f.call(5) instanceof Number, typeof f.call(5));
function g() { 'use strict'; return this; }
console.log(g.call(5), g() === undefined);
""", "true object\n5 true", id="this_boxing_sloppy_vs_strict"),
    pytest.param("""
function f(a, b) { return [this.tag, a, b].join(); }
const bound = f.bind({tag: 't'}, 1);
console.log(bound(2), f.apply({tag: 'u'}, [3, 4]), bound.name, bound.length);
""", "t,1,2 u,3,4 bound f 1", id="call_apply_bind"),
    pytest.param("""
const compose = (...fns) => x => fns.reduceRight((acc, f) => f(acc), x);
const inc = x => x + 1, dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
""", "11 12", id="higher_order"),
    pytest.param("""
const f = (function () { return function () {}; })();
const g = (() => () => {})();
console.log(JSON.stringify(f.name), JSON.stringify(g.name));
""", '"" ""', id="anonymous_function_names"),
    pytest.param("""
let o = {}; o.prop = function () {};
const [d = function () {}] = [];
const {e = () => {}} = {};
console.log(JSON.stringify(o.prop.name), d.name, e.name);
""", '"" d e', id="name_inference_in_patterns"),
    # NamedEvaluation needs IsIdentifierRef: a parenthesized target is not one (13.15.2)
    pytest.param("""
var a, b, c, d, e, g;
(a) = function () {}; ((b)) = () => {}; (c) ??= class {};
[(d) = function () {}] = []; ({p: (e) = () => {}} = {});
with ({}) { (g) = function () {}; }
console.log(JSON.stringify([a.name, b.name, c.name, d.name, e.name, g.name]));
""", '["","","","","",""]', id="parenthesized_target_names_nothing"),
    # an accessor under a computed key is named when defined: "get [description]"
    pytest.param("""
const s = Symbol('sym'), anon = Symbol(), k = 'str';
const o = {get [s]() {}, set [anon](v) {}, get [k]() {}};
class C { static set [s](v) {} get [anon]() {} }
const names = [Object.getOwnPropertyDescriptor(o, s).get, Object.getOwnPropertyDescriptor(o, anon).set,
  Object.getOwnPropertyDescriptor(o, k).get, Object.getOwnPropertyDescriptor(C, s).set,
  Object.getOwnPropertyDescriptor(C.prototype, anon).get].map(f => f.name);
console.log(JSON.stringify(names));
""", '["get [sym]","set ","get str","set [sym]","get "]', id="computed_accessor_names"),
    pytest.param("""
function f(a, a2) { return typeof a2; }
console.log(f.toString().startsWith('function f(a, a2)'));
""", "true", id="function_to_string_source_text"),
    pytest.param("""
(function () { console.log('iife'); })();
(() => console.log('arrow iife'))();
!function () { console.log('bang'); }();
""", "iife\narrow iife\nbang", id="iife_forms"),
    pytest.param("""
function f(a, {b, c} = {b: 2}, [d] = [4]) { return [a, b, c, d].join(); }
console.log(f(1), f(1, {b: 5, c: 6}, [7]));
""", "1,2,,4 1,5,6,7", id="destructured_parameters"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


ERRORS = [
    pytest.param("const o = {}; o.missing();", "TypeError: o.missing is not a function",
                 id="call_undefined_member"),
    pytest.param("let n = 5; n();", "TypeError: n is not a function", id="call_number"),
    pytest.param("function f() { 'use strict'; f.caller; } f();",
                 "TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on "
                 "strict mode functions or the arguments objects for calls to them",
                 id="strict_caller"),
    pytest.param("function f(a, a) { 'use strict'; }",
                 "SyntaxError: Duplicate parameter name not allowed in this context",
                 id="strict_duplicate_params"),
    pytest.param("function f(a = 1) { 'use strict'; }",
                 "SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list",
                 id="use_strict_non_simple_params"),
    pytest.param("function f(...r, x) {}", "SyntaxError: Rest parameter must be last formal parameter",
                 id="rest_not_last"),
]


@pytest.mark.parametrize("src,expected", ERRORS)
def test_error(js_error, src, expected):
    assert js_error(src) == expected
