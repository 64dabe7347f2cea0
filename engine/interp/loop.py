"""Tier 0 entry points: ``run(frame)`` with the selected dispatch (switch or threaded), and the
JS stack trace reader installed as ``errors.stack_hook``."""
from __future__ import annotations

import sys
from typing import Any

from ..runtime import errors
from . import functions
from . import ops_runtime as R
from .generate import build

_loops = build(R)
run_switch = _loops["run_switch"]
run_threaded = _loops["run_threaded"]
_LOOP_CODES = (run_switch.__code__, run_threaded.__code__)

DISPATCH = {"switch": run_switch, "threaded": run_threaded}


def set_dispatch(name: str) -> None:
    """Select the dispatch loop used for every new activation."""
    functions.run_frame = DISPATCH[name]
    global run
    run = DISPATCH[name]


run = run_switch
functions.run_frame = run_switch


def js_stack(limit: int = 10) -> list[str]:
    """The running JS frames, innermost first, as V8-style "    at f (file:line:col)" lines.
    Reads the dispatch loops' Python frames, so the hot path keeps no bookkeeping."""
    lines: list[str] = []
    pf = sys._getframe(1)
    while pf is not None and len(lines) < limit:
        if pf.f_code in _LOOP_CODES:
            loc = pf.f_locals
            f, pc, entry = loc.get("f"), loc.get("pc", 0), loc.get("entry")
            while f is not None and len(lines) < limit:
                line, col = f.code.line_of(pc - 1)
                name = f.code.name
                where = f"{f.code.filename}:{line}:{col}"
                if name in ("<script>", "<eval>", ""):
                    lines.append(f"    at {where}" if name != "" else f"    at <anonymous> ({where})")
                else:
                    lines.append(f"    at {name} ({where})")
                if f is entry:
                    break
                f = f.parent
                pc = f.pc if f is not None else 0
        pf = pf.f_back
    return lines


errors.stack_hook = js_stack
