"""Web-compatibility rules of Annex B and 13.3.6.1: calls as assignment targets in sloppy code
(a runtime ReferenceError after the call), `for (var x = init in e)`, and `eval?.(src)`,
which is not a direct eval."""
import pytest

CALL_TARGETS = """
var log = [];
function f() { log.push('f'); return { valueOf() { log.push('valueOf'); return 1; } }; }
function g() { log.push('g'); return 1; }
for (const src of ['f() = g()', 'f() += g()', 'f()++', '--f()', '(f()) = g()',
                   'for (f() in {a: 1}) g();', 'for (f() of [1]) g();', 'for (f() in {}) ;']) {
  log = [];
  try { eval(src); log.push('no error'); } catch (e) { log.push(e.constructor.name); }
  console.log(src, '->', log.join(' '));
}
"""

CALL_TARGETS_OUT = """f() = g() -> f ReferenceError
f() += g() -> f ReferenceError
f()++ -> f ReferenceError
--f() -> f ReferenceError
(f()) = g() -> f ReferenceError
for (f() in {a: 1}) g(); -> f ReferenceError
for (f() of [1]) g(); -> f ReferenceError
for (f() in {}) ; -> no error
"""


def test_call_as_sloppy_assignment_target_throws_after_the_call(run_js):
    assert run_js(CALL_TARGETS) == CALL_TARGETS_OUT


@pytest.mark.parametrize("source", [
    pytest.param('"use strict"; f() = 1', marks=pytest.mark.spec_only),  # V8: a runtime ReferenceError
    pytest.param('function h() { "use strict"; f()++; }', marks=pytest.mark.spec_only),
    pytest.param('class C { m() { f() = 1; } }', marks=pytest.mark.spec_only),
    'f() &&= 1',         # logical assignment needs a simple target
    '(f()) ??= 1',
    '[f()] = [1]',       # not inside destructuring patterns
    '({a: f()} = {})',
    'for ([f()] of []);',
    'f()`` = 1',         # a tagged template is not a call
    'f?.() = 1',
])
def test_call_target_early_errors(js_error, source):
    assert js_error(f"Function({source!r})").startswith("SyntaxError")


def test_call_target_for_of_closes_the_iterator(run_js):
    assert run_js("""
var closed = 0;
var it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; },
                                          return() { closed++; return {}; } }; } };
function f() {}
try { for (f() of it) ; } catch (e) { console.log(e.name, closed); }
""") == "ReferenceError 1\n"


def test_optional_call_of_eval_is_indirect(run_js):
    assert run_js("""
var x = 'global';
function direct() { var x = 'local'; return eval('x'); }
function optional() { var x = 'local'; return eval?.('x'); }
function optionalVar() { eval?.('var created = 1'); return typeof created; }
console.log(direct(), optional(), optionalVar(), typeof created);
console.log((x => eval?.('x'))('param'));
""") == "local global number number\nglobal\n"


def test_for_in_var_initializer(run_js):
    assert run_js("""
(function () {
  var effects = 0, iterations = 0, stored;
  for (var a = (++effects, 'init') in stored = a, { p: 0, q: 1 }) iterations++;
  console.log(stored, effects, iterations, a);
  for (var b = function () {} in {}) ;
  console.log(b.name);
})();
""") == "init 1 2 q\nb\n"



@pytest.mark.spec_only  # V8 resolves the name again for the store
def test_with_update_stores_into_the_object_it_read(run_js):
    # 9.1.1.2.5 SetMutableBinding of an object environment: the update stores into the
    # object the name was found in, even after a getter deleted the property there
    assert run_js("""
var outer = { x: 0 };
var inner = { get x() { delete this.x; return 2; } };
with (outer) { with (inner) { x++; } }
console.log(inner.x, outer.x);
inner = { get x() { delete this.x; return 2; } };
with (outer) { with (inner) { console.log(--x); } }
console.log(inner.x, outer.x);
""") == "3 0\n1\n1 0\n"


def test_with_binding_deleted_before_a_strict_store(run_js):
    assert run_js("""
var scope = { get x() { delete this.x; return 5; } };
with (scope) {
  (function () {
    'use strict';
    try { x &= 3; } catch (e) { console.log(e.name); }
    scope.y = 1;
    try { y = (delete scope.y, 2); } catch (e) { console.log(e.name); }
  })();
}
console.log('x' in scope, 'y' in scope);
""") == "ReferenceError\nReferenceError\nfalse false\n"


@pytest.mark.spec_only  # node 20 predates nonextensible-applies-to-private
def test_private_elements_are_added_once_and_not_to_non_extensible_objects(run_js):
    assert run_js("""
class Base { constructor(o) { return o; } }
class Acc extends Base { get #p() { return 1; } set #p(v) {} static read(o) { return o.#p; } }
class Field extends Base { #f = 1; }
var o = {};
new Acc(o);
console.log(Acc.read(o));
try { new Acc(o); } catch (e) { console.log(e.name); }
try { new Field(Object.preventExtensions({})); } catch (e) { console.log(e.name); }
""") == "1\nTypeError\nTypeError\n"
