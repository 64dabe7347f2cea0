"""Whether a line terminator separates two tokens when the second spans lines (a string literal
with a line continuation, a template with a newline): `return`, class accessors and async methods."""
from __future__ import annotations

ACCESSORS = r"""
var seen;
class C {
  static get 'line\
Continuation'() { return 'static get'; }
  set 'a\
b'(v) { seen = v; }
}
new C().ab = 5;
console.log(C.lineContinuation, seen, Object.getOwnPropertyNames(C).includes('get'));
var o = { get 'x\
y'() { return 1; } };
console.log(o.xy);
class D { static async 'as\
ync'() { return 3; } }
D.async().then(console.log);
"""

RETURNS = r"""
function f() { return
"x"; }
function g() { return
`y`; }
function h() { return "a\
b"; }
function k() { return /* no newline */ `c
d`; }
function m() { return /*
*/ "e"; }
console.log(f(), g(), h(), JSON.stringify(k()), m());
"""


def test_class_accessor_named_by_a_string_with_a_line_continuation(run_js):
    assert run_js(ACCESSORS) == "static get 5 false\n1\n3\n"


def test_return_then_a_string_on_the_next_line_returns_undefined(run_js):
    assert run_js(RETURNS) == 'undefined undefined ab "c\\nd" undefined\n'
