"""with, direct and indirect eval, new Function, strict mode semantics."""
import pytest

CASES = [
    pytest.param("""
const o = {a: 1, b: 2};
with (o) { console.log(a + b); a = 10; var declared = 'var in with'; }
console.log(o.a, declared);
""", "3\n10 var in with", id="with_basic"),
    pytest.param("""
var x = 'global';
const o = {x: 'object'};
function f() { with (o) { return () => x; } }
const g = f();
console.log(g());
delete o.x;
console.log(g());
""", "object\nglobal", id="with_dynamic_lookup_in_closure"),
    pytest.param("""
const o = {m() { return this === o; }};
with (o) { console.log(m()); }
""", "true", id="with_call_uses_object_as_this"),
    pytest.param("""
const o = {join: 'shadowed', [Symbol.unscopables]: {join: true}};
var join = 'outer';
with (o) { console.log(join); }
with ([1, 2]) { console.log(typeof values, length); }
""", "outer\nundefined 2", id="with_unscopables"),
    pytest.param("""
function t(src) { 'use strict'; try { eval(src); return 'ok'; } catch (e) { return e.name; } }
function s(src) { try { eval(src); return 'ok'; } catch (e) { return e.name; } }
const srcs = ['var public = 1', 'arguments = 10', 'var x = 010', 'function f(a, a) {}', 'delete x', '"\\\\08"'];
console.log(srcs.map(t).join(), srcs.map(s).join(), (0, eval)('var public = 1; "indirect ok"'));
""", "SyntaxError,SyntaxError,SyntaxError,SyntaxError,SyntaxError,SyntaxError ok,ok,ok,ok,ok,ok indirect ok",
        id="direct_eval_in_strict_code_parses_strict"),
    pytest.param("""
function f() { var local = 'L'; return eval('local + 1'); }
console.log(f(), eval('1 + 2'), eval('({a: 1})').a, eval(42), eval());
""", "L1 3 1 42 undefined", id="direct_eval_sees_locals"),
    pytest.param("""
var scope = 'global';
function f() { var scope = 'local'; const indirect = eval; return [eval('scope'), indirect('scope'), (0, eval)('scope')].join(); }
console.log(f());
""", "local,global,global", id="indirect_eval_is_global"),
    pytest.param("""
function f() { eval('var introduced = 5'); return introduced; }
console.log(f(), typeof introduced);
""", "5 undefined", id="sloppy_eval_var_into_function"),
    pytest.param("""
function f() { 'use strict'; eval('var own = 5'); return typeof own; }
console.log(f());
""", "undefined", id="strict_eval_own_var_scope"),
    pytest.param("""
function f() { eval('let scoped = 1'); return typeof scoped; }
console.log(f());
""", "undefined", id="eval_let_stays_inside"),
    pytest.param("""
(0, eval)('var viaIndirect = 7; function fnViaIndirect() { return 8; }');
console.log(viaIndirect, fnViaIndirect(), 'viaIndirect' in globalThis);
""", "7 8 true", id="indirect_eval_declares_globals"),
    pytest.param("""
function f(a) { eval('a = 2'); return arguments[0]; }
console.log(f(1));
""", "2", id="eval_assigns_parameter"),
    pytest.param("""
const obj = { m() { return eval('this === obj'); } };
console.log(obj.m(), eval('typeof this'));
""", "true object", id="eval_this"),
    pytest.param("""
try { eval('let = ;'); } catch (e) { console.log(e instanceof SyntaxError, e.name); }
try { eval('throw new RangeError("from eval")'); } catch (e) { console.log(e.message); }
""", "true SyntaxError\nfrom eval", id="eval_errors"),
    pytest.param("""
console.log(eval('if (true) { "then" } else { "else" }'), eval('for (var i = 0; i < 3; i++) i * 10;'), eval('var zz = 1'));
""", "then 20 undefined", id="eval_completion_values"),
    pytest.param("""
const add = new Function('a', 'b', 'return a + b');
const noArgs = Function('return typeof this');
const multi = new Function('a, b', 'c', 'return a + b + c');
console.log(add(2, 3), noArgs(), multi(1, 2, 3), add.name, add.length);
""", "5 object 6 anonymous 2", id="function_constructor"),
    pytest.param("""
var g = 'global';
function f() { var g = 'local'; return new Function('return g')(); }
console.log(f());
""", "global", id="function_constructor_global_scope"),
    pytest.param("""
try { new Function('a', 'return a +'); } catch (e) { console.log(e.name); }
""", "SyntaxError", id="function_constructor_syntax_error"),
    pytest.param("""
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const gen = new GeneratorFunction('n', 'for (let i = 0; i < n; i++) yield i;');
console.log([...gen(3)].join(), GeneratorFunction.name, AsyncFunction.name);
new AsyncFunction('return 5')().then(v => console.log('async', v));
""", "0,1,2 GeneratorFunction AsyncFunction\nasync 5", id="generator_and_async_function_constructors"),
    pytest.param("""
'use strict';
function f() { return this; }
console.log(f(), typeof (function () { return this; })());
""", "undefined undefined", id="strict_this_undefined"),
    pytest.param("""
'use strict';
const o = Object.freeze({a: 1});
const results = [];
for (const attempt of [() => { o.a = 2; }, () => { o.b = 1; }, () => { Object.defineProperty({}, 'x', {value: 1}).x = 2; },
                       () => { ({get g() { return 1; }}).g = 2; }, () => { 'str'.len = 1; }]) {
  try { attempt(); results.push('ok'); } catch (e) { results.push(e.name); }
}
console.log(results.join());
""", "TypeError,TypeError,TypeError,TypeError,TypeError", id="strict_failed_assignments_throw"),
    pytest.param("""
const o = Object.freeze({a: 1});
o.a = 2; o.b = 3; 'str'.len = 1;
console.log(o.a, o.b);
""", "1 undefined", id="sloppy_failed_assignments_silent"),
    pytest.param("""
'use strict';
try { Object.freeze({a: 1}).a = 2; } catch (e) { console.log(e.message); }
try { ({get g() { return 1; }}).g = 2; } catch (e) { console.log(e.message); }
try { Object.preventExtensions({}).z = 1; } catch (e) { console.log(e.message); }
""", "Cannot assign to read only property 'a' of object '#<Object>'\n"
     "Cannot set property g of #<Object> which has only a getter\n"
     "Cannot add property z, object is not extensible", id="strict_assignment_messages"),
    pytest.param("""
function sloppy() { return typeof this; }
function strict() { 'use strict'; return typeof this; }
console.log(sloppy.call(null), sloppy.call('s'), strict.call(null), strict.call('s'));
""", "object object object string", id="this_substitution"),
    pytest.param("""
function outer() { 'use strict'; return function inner() { return this; }(); }
console.log(outer());
""", "undefined", id="strictness_inherited"),
    pytest.param("""
class C { m() { return (function () { return this; })(); } }
console.log(new C().m());
""", "undefined", id="class_bodies_strict"),
]


@pytest.mark.parametrize("src,expected", CASES)
def test_output(run_js, src, expected):
    assert run_js(src) == expected + "\n"


STRICT_EARLY_ERRORS = [
    pytest.param("'use strict'; with ({}) {}", id="with_in_strict"),
    pytest.param("'use strict'; var eval = 1;", id="assign_eval_binding"),
    pytest.param("'use strict'; arguments = 1;", id="assign_arguments"),
    pytest.param("'use strict'; delete someName;", id="delete_identifier"),
    pytest.param("'use strict'; var x = 010;", id="legacy_octal"),
    pytest.param("'use strict'; var let = 1;", id="let_as_identifier"),
    pytest.param("'use strict'; function f(a, a) {}", id="duplicate_params"),
    pytest.param("'use strict'; var implements;", id="reserved_word"),
    pytest.param("class A { m() { with ({}) {} } }", id="with_in_class"),
]


@pytest.mark.parametrize("src", STRICT_EARLY_ERRORS)
def test_strict_early_errors(js_error, src):
    assert js_error(src).startswith("SyntaxError")


def test_sloppy_allows_what_strict_forbids(run_js):
    src = "var x = 010; var let = 1; with ({y: 2}) { x += y; } console.log(x, let);"
    assert run_js(src) == "10 1\n"
