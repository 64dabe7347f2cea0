"""Tier 1 -> tier 2 under ``--tier=auto`` (docs/TIERS.md, "Tier-up").

Tier-1 code of a function with loops counts its calls in ``code.call_count`` and, at every
tick of its time-limit check (1024 back edges), adds 1024 to ``code.loop_count``. Past
``Policy.promote_calls`` / ``Policy.promote_loops`` it asks here for tier 2: for the function
(its next calls enter tier-2 code) or for the running frame at the loop header (on-stack
replacement from tier 1). Tier 2 takes the code only when its feedback has not changed since the
previous look (stable) and its loops stay native (``native_pays``); what tier 2 declines stays
in tier 1 for good, and a unit thrown away after a bailout falls back to the tier-1 entry
(``OptState.tier1``) until the feedback is stable again."""
from __future__ import annotations

import time
from typing import Any

from pyjs.engine.interp.frame import Frame
from pyjs.engine.interp.tierup import NO_OSR, Policy
from pyjs.engine.runtime.errors import ScriptTerminated

from . import compile_opt, note_failure, osr_unit, trace_compiled
from .deopt import OptState

NEVER = -(1 << 60)
TICK = 1024  # back edges per tick of tier 1's time-limit check (tiers/baseline/codegen.py goto)

# The Frame fields a tier-1 direct call's frame keeps as class attributes
# (tiers/baseline/runtime.frame_class); tier 0 and native code read them from the slots.
CLASS_FIELDS = ("code", "strict", "pc", "construct", "stack", "locals", "parent", "args", "this_frame")


def feedback_signature(code: Any) -> int:
    """A cheap identity of ``code.feedback`` (entries are type bits, call targets, shapes,
    element types and transition records) and of the speculations that failed."""
    st = code.opt
    return hash((tuple(x if x is None or type(x) is int else (id(x), len(x)) if type(x) is list else id(x)
                       for x in code.feedback or ()), len(st.failed) if st is not None else 0))


def stable(code: Any) -> bool:
    """Whether the feedback is what it was at the previous look (the first look records it)."""
    st = code.opt
    if st is None:
        st = code.opt = OptState()
    sig = feedback_signature(code)
    if sig == st.fb_sig:
        return True
    st.fb_sig = sig
    return False


def promote_call(code: Any) -> None:
    """Tier-1 code's prologue, past ``Policy.promote_calls`` calls: compile ``code`` with tier 2
    when its feedback is stable (its later calls enter it), else look again a period later."""
    if Policy.promote_calls == float("inf"):  # another tier policy is in (engine/api.py)
        code.call_count = NEVER
        return
    if not stable(code):  # look again a quarter period later
        code.call_count = Policy.promote_calls - (Policy.promote_calls - Policy.threshold) // 4
        return
    tier1 = code.tier_entry
    t0 = time.perf_counter()
    try:
        compile_opt(code)
    except ScriptTerminated:  # a time or memory limit delivered during the compile
        raise
    except Exception as e:
        note_failure(code, e, "promotion from tier 1")
        code.call_count = NEVER
        return
    code.opt.tier1 = tier1
    trace_compiled(code, "from tier 1", t0)


def promote_loop(f: Any, code: Any, pc: int, locals: list | None, ctx: Any) -> Any:
    """A tick at tier-1 back edge to loop header ``pc`` (empty operand stack): past
    ``Policy.promote_loops``, continue the running frame in tier-2 code for that header, whose
    result is the call's; NO_OSR: stay in tier 1. ``locals`` are tier 1's local variables
    (None when they live in ``f.locals``), ``ctx`` its current context (``f.this`` is always
    current: tier 1 reads a derived constructor's ``this`` from the frame)."""
    code.loop_count += TICK
    if code.loop_count < Policy.promote_loops:
        return NO_OSR
    st = code.opt
    unit = st.osr.get((pc, 0), False) if st is not None else False
    if unit is False:
        if not stable(code):  # look again four ticks later
            code.loop_count = Policy.promote_loops - 4 * TICK
            return NO_OSR
        unit = osr_unit(code, (pc, 0))
    if unit is None:  # tier 2 declined this loop
        return NO_OSR
    return unit.entry(tier0_frame(f, locals, ctx, pc))


def tier0_frame(f: Any, locals: list | None, ctx: Any, pc: int) -> Any:
    """The running tier-1 frame as tier 0 and native code read it, at loop header ``pc``: a
    direct call's frame becomes a plain Frame with its class-level fields in its slots."""
    if type(f) is not Frame:
        d = f.__dict__
        values = [getattr(f, name) for name in CLASS_FIELDS]
        f.__class__ = Frame
        for name, v in zip(CLASS_FIELDS, values):
            d.pop(name, None)
            setattr(f, name, v)
    if locals is not None:
        f.locals = locals
    f.stack = []
    f.ctx = ctx
    f.pc = pc
    return f


GLOBALS = {"T_promote_call": promote_call, "T_promote_loop": promote_loop, "T_NO_OSR": NO_OSR}
