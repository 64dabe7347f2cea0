"""--tier=auto's tier 1 -> tier 2 promotion (tiers/opt/promote.py): hot tier-1 functions and
loops continue in tier 2 (by call count, and by on-stack replacement of a running tier-1
frame), only with stable feedback; a bailout falls back to tier 1; every result, exception and
stack trace is tier 0's."""
from __future__ import annotations

import pytest

from tests.tiers.test_opt import same_as_tier0

pytest.importorskip("llvmlite")

from pyjs.engine.api import Context  # noqa: E402
from pyjs.engine.interp import ops_runtime as R  # noqa: E402
from pyjs.engine.interp.frame import Frame  # noqa: E402
from pyjs.tiers import opt  # noqa: E402
from pyjs.tiers.opt import promote  # noqa: E402


@pytest.fixture(autouse=True)
def _x64_once(tier: str) -> None:
    if tier == "baseline" or opt.Dumps.backend != "x64":
        pytest.skip("promotion tests choose their tiers: run in the interp and opt passes")


def test_hot_tier1_function_is_promoted_by_calls() -> None:
    trace, _ = same_as_tier0("""
function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i * 0.5; return s; }
let t = 0; for (let k = 0; k < 1500; k++) t += f(20);
console.log(t);""", "auto")
    assert any(line.startswith("[tiering] f (t.js) -> baseline") for line in trace)
    assert any("f (t.js) from tier 1 -> opt" in line for line in trace)


def test_hot_loop_of_a_tier1_frame_enters_tier2_by_osr(monkeypatch: pytest.MonkeyPatch) -> None:
    # drive's tier-1 code calls g's directly: g's frame is a tiers/baseline/runtime.frame_class
    # frame, which becomes a plain Frame when g's long loop continues in tier 2
    entered = []
    real = promote.tier0_frame
    monkeypatch.setattr(promote, "tier0_frame", lambda f, *a: entered.append(type(f) is not Frame) or real(f, *a))
    trace, _ = same_as_tier0("""
function g(n, k) { let s = k; for (let i = 0; i < n; i++) s += Math.sqrt(i) * k; return s; }
function drive(n) { let t = 0; for (let j = 0; j < 3; j++) t += g(n, j); return t; }
for (let k = 0; k < 250; k++) drive(3);
console.log(drive(60000), drive(5));""", "auto")
    assert any("g (t.js) OSR at pc" in line and "-> opt" in line for line in trace)
    assert entered and entered[0] is True


def test_promotion_waits_for_stable_feedback() -> None:
    ctx = Context(tier="interp")
    fn = ctx.eval("(function f(a, b) { return a + b; })")
    code = fn.code
    R.init_feedback(code)
    assert not promote.stable(code)  # the first look records the feedback
    assert promote.stable(code)
    R.note_operands(code.feedback, 3, "x", 1.0)
    assert not promote.stable(code)
    assert promote.stable(code)
    code.opt.failed.add(("pc", 2))  # a failed speculation is a change too
    assert not promote.stable(code)


def test_bailout_after_promotion_falls_back_to_tier1() -> None:
    trace, deopts = same_as_tier0("""
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
const nums = [1, 2, 3, 4, 5], mixed = [1, 2, "x", 4];
let t = 0; for (let k = 0; k < 1200; k++) t += sum(nums);
console.log(t, sum(mixed), sum(nums));
for (let k = 0; k < 1200; k++) t += sum(nums);
console.log(t, sum(mixed));""", "auto")
    assert any("sum (t.js) from tier 1 -> opt" in line for line in trace)
    assert any("CheckFloat failed on string 'x'" in line for line in deopts)


def test_exception_after_osr_from_tier1_has_tier0_stack() -> None:
    same_as_tier0("""
function thr(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; if (i === 50000) null.x; } return s; }
function outer() { return thr(100000); }
for (let k = 0; k < 250; k++) thr(3);
try { outer(); } catch (e) { console.log(e.stack); }""", "auto")


def test_construct_and_closure_state_survive_osr_from_tier1() -> None:
    # a constructor's `this`, new.target and a closure's context are the tier-1 frame's
    same_as_tier0("""
function P(n) {
  let acc = 0; const add = (x) => { acc += x; };
  for (let i = 0; i < n; i++) acc += i * 0.25;
  add(1); this.acc = acc; this.t = new.target === P;
}
let ps = []; for (let k = 0; k < 250; k++) ps.push(new P(2));
const big = new P(40000);
console.log(ps.length, ps[9].acc, big.acc, big.t, Object.keys(big).join());
class Base { constructor(k) { this.k = k; } }
class Derived extends Base {
  constructor(n) { super(n); let s = 0; for (let i = 0; i < n; i++) s += i * this.k; this.s = s; }
}
let ds = []; for (let k = 0; k < 250; k++) ds.push(new Derived(3));
console.log(ds[7].s, new Derived(30000).s);""", "auto")
