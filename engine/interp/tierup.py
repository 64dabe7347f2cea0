"""Tier-up policy: tier 0 counts calls per CodeObject; past the threshold the registered
compiler (tier 1, tiers/baseline) may give the code a ``tier_entry(frame) -> value`` that runs a
prepared frame to completion. ``osr_entry(frame, pc) -> value`` lets a running frame continue in
compiled code at a loop header (on-stack replacement); ``NO_OSR`` means "stay in tier 0"."""
from __future__ import annotations

import time
from typing import Any, Callable

from ..runtime.errors import JSThrow, ScriptTerminated

NO_OSR: Any = type("NoOSR", (), {"__repr__": lambda s: "NO_OSR", "__slots__": ()})()

#: The pc tier 0 unwinds a frame from when compiled code has left it: past any code, so in no
#: handler's range.
PAST_END = 1 << 62


class LeftFrame(JSThrow):
    """A throw escaping compiled code entered by OSR. That code ran the frame's handlers (catch
    and finally) itself, so tier 0's loops unwind the frame from PAST_END, not from the loop
    header it was entered at (inside the try the loop may be in: the handler would run again)."""


class Policy:
    """Which tier runs hot code. ``threshold`` is float('inf') when no compiler is active."""

    compiler: Callable[[Any], Any] | None = None    # compiles code in place (sets tier_entry); may name the tier
    threshold: float = float("inf")
    loop_threshold: float = float("inf")
    # --tier=auto: tier-1 code with loops asks tier 2 past these counts (tiers/opt/promote.py):
    # call_count of its calls, loop_count of its back edges (tier 1 adds 1024 per tick)
    promote_calls: float = float("inf")
    promote_loops: float = float("inf")
    trace: Callable[[str], None] | None = None


# --tier=opt: tier 0 runs a function's first call and a loop's first iterations, so that tier 2
# compiles with feedback (a site with no feedback is compiled generically, or speculated blind).
OPT_CALLS = 2
OPT_LOOPS = 20


def set_tier(tier: str, compiler: Callable[[Any], Any] | None, threshold: int = 200,
             loop_threshold: int = 2000) -> None:
    """Select the tier policy: interp never compiles, baseline compiles at the first call,
    opt at the second (loops after OPT_LOOPS back edges), auto compiles hot code with tier 1
    and promotes what stays hot there to tier 2."""
    Policy.compiler = compiler if tier != "interp" else None
    Policy.promote_calls = Policy.promote_loops = float("inf")
    if Policy.compiler is None:
        Policy.threshold = Policy.loop_threshold = float("inf")
    elif tier == "auto":
        Policy.threshold, Policy.loop_threshold = threshold, loop_threshold
        Policy.promote_calls, Policy.promote_loops = 5 * threshold, 10 * loop_threshold
    elif tier == "opt":
        Policy.threshold, Policy.loop_threshold = OPT_CALLS, OPT_LOOPS
    else:
        Policy.threshold = Policy.loop_threshold = 0


def counted_call(code: Any) -> None:
    """A call of ``code`` that found no compiled entry: count it, and past the threshold compile
    it (the caller then reads the entry it needs)."""
    code.call_count += 1
    if code.call_count >= Policy.threshold:
        tier_up(code)


def tier_up(code: Any) -> None:
    """Compile ``code`` once (a failed compile is remembered and never retried)."""
    if code.tier_failed or Policy.compiler is None:
        code.call_count = -(1 << 60)
        return
    t0 = time.perf_counter()
    try:
        tier = Policy.compiler(code) or "baseline"
    except ScriptTerminated:  # a time or memory limit delivered during the compile ends the run
        raise
    except Exception as e:  # the compiler declined: stay in tier 0
        code.tier_failed = True
        if Policy.trace:
            Policy.trace(f"[tiering] {code.name or '<anonymous>'}: not compiled ({e})")
    else:
        if Policy.trace:
            Policy.trace(f"[tiering] {code.name or '<anonymous>'} ({code.filename}) -> {tier} "
                         f"in {(time.perf_counter() - t0) * 1000:.2f} ms")
    if code.tier_entry is None and code.gen_entry is None:
        code.tier_failed = True
        code.call_count = -(1 << 60)


def backedge_osr(f: Any, target: int) -> Any:
    """A loop back edge in tier 0: after enough iterations, continue in compiled code."""
    code = f.code
    code.loop_count += 1
    if code.loop_count < Policy.loop_threshold or code.tier_failed or f.generator is not None:
        return NO_OSR
    if code.osr_entry is None:
        tier_up(code)
        if code.osr_entry is None:
            code.loop_count = -(1 << 60)
            return NO_OSR
    f.pc = target
    try:
        return code.osr_entry(f, target)
    except JSThrow as e:
        raise LeftFrame(e.value) from None
    except RecursionError:
        from .functions import stack_overflow_error
        raise LeftFrame(stack_overflow_error()) from None
