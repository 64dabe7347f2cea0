"""Errors a function raises by the language's own rules belong to that function's realm:
calling a class constructor without `new` (10.2.1 step 3) and private name access
(PrivateGet / PrivateSet) across realms ($262.createRealm of the test262 host)."""
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
