"""Calls across realms ($262.createRealm of the test262 host): a function runs in its own
realm (PrepareForOrdinaryCall's calleeRealm, 10.2.1.1), so the objects its code creates and
the errors the language's own rules raise in it (a class constructor called without `new`,
10.2.1 step 3; private name access) belong to that realm, on every path a call takes at every
tier, and the caller's realm is current again once it returns or throws."""
import pytest

from pyjs.engine.api import Context
from pyjs.tools.test262.host import install_host


@pytest.fixture
def run_with_realms(tier):
    if tier == "node":
        pytest.skip("uses the test262 host's $262.createRealm")

    def run(source: str) -> list[str]:
        printed: list[str] = []

        def make_context(limit=None):
            return Context(tier=tier, stdout=printed.append, stderr=printed.append)
        ctx = make_context()
        install_host(ctx, printed, make_context)
        ctx.eval(source, "realms.js")
        ctx.run_jobs()
        return printed
    return run


def test_class_constructor_call_error_is_of_the_callee_realm(run_with_realms):
    assert run_with_realms("""
var other = $262.createRealm().global;
var C = other.eval('(class {})');
try { C(); } catch (e) { print([e instanceof other.TypeError, e instanceof TypeError].join(' ')); }
""") == ["true false"]


def test_private_brand_check_error_is_of_the_accessing_function_realm(run_with_realms):
    assert run_with_realms("""
var r1 = $262.createRealm().global, r2 = $262.createRealm().global;
var src = '(class { #m() { return 1; } #f = 2; get(o) { return o.#m(); } set(o) { o.#f = 3; } })';
var c1 = new (r1.eval(src)), c2 = new (r2.eval(src));
try { c1.get(c2); } catch (e) { print([e instanceof r1.TypeError, e instanceof r2.TypeError].join(' ')); }
try { c2.set(c1); } catch (e) { print([e instanceof r2.TypeError, e instanceof r1.TypeError].join(' ')); }
""") == ["true false", "true false"]


# Each line prints whether a value made in a function of the other realm has the other
# realm's intrinsic as its prototype (and not this realm's).
OTHER_REALM_VALUES = """
var other = $262.createRealm().global;
function check(name, v, otherProto, ownProto) {
  var p = Object.getPrototypeOf(v);
  print(name + ' ' + (p === otherProto) + ' ' + (p === ownProto));
}
var f = other.eval('(function (a, ...rest) { return [[], {}, /x/, function () {}, (x => x)`t`, [...a], rest, arguments]; })');
var v = f([1], 2);
check('array', v[0], other.Array.prototype, Array.prototype);
check('object', v[1], other.Object.prototype, Object.prototype);
check('regexp', v[2], other.RegExp.prototype, RegExp.prototype);
check('closure', v[3], other.Function.prototype, Function.prototype);
check('template', v[4], other.Array.prototype, Array.prototype);
check('spread', v[5], other.Array.prototype, Array.prototype);
check('rest', v[6], other.Array.prototype, Array.prototype);
check('arguments', v[7], other.Object.prototype, Object.prototype);
var thrower = other.eval('(function (k) { if (k === 0) null.x; if (k === 1) missing; return new Date(0); })');
try { thrower(0); } catch (e) { check('TypeError', e, other.TypeError.prototype, TypeError.prototype); }
try { thrower(1); } catch (e) { check('ReferenceError', e, other.ReferenceError.prototype, ReferenceError.prototype); }
check('new Date', thrower(2), other.Date.prototype, Date.prototype);
print('sloppy this ' + (other.eval('(function () { return this; })')() === other));
check('after a throw', [], Array.prototype, other.Array.prototype);
check('Function()', other.Function('return []')(), other.Array.prototype, Array.prototype);
var mine = other.Array.prototype.map.call([1], function () { return []; })[0];
check('callback of a foreign built-in', mine, Array.prototype, other.Array.prototype);
var g = other.eval('(function* () { yield []; yield []; })')();
check('generator, first resumption', g.next().value, other.Array.prototype, Array.prototype);
check('generator, second resumption', g.next().value, other.Array.prototype, Array.prototype);
other.eval('(async function () { await 0; return []; })')().then(function (a) {
  check('async function after await', a, other.Array.prototype, Array.prototype);
});
"""


def test_a_function_runs_in_its_own_realm(run_with_realms):
    lines = run_with_realms(OTHER_REALM_VALUES)
    assert len(lines) == 18 and lines[-1].startswith("async function after await")
    for line in lines:
        assert line.endswith(" true false") or line == "sloppy this true", line


def test_hot_calls_across_realms_keep_switching(run_with_realms):
    """Calls in loops that tier up: the direct-call fast paths of tiers 0-2 (and
    ``f.call``/``new``) take a function of another realm through its [[Call]]."""
    assert run_with_realms("""
var other = $262.createRealm().global;
var make = other.eval('(function () { return []; })');
var Ctor = other.eval('(function () { this.a = []; })');
function local() { return []; }
var counts = [0, 0, 0, 0, 0];
for (var i = 0; i < 3000; i++) {
  if (Object.getPrototypeOf(make()) === other.Array.prototype) counts[0]++;
  if (Object.getPrototypeOf(make.call(null)) === other.Array.prototype) counts[1]++;
  if (Object.getPrototypeOf(new Ctor().a) === other.Array.prototype) counts[2]++;
  if (Object.getPrototypeOf(local()) === Array.prototype) counts[3]++;
  if (Object.getPrototypeOf(make.apply(null, [])) === other.Array.prototype) counts[4]++;
}
print(counts.join(' '));
""") == ["3000 3000 3000 3000 3000"]


def test_the_construct_return_rule_throws_in_the_caller_realm(run_with_realms):
    """[[Construct]] steps 10-12 (a derived constructor's return value, its uninitialized
    `this`) run once the callee's context is removed: their errors are of the caller's realm,
    while the body ran in the constructor's."""
    assert run_with_realms("""
var other = $262.createRealm().global;
var R = other.eval('(class extends Object { constructor() { return null; } })');
var U = other.eval('(class extends Object { constructor() {} })');
var B = other.eval('(class extends Object { constructor() { super(); this.a = []; } })');
try { new R(); } catch (e) { print((e instanceof TypeError) + ' ' + (e instanceof other.TypeError)); }
try { new U(); } catch (e) { print((e instanceof ReferenceError) + ' ' + (e instanceof other.ReferenceError)); }
print(Object.getPrototypeOf(new B().a) === other.Array.prototype);
""") == ["true false", "true false", "true"]
