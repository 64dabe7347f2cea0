"""Tier 0 entry points: ``run(frame)`` with the selected dispatch (switch or threaded), and the
JS stack trace reader installed as ``errors.stack_hook``."""
from __future__ import annotations

import sys
from typing import Any

from ..runtime import errors
from ..runtime.access import constructor_name
from ..runtime.objects import JSObject
from . import functions
from . import ops_runtime as R
from .generate import build

_loops = build(R)
run_switch = _loops["run_switch"]
run_threaded = _loops["run_threaded"]
_LOOP_CODES = {run_switch.__code__, run_threaded.__code__}


def register_code(py_code: Any) -> None:
    """Make a compiled function (tier 1) visible to js_stack: its Python frame must keep the JS
    frame in the local ``f`` and the current pc + 1 in ``pc`` (it is its own ``entry``)."""
    _LOOP_CODES.add(py_code)

DISPATCH = {"switch": run_switch, "threaded": run_threaded}


def set_dispatch(name: str) -> None:
    """Select the dispatch loop used for every new activation."""
    functions.run_frame = DISPATCH[name]
    global run
    run = DISPATCH[name]


# The default dispatch is the one measured faster (docs/INTERPRETER.md, "Tier 0").
DEFAULT_DISPATCH = "threaded"
run = DISPATCH[DEFAULT_DISPATCH]
functions.run_frame = run


def js_stack(limit: int = 10) -> list[str]:
    """The running JS frames, innermost first, as V8-style "    at f (file:line:col)" lines.
    Reads the dispatch loops' Python frames, so the hot path keeps no bookkeeping."""
    lines: list[str] = []
    seen: set[int] = set()  # a frame continued by on-stack replacement shows in two loops
    pf = sys._getframe(1)
    while pf is not None and len(lines) < limit:
        if pf.f_code in _LOOP_CODES:
            loc = pf.f_locals
            f, pc = loc.get("f"), loc.get("pc", 0)
            entry = loc.get("entry", f)
            while f is not None and len(lines) < limit:
                if id(f) not in seen:
                    seen.add(id(f))
                    lines.append(f"    at {frame_title(f, pc)}")
                if f is entry:
                    break
                f = f.parent
                pc = f.pc if f is not None else 0
        pf = pf.f_back
    return lines


def active_referrer() -> str | None:
    """GetActiveScriptOrModule (9.4.1) as a referrer path: that of the innermost running JS
    code (built-ins such as the indirect eval have none)."""
    pf = sys._getframe(1)
    while pf is not None:
        if pf.f_code in _LOOP_CODES:
            f = pf.f_locals.get("f")
            if f is not None:
                return getattr(f.code, "referrer", None)
        pf = pf.f_back
    return None


def frame_title(f: Any, pc: int) -> str:
    """V8's rendering of one frame: "new C", "Type.method" for a method call on an object
    receiver, else the function name, with the position of the current instruction."""
    code = f.code
    line, col = code.line_of(pc - 1)
    where = f"{code.filename}:{line}:{col}"
    name = code.name
    if name in ("<script>", "<eval>"):
        return where
    if not name:
        return f"<anonymous> ({where})"
    if f.construct:
        return f"new {name} ({where})"
    this = f.this
    if code.kind != "arrow" and isinstance(this, JSObject) and f.func is not None \
            and this is not f.func.realm.global_object:
        owner = constructor_name(this)
        if owner and owner != name:
            return f"{owner}.{name} ({where})"
    return f"{name} ({where})"


errors.stack_hook = js_stack
