"""Tier 1, the baseline compiler: each hot JS function's bytecode becomes one Python function
(see docs/TIERS.md). ``install`` selects the tier policy; ``compile_code`` is the compiler
tier 0 calls through engine/interp/tierup.py."""
from __future__ import annotations

import re
import sys
import warnings
from typing import Any, Callable

from pyjs.engine.interp import loop, tierup
from pyjs.engine.interp import ops_runtime as R
from pyjs.engine.interp.frame import MAX_DEPTH

from . import ic
from .codegen import FunctionCodegen
from . import runtime
from .templates import Unsupported

__all__ = ["install", "compile_code", "Unsupported", "DUMPS"]

# The globals of every generated function: R's names as R_<name>, the IC helpers, runtime.GLOBALS (T_*).
GLOBALS: dict[str, Any] = {"R_" + k: v for k, v in vars(R).items() if not k.startswith("__")}
GLOBALS.update(ic.GLOBALS)
GLOBALS.update(runtime.GLOBALS)

DUMPS: list[tuple[Any, str]] | None = None  # (code, generated source) when --dump=baseline


def python_name(code: Any) -> str:
    return "js_" + (re.sub(r"\W", "_", code.name) or "anonymous")


def compile_code(code: Any) -> None:
    """Compile ``code`` and install its tier_entry / osr_entry (gen_entry for generator and
    async code); raises when unsupported."""
    name = python_name(code)
    fb = code.feedback if code.feedback is not None else R.init_feedback(code)
    gen = FunctionCodegen(code)
    body = gen.source(name)
    unpack = f"    {', '.join(gen.ic_names)}, = IC\n" if gen.ic_names else ""
    src = ("def make(K, FB, IC, FC, CO):\n" + unpack + "".join("    " + ln + "\n" for ln in body.splitlines())
           + f"    return {name}\n")
    ns: dict[str, Any] = {}
    with warnings.catch_warnings():  # a warning is a codegen bug: refuse, never print it
        warnings.simplefilter("error")
        py = compile(src, f"<baseline {code.name or 'anonymous'} {code.filename}>", "exec")
    exec(py, GLOBALS, ns)
    fc = runtime.frame_class(code, gen.stores_args, code.this_mode == 2)
    fn = ns["make"](code.consts, fb, gen.ic_state, fc, code)
    loop.register_code(fn.__code__)
    if DUMPS is not None:
        DUMPS.append((code, body))
    if gen.suspendable:  # fn(frame) -> a Python generator (engine/interp/generators.py)
        code.gen_entry = fn
        return
    code.tier_entry = fn
    if gen.a.backedges:
        code.osr_entry = fn  # fn(frame, pc): continue at a loop header (every block start is one)


def install(tier: str, threshold: int = 200, loop_threshold: int = 2000,
            trace: Callable[[str], None] | None = None, dump: bool = False) -> None:
    """Select the tier policy (interp, baseline = compile at the first call, auto = hot code);
    ``trace`` receives one line per compilation; ``dump`` keeps every generated source."""
    global DUMPS
    compiler = compile_code if tier in ("baseline", "auto") else None
    if tier in ("opt", "auto"):  # tier 2 (auto: promoted from tier 1, only hot numeric loops)
        from pyjs.tiers import opt
        from pyjs.tiers.opt import promote
        if tier == "opt":
            compiler = opt.compile_code
        GLOBALS.update(promote.GLOBALS)
        opt.Trace.tiering = trace
        opt.Dumps.selective = tier == "auto"
    if compiler is not None:  # compiled JS calls recurse in Python: allow MAX_DEPTH JS frames
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * MAX_DEPTH + 1000))
    tierup.set_tier(tier, compiler, threshold, loop_threshold)
    tierup.Policy.trace = trace
    if dump and DUMPS is None:
        DUMPS = []


def dump_text() -> str:
    """Every generated function so far, for ``pyjs --dump=baseline``."""
    out = []
    for code, src in DUMPS or []:
        out.append(f"# ---- {code.name or '<anonymous>'} ({code.filename}) ----\n{src}")
    return "\n".join(out)
