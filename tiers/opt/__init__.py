"""Tier 2, the optimizing compiler (docs/TIERS.md, "Tier 2"): bytecode + feedback -> SSA IR
with guards (builder) -> machine-independent passes -> a backend (tiers/x64: native x86-64
through LLVM). What tier 2 declines runs in tier 1; a failed guard bails out to tier 0
(deopt.py)."""
from __future__ import annotations

import os
import time
from typing import Any, Callable

from pyjs.engine.interp import loop
from pyjs.engine.interp.functions import make_frame
from pyjs.engine.interp.tierup import NO_OSR
from pyjs.engine.runtime.errors import ScriptTerminated

from .builder import Decline, build_graph
from .deopt import MAX_COMPILES, OptState, Trace, Unit
from .ir import format_graph, verify
from .passes import PASSES, dominators, loop_body

__all__ = ["compile_code", "configure", "dump_text", "Decline", "Dumps", "Trace"]


BACKENDS = ("x64", "vliw")


class Dumps:
    ir: list[str] | None = None      # --dump=ir: each function's IR after every pass
    x64: list[str] | None = None     # --dump=x64: LLVM IR and assembly
    vliw: list[str] | None = None    # --dump=vliw: the VLIW backend's bundles
    backend = os.environ.get("PYJS_BACKEND") or "x64"  # --backend=x64|vliw (tiers/x64, tiers/vliw)
    strict = False                   # tests: a compiler error propagates instead of falling back
    selective = False                # --tier=auto: only code whose loops stay native (native_pays)
    stats = {"compiled": 0, "declined": 0, "errors": 0, "ms": 0.0}


def configure(dump: str | None = None, trace_deopt: Callable[[str], None] | None = None,
              backend: str | None = None) -> None:
    """Shell options of tier 2: --dump=ir / --dump=x64 / --dump=vliw keep text for
    ``dump_text``; --trace-deopt logs bailouts; --backend picks the code generator."""
    if dump in ("ir", "x64", "vliw") and getattr(Dumps, dump) is None:
        setattr(Dumps, dump, [])
    Trace.deopt = trace_deopt
    if backend is not None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown tier-2 backend {backend!r}")
        Dumps.backend = backend


def dump_text(kind: str) -> str:
    parts = getattr(Dumps, kind)
    if not parts:
        return "(tier 2 compiled nothing; --dump=ir, --dump=x64 and --dump=vliw need --tier=opt)\n"
    return "\n\n".join(parts) + "\n"


def optimize(g: Any, dump: list[str] | None, osr: tuple[int, int] | None = None) -> None:
    entry = f"OSR at pc {osr[0]} " if osr else ""
    if dump is not None:
        dump.append(format_graph(g, f"{entry}(built)"))
    verify(g)
    for name, run in PASSES:
        run(g)
        if dump is not None:
            verify(g)
            dump.append(format_graph(g, f"{entry}(after {name})"))


def native_pays(g: Any) -> bool:
    """Under ``auto``, tier 2 takes a hot function only when each of its innermost loops can go
    around without a runtime call (numeric kernels, array-building loops whose rare branch
    flushes a chunk: there native code wins by far); code that would spend its time in generic
    runtime calls stays in tier 1, whose inline caches and direct calls serve it as well."""
    headers = [b for b in g.blocks if b.loop_header]
    if not headers:
        return False
    idom = dominators(g)
    bodies = {h.id: loop_body(h, idom) for h in headers}
    # a header without a back edge it dominates is an outer loop that an OSR entry cut open
    loops = [h for h in headers if any(p.id in bodies[h.id] for p in h.preds)]
    innermost = [h for h in loops if not any(o is not h and o.id in bodies[h.id] for o in loops)]
    return bool(innermost) and all(call_free_cycle(h, bodies[h.id]) for h in innermost)


def call_free_cycle(header: Any, body: set[int]) -> bool:
    """Whether some path from the loop header back to it, within its body, makes no runtime call."""
    def calls(b: Any) -> bool:
        return any(n.op == "CallPy" for n in b.nodes)
    if calls(header):
        return False
    seen, work = {header.id}, [header]
    while work:
        b = work.pop()
        for s in b.succs:
            if s is header:
                return True
            if s.id in body and s.id not in seen and not calls(s):
                seen.add(s.id)
                work.append(s)
    return False


def make_entry(native: Any, name: str) -> Callable:
    """The function tiers 0 and 1 call: a tier-0 frame (``entry(frame)``) or tier 1's direct
    call arguments (``entry(None, -1, fn, this, args, parent[, new_target])``), for which it
    builds the frame. The native code gets the frame; js_stack reads ``f`` here and ``f.pc``."""
    def entry(f: Any, _osr: int = -1, _fn: Any = None, _this: Any = None, _args: Any = None,
              _parent: Any = None, _nt: Any = None) -> Any:
        if f is None:
            f = make_frame(_fn, _this, _args, _parent)
            if _nt is not None:
                f.this = _this
                f.construct = True
                f.new_target = _nt
        return native(f)
    entry.__qualname__ = entry.__name__ = name
    return entry


def compile_opt(code: Any, osr: tuple[int, int] | None = None) -> Unit:
    """Compile ``code`` with tier 2 and install it as its tier_entry (or, for ``osr`` = (loop
    header pc, stack depth), as the OSR entry there); raises Decline."""
    if Dumps.backend == "vliw":
        from pyjs.tiers.vliw import backend
    else:
        from pyjs.tiers.x64 import backend  # llvmlite is imported only when tier 2 runs
    st = code.opt
    if st is None:
        st = code.opt = OptState()
    if st.gave_up or st.compiles >= MAX_COMPILES:
        st.gave_up = True
        raise Decline(f"{st.compiles} compilations bailed out")
    st.compiles += 1
    g = build_graph(code, st.failed, osr, getattr(backend, "NODES_SELECTED", None))
    optimize(g, Dumps.ir, osr)
    if Dumps.selective and not native_pays(g):
        raise Decline("auto: no loop that stays in native code")
    unit = backend.compile_graph(g, Dumps.vliw if Dumps.backend == "vliw" else Dumps.x64)
    unit.entry = make_entry(unit.native, f"opt_{code.name or 'anonymous'}")
    loop.register_code(unit.entry.__code__)
    unit.osr = osr
    if osr is None:
        code.tier_entry = unit.entry
        code.osr_entry = osr_entry
    else:
        st.osr[osr] = unit
    return unit


def osr_unit(code: Any, key: tuple[int, int]) -> Unit | None:
    """The tier-2 unit entered at loop header ``key`` = (pc, stack depth): compiled at the
    first request, None when tier 2 declined it (never retried)."""
    st = code.opt
    unit = st.osr.get(key, False) if st is not None else False
    if unit is False:
        t0 = time.perf_counter()
        try:
            unit = compile_opt(code, key)
        except ScriptTerminated:
            raise
        except Exception as e:
            note_failure(code, e, f"OSR at pc {key[0]}")
            code.opt.osr[key] = unit = None
        else:
            trace_compiled(code, f"OSR at pc {key[0]}", t0)
    return unit


def osr_entry(f: Any, pc: int) -> Any:
    """A hot loop of a running tier-0 frame (engine/interp/tierup.py backedge_osr): continue in
    tier-2 code compiled for this loop header, or stay in tier 0 (NO_OSR)."""
    unit = osr_unit(f.code, (pc, len(f.stack)))
    return NO_OSR if unit is None else unit.entry(f)


def compile_code(code: Any) -> str:
    """The tier-up compiler of ``--tier=opt``: tier 2 when it can, else tier 1."""
    from pyjs.tiers import baseline
    t0 = time.perf_counter()
    try:
        compile_opt(code)
    except ScriptTerminated:  # a time or memory limit, delivered during the compile
        raise
    except Exception as e:
        note_failure(code, e, "")
        baseline.compile_code(code)
        return "baseline"
    Dumps.stats["compiled"] += 1
    Dumps.stats["ms"] += (time.perf_counter() - t0) * 1000
    return "opt"


def note_failure(code: Any, e: Exception, what: str) -> None:
    """A Decline, or a compiler bug (counted: the tests require none; strict mode raises)."""
    kind = "declined" if isinstance(e, Decline) else "errors"
    Dumps.stats[kind] += 1
    if Trace.tiering is not None:
        Trace.tiering(f"[tiering] {code.name or '<anonymous>'}: tier 2 {kind}{' ' + what if what else ''} "
                      f"({type(e).__name__}: {e})")
    if kind == "errors" and Dumps.strict:
        raise e


def trace_compiled(code: Any, what: str, t0: float) -> None:
    ms = (time.perf_counter() - t0) * 1000
    Dumps.stats["compiled"] += 1
    Dumps.stats["ms"] += ms
    if Trace.tiering is not None:
        Trace.tiering(f"[tiering] {code.name or '<anonymous>'} ({code.filename}) {what} -> opt in {ms:.2f} ms")
