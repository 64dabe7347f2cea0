"""Object environment records of `with` (9.1.1.2): HasBinding checks @@unscopables, then
GetBindingValue / SetMutableBinding look the binding up again (HasProperty), so a binding
deleted in between reads as undefined (a ReferenceError in strict code) and a store recreates
it; the reference of `var x = init` is resolved before the initializer runs. Also the
completion value of a try statement whose finally block breaks (eval)."""
from __future__ import annotations

import pytest

TRAPS = """
var log = [];
var target = { p: 1, f() { return 2; } };
var env = new Proxy(target, {
  has(t, k) { log.push("has:" + String(k)); return Reflect.has(t, k); },
  get(t, k, r) { log.push("get:" + String(k)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push("set:" + String(k)); return Reflect.set(t, k, v, r); },
});
"""


@pytest.mark.spec_only  # V8 skips GetBindingValue's and SetMutableBinding's HasProperty
@pytest.mark.parametrize("code,expected", [
    ("p", "has:p get:Symbol(Symbol.unscopables) has:p get:p"),
    ("f()", "has:f get:Symbol(Symbol.unscopables) has:f get:f"),
    ("typeof p", "has:p get:Symbol(Symbol.unscopables) has:p get:p"),
    ("p = 5", "has:p get:Symbol(Symbol.unscopables) has:p set:p"),
    ("p += 5", "has:p get:Symbol(Symbol.unscopables) has:p get:p has:p set:p"),
    ("p++", "has:p get:Symbol(Symbol.unscopables) has:p get:p has:p set:p"),
])
def test_proxy_trap_order(run_js, code, expected):
    assert run_js(TRAPS + f"with (env) {{ {code}; }}\nconsole.log(log.join(' '));") == expected + "\n"


@pytest.mark.spec_only  # V8 reads the binding without looking it up again
def test_binding_deleted_by_unscopables_getter(run_js):
    out = run_js("""
    var env = { b: 1, get [Symbol.unscopables]() { delete env.b; return null; } };
    var r = [];
    with (env) {
      r.push(b);
      try { (function () { "use strict"; r.push(b); })(); } catch (e) { r.push(e.constructor.name); }
    }
    env.b = 1;
    with (env) { b = 7; }
    r.push(env.b);
    env.b = 1;
    with (env) {
      try { (function () { "use strict"; b = 8; })(); } catch (e) { r.push(e.constructor.name); }
    }
    console.log(r.map(String).join(), "b" in env, typeof b);
    """)
    assert out == "undefined,ReferenceError,7,ReferenceError false undefined\n"


@pytest.mark.spec_only  # V8 resolves the binding after the initializer
def test_var_initializer_stores_into_the_resolved_object(run_js):
    out = run_js("""
    var obj = { v: 1 };
    with (obj) { var v = delete obj.v; }
    console.log(obj.v, v);
    """)
    assert out == "true undefined\n"


@pytest.mark.parametrize("source,expected", [
    ("99; do { -99; try { 39 } finally { 42; break; -2 } } while (false)", "42"),
    ("99; do { -99; try { 39 } finally { break; -2 } } while (false)", "undefined"),
    ("99; do { -99; try { [].x.x } catch (e) { -1 } finally { break } } while (false)", "undefined"),
    ("99; do { try { 39 } finally { 42; continue } } while (false)", "42"),
    ("99; L: try { 39 } finally { break L }", "undefined"),
    ("99; L: try { 39; break L } finally { }", "39"),
    ("99; try { 39 } finally { 40 }", "39"),
])
def test_try_finally_completion_values(run_js, source, expected):
    assert run_js(f"console.log(String(eval({source!r})))") == expected + "\n"
