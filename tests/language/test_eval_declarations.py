"""Declaration instantiation of eval code and global code: vars of an eval in a parameter
initializer (10.2.11 step 20), vars clashing with lexical bindings (19.2.1.3 step 3), and
CanDeclareGlobalFunction / CanDeclareGlobalVar (9.1.1.4.15-16)."""
import pytest



def test_param_eval_vars_are_visible_to_later_params_and_the_body(run_js):
    assert run_js("""
var x = 'outer';
function a({[eval("var x = 'key'")]: ignored}) { return x; }
function b(p = eval("var y = 1"), q = () => y) { var y = 2; return [y, q()]; }
var c = (p = eval("var z = 3")) => z;
function d(p = eval("function w() { return 5; }")) { return w(); }
console.log(a({}), b().join(), c(), typeof z, d(), x);
""") == "key 2,1 3 undefined 5 outer\n"


@pytest.mark.parametrize("source", [
    '(function (a = eval("var a = 1")) {})()',
    pytest.param('(function (p = eval("var arguments")) {})()', id="arguments", marks=pytest.mark.spec_only),
    '(function* (a = eval("var a")) {})()',
])
def test_param_eval_var_named_like_a_parameter(run_outcome, source):
    outcome = run_outcome(source)
    assert outcome.error is not None and outcome.error.startswith("SyntaxError"), outcome


def test_arrow_param_eval_may_declare_arguments(run_js):
    assert run_js("""
var f = (p = eval("var arguments = 'made'")) => arguments;
console.log(f());
""") == "made\n"


def test_eval_var_clashing_with_a_lexical_binding(run_js):
    assert run_js("""
for (const src of ['{ let x; { eval("var x;"); } }', '{ let y; eval("function y() {}"); }',
                   'try { throw 1 } catch (z) { eval("var z = 2"); }', '{ function w() {} eval("var w") }',
                   '(function () { let q; eval("var q"); })()', '(function (p) { eval("var p = 1"); })()',
                   'var named = function nm() { eval("var nm = 1"); return nm; }; named()']) {
  try { (0, eval)(src); console.log("ok"); } catch (e) { console.log(e.name); }
}
""") == "SyntaxError\nSyntaxError\nok\nSyntaxError\nSyntaxError\nok\nok\n"


def test_global_function_definability(run_js):
    assert run_js("""
try { eval("function NaN() {}"); } catch (e) { console.log(e.name); }
Object.defineProperty(globalThis, 'f', { enumerable: false, writable: false, configurable: true });
var initial;
eval('initial = f; function f() { return 345; }');
var d = Object.getOwnPropertyDescriptor(globalThis, 'f');
console.log(d.writable, d.enumerable, d.configurable, initial());
Object.defineProperty(globalThis, 'g', { value: 1, enumerable: true, writable: true, configurable: false });
eval('function g() { return 7; }');
console.log(g(), Object.getOwnPropertyDescriptor(globalThis, 'g').configurable);
Object.preventExtensions(globalThis);
try { (0, eval)("var brandNew;"); } catch (e) { console.log(e.name); }
""") == "TypeError\ntrue true true 345\n7 false\nTypeError\n"


@pytest.mark.spec_only
def test_global_definability_is_checked_before_any_binding_is_created(run_js):
    assert run_js("""
try { (0, eval)("var before; function Infinity() {} var after;"); } catch (e) { console.log(e.name); }
console.log(Object.getOwnPropertyDescriptor(globalThis, "before"), Object.getOwnPropertyDescriptor(globalThis, "after"));
""") == "TypeError\nundefined undefined\n"
