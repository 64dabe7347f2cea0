"""Annex B.3.3 block functions (in eval code too), astral identifiers, private names in direct
eval, method source text, sloppy functions' own caller/arguments, `var arguments`, the first iteration's environment of `for (let ...)`. Each case prints what
node prints."""
import pytest

CASES = [
    pytest.param("""
eval('{ function f() { return "inner"; } }');
console.log(typeof f, f());
(0, eval)('{ function g() { return 1; } }');
console.log(typeof g);
function h() { eval('console.log(typeof k); { function k() {} } console.log(typeof k);'); return typeof k; }
console.log(h());
""", "function inner\nfunction\nundefined\nfunction\nfunction", id="annexb_eval_creates_and_updates_var"),
    pytest.param("""
{ let a = 1; { function a() {} } }
console.log(typeof a);
for (let b of [1]) { function b() {} }
console.log(typeof b);
try {} catch ({c}) { { function c() {} } }
console.log(typeof c);
(function(d) { { function d() {} } console.log(typeof d); })(5);
""", "undefined\nundefined\nundefined\nnumber", id="annexb_skipped_where_var_is_an_early_error"),
    pytest.param("""
if (true) function f() { f = 123; return typeof f; } else ;
console.log(f(), typeof f);
""", "number function", id="annexb_if_clause_function_is_its_own_block"),
    pytest.param("""
var o = {\U0001d453: 1, \U0001d453\U0001d454() { return 2; }};
console.log(o['\U0001d453'], Object.keys(o)[0].length, o.\U0001d453\U0001d454());
class A { #\U0001d453 = 3; get() { return this.#\U0001d453; } }
console.log(new A().get());
""", "1 2 2\n3", id="astral_identifiers_are_utf16"),
    pytest.param("""
class C {
  #x = 1; #m() { return 2; }
  y = eval('this.#x + 10');
  get() { return eval('this.#x + this.#m()'); }
  static has(o) { return eval('#x in o'); }
}
console.log(new C().y, new C().get(), C.has(new C()), C.has({}));
""", "11 3 true false", id="private_names_in_direct_eval"),
    pytest.param("""
var o = { f /* a */ () { return 1 }, get g() { return 2 }, async *h() {}, ['k' + 1]() {} };
console.log(o.f.toString(), '|', Object.getOwnPropertyDescriptor(o, 'g').get.toString(), '|', o.h.toString(), '|', o.k1.toString());
class C { static /* s */ m() {} #p() {} q() { return this.#p; } }
console.log(C.m.toString(), '|', new C().q().toString());
""", "f /* a */ () { return 1 } | get g() { return 2 } | async *h() {} | ['k' + 1]() {}\nm() {} | #p() {}",
        id="method_source_text"),
    pytest.param("""
function f() {}
console.log(Object.getOwnPropertyNames(f).join(), f.caller, f.arguments);
console.log(Object.getOwnPropertyNames(function() { 'use strict'; }).join(), Object.getOwnPropertyNames(() => 1).join());
""", "length,name,arguments,caller,prototype null null\nlength,name,prototype length,name", id="sloppy_caller_arguments"),
    pytest.param("""
function a() { return typeof arguments; var arguments = 1; }
function b() { var arguments; return arguments.length; }
function c() { var arguments = 7; return arguments; }
function d(arguments) { var arguments; return arguments; }
function e() { var arguments; function arguments() {} return typeof arguments; }
function f() { function arguments() {} var arguments; return typeof arguments; }
function g() { var arguments = arguments; return arguments[0]; }
function h() { return (() => { var x = arguments; return x[1]; })(); var arguments; }
function k() { var arguments = 3; return (() => arguments)(); }
function m(x) { var arguments; arguments[0] = 9; return x; }
var r = [a(1,2), b(1,2,3), c(), d(5), e(), f(), g(4), h(1, 2), k(), m(1)];
console.log(r.join());
""", "object,3,7,5,function,function,4,2,3,9", id="var_arguments_names_the_arguments_object"),
    pytest.param("""
var probeBefore, probeTest, probeIncr, probeBody, run = true;
for (let x = 'outside', _ = probeBefore = function() { return x; };
     run && (x = 'inside', probeTest = function() { return x; });
     probeIncr = function() { return x; })
  probeBody = function() { return x; }, run = false;
console.log(probeBefore(), probeTest(), probeBody(), probeIncr());
var fs = [];
for (let i = 0, g = () => i; i < 3; i++) { fs.push(() => i); if (i == 0) fs.push(g); }
console.log(fs.map(f => f()).join());
var s = 0;
for (let i = 0; i < 2000; i++) { s += (() => i)(); }
console.log(s);
""", "outside inside inside inside\n0,0,1,2\n1999000", id="for_let_first_iteration_gets_its_own_environment"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_core_gap(run_js, source, expected):
    assert run_js(source) == expected + "\n"


def test_private_name_outside_class_in_eval_is_syntax_error(js_error):
    assert js_error("class C { m() { return eval('this.#nope'); } } new C().m();") == \
        "SyntaxError: Private field '#nope' must be declared in an enclosing class"


def test_arguments_in_field_initializer_eval(js_error):
    assert js_error("class C { x = eval('arguments'); } new C();") == \
        "SyntaxError: 'arguments' is not allowed in class field initializer or static initialization block"
