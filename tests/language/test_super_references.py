"""Super property references (13.3.7): `this` is read before the key expression runs, the base
(the home object's prototype) right after it, and the key is converted by GetValue, or by
PutValue after the right-hand side."""
from __future__ import annotations

import pytest


def test_this_is_checked_before_the_key_expression(run_js):
    out = run_js("""
    class D extends class {} {
      constructor(which) {
        var k = () => { console.log("key evaluated"); return "x"; };
        try {
          if (which === 0) super[k()];
          else if (which === 1) super[k()] = 1;
          else if (which === 2) super[k()] += 1;
          else super[k()]++;
        } catch (e) { console.log(e.constructor.name); }
        super();
      }
    }
    for (var i = 0; i < 4; i++) new D(i);
    """)
    assert out == "ReferenceError\n" * 4


@pytest.mark.spec_only  # V8 converts the key before the right-hand side
def test_key_is_converted_after_the_right_hand_side(run_js):
    out = run_js("""
    var log = [];
    var key = { toString() { log.push("key"); return "p"; } };
    var o = { __proto__: {}, m() { super[key] = (log.push("rhs"), 1); return this.p; } };
    console.log(o.m(), log.join());
    """)
    assert out == "1 rhs,key\n"


@pytest.mark.spec_only  # V8 reads the base after converting the key
def test_base_is_taken_before_the_key_is_converted(run_js):
    out = run_js("""
    var proto = { p: 1 }, other = { p: -1 };
    var key = { toString() { Object.setPrototypeOf(o, other); return "p"; } };
    var o = { __proto__: proto, get() { return super[key]; }, inc() { return super[key] += 1; } };
    console.log(o.get());
    Object.setPrototypeOf(o, proto);
    console.log(o.inc(), Object.hasOwn(o, "p"));
    """)
    assert out == "1\n2 true\n"


@pytest.mark.spec_only  # V8 converts the key of a compound assignment twice
def test_compound_and_update_convert_the_key_once(run_js):
    """Each read goes to A.prototype.v (10), each store to the instance."""
    out = run_js("""
    var n = 0;
    var key = { toString() { n++; return "v"; } };
    class A {}
    A.prototype.v = 10;
    class B extends A {
      m() { super[key] += 1; super[key]++; --super[key]; super[key] ??= 3; return [this.v, n].join(); }
    }
    console.log(new B().m());
    """)
    assert out == "9,4\n"


def test_null_home_prototype(run_js):
    out = run_js("""
    var o = { m() { return super.x; }, s() { super.x = 1; }, c() { return super.f(); } };
    Object.setPrototypeOf(o, null);
    for (var name of ["m", "s", "c"]) {
      try { o[name](); } catch (e) { console.log(e.constructor.name); }
    }
    """)
    assert out == "TypeError\nTypeError\nTypeError\n"


def test_super_calls_and_destructuring_targets(run_js):
    out = run_js("""
    class A { m(x) { return "A" + x + (this instanceof B); } set t(v) { this.seen = v; } }
    class B extends A {
      go() {
        var r = [super.m(1), super["m"](2)];
        [super.t] = [3];
        ({ q: super["t"] } = { q: 4 });
        return r.join() + " " + this.seen;
      }
    }
    console.log(new B().go());
    """)
    assert out == "A1true,A2true 4\n"


def test_eval_code_super_is_checked_before_it_runs(run_js):
    """PerformEval steps 10-11: super() in a derived constructor's eval, super properties in a
    method's; elsewhere an early SyntaxError (V8's message), before the key expression runs."""
    out = run_js("""
    var evaluated = false;
    function f() { eval('super[evaluated = true];'); }
    try { f(); } catch (e) { console.log(e.name, e.message, evaluated); }
    class A { constructor() { this.a = 1; } }
    class B extends A { constructor() { (() => eval('super()'))(); console.log(this.a); } }
    new B();
    class C { constructor() { try { eval('super()'); } catch (e) { console.log(e.message); } } }
    new C();
    var o = { __proto__: { x: 42 }, m() { return eval('super.x'); } };
    console.log(o.m());
    """)
    assert out == ("SyntaxError 'super' keyword unexpected here false\n1\n"
                   "'super' keyword unexpected here\n42\n")
