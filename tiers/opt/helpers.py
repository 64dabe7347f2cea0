"""Runtime entry points that tier-2 code calls (through CallPy) for generic operations.

They are the same operations tiers 0 and 1 perform, written once as plain Python functions of
tagged arguments, so semantics cannot drift: each either calls the tier-0 runtime
(engine/interp/ops_runtime.py) directly or is a thin wrapper that adapts the argument list.
"""
from __future__ import annotations

from typing import Any

from pyjs.engine.interp import ops_runtime as R
from pyjs.engine.interp.functions import JSFunction, make_construct_frame
from pyjs.engine.runtime.objects import JSObject
from pyjs.tiers.baseline.runtime import call_uncompiled, create_this, enter_uncompiled


def call(f: Any, pc: int, fn: Any, this: Any, *args: Any) -> Any:
    """CALL: a plain JS function runs in its compiled code (through tier 1's direct-call
    convention, which every tier_entry accepts) or in tier 0 (counting the call for tier-up as
    tier 0 does); anything else through ``call_at``."""
    if type(fn) is JSFunction and fn.inline_ok and fn.realm is f.func.realm:
        if f.code.feedback[pc - 1] is not fn:
            R.note_call_target(f.code.feedback, pc, fn)
        te = fn.code.tier_entry
        if te is not None:  # compiled (tier 1 or 2): its entry builds the frame (direct call)
            return te(None, -1, fn, this, list(args), f)
        return call_uncompiled(fn, this, list(args), f)
    return R.call_at(f, pc, fn, this, list(args))


def apply_arguments(f: Any, pc: int, apply: Any, target: Any, this_arg: Any, mapped: int) -> Any:
    """``target.apply(thisArg, arguments)`` where ``arguments`` is the frame's own arguments
    object, which tier 2 did not make (escape analysis: it aliases no parameter, so its
    elements are the frame's arguments): a plain JS target is called with them directly, as
    call_function_method would after CreateListFromArrayLike; anything else gets the real
    object and the real apply (its TypeError included)."""
    if type(target) is JSFunction and target.inline_ok and target.realm is f.func.realm:
        return R.call_function_method(f, False, target, [this_arg, *f.args])
    return R.call_at(f, pc, apply, target, [this_arg, R.create_arguments(f, mapped)])


def construct(f: Any, pc: int, fn: Any, *args: Any) -> Any:
    """NEW: any JS constructor (class constructors included) runs as tier 1's NEW fast path
    runs it: a compiled base constructor gets its new object and tier 1's direct-call
    convention, anything else a construct frame; the [[Construct]] return rule follows.
    Everything else through ``construct_at``."""
    if type(fn) is JSFunction and fn.ctor_kind and fn.realm is f.func.realm:
        fb = f.code.feedback
        if fb[pc - 1] is not fn:
            R.note_call_target(fb, pc, fn)
        te = fn.code.tier_entry
        if te is not None and fn.ctor_kind == "base":
            this = create_this(fn)
            r = te(None, -1, fn, this, list(args), f, fn)
            return r if isinstance(r, JSObject) else this
        nf = make_construct_frame(fn, list(args), fn, f)
        return R.finish_construct(nf, te(nf)) if te is not None else enter_uncompiled(fn.code, nf)
    return R.construct_at(f, pc, fn, list(args))


def new_array(*values: Any) -> Any:
    return R.new_array(list(values))


def this(f: Any) -> Any:
    t = f.this_frame.this
    return R.get_this(f) if t is R.UNINIT else t


def arg(f: Any, i: int) -> Any:
    a = f.args
    return a[i] if i < len(a) else None


def not_loose_equals(a: Any, b: Any) -> bool:
    return not R.loose_equals(a, b)


def not_strict_equals(a: Any, b: Any) -> bool:
    return not R.strict_equals(a, b)


def is_nullish(v: Any) -> bool:
    return v is None or v is R.JSNull


def throw(v: Any) -> None:
    raise R.JSThrow(v)


def tick() -> None:
    """A loop iteration in native code: the time limit as tier 0's back edges check it."""
    R.Limits.ticks += 1024
    R.check_deadline()
