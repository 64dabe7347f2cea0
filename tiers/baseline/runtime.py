"""Out-of-line helpers of tier-1 code: the slow halves of calls. Everything else compiled code
does goes through the runtime namespace R of tier 0 (engine/interp/ops_runtime.py)."""
from __future__ import annotations

from typing import Any

from engine.interp import functions
from engine.interp import ops_runtime as R


def enter_uncompiled(code: Any, nf: Any) -> Any:
    """A call of a JS function without compiled code: count it, tier it up past the threshold
    (as tier 0's CALL does), and run it; construct frames get the [[Construct]] return rule."""
    code.call_count += 1
    if code.call_count >= R.Policy.threshold:
        R.tier_up(code)
    te = code.tier_entry
    if te is None:
        return functions.run_frame(nf)
    v = te(nf)
    return R.finish_construct(nf, v) if nf.construct else v
