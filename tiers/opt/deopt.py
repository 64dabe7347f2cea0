"""Bailouts: a failed guard in tier-2 code continues the call in tier 0.

Native code calls ``Unit.deopt(frame, guard number, state buffer address)`` after writing the
value the guard saw, its slot array's address and the frame-state values that live nowhere else
into the buffer, raw; the others are constants, slots or the frame's locals (the backend's
``locations``), and ``decode`` reads raw values by their IR types. The values become the tier-0 frame's locals and operand
stack, ``pc``
becomes the guard's resume pc, and the tier-0 loop runs the rest of the call; its result (or
exception) is the native code's. The speculation that failed is remembered per site
(``OptState.failed``) and the code is thrown away at once; it is recompiled without that
speculation once it is hot again (an exponential backoff: twice the calls or back edges after
each compilation, which tier 0 spends collecting feedback for the sites that had not run);
after ``MAX_COMPILES`` compilations the code stays in tier 1 (no deopt loops).
"""
from __future__ import annotations

import ctypes
from typing import Any, Callable

from pyjs.engine.interp import functions
from pyjs.engine.interp import ops_runtime as R
from pyjs.engine.interp.functions import make_frame
from pyjs.engine.interp.tierup import Policy
from pyjs.engine.runtime.inspect_value import format_number
from pyjs.engine.runtime.objects import JSObject
from pyjs.engine.runtime.values import HOLE, JSNull

MAX_COMPILES = 6


class OptState:
    """Tier 2's record of one CodeObject: speculation sites that failed, compilations, bailouts
    (per site key: ("pc", pc) or ("phi", header pc, slot))."""

    __slots__ = ("failed", "compiles", "bailouts", "gave_up", "osr", "tier1", "fb_sig")

    def __init__(self) -> None:
        self.osr: dict[tuple[int, int], Any] = {}  # (loop header pc, stack depth) -> Unit or None (declined)
        self.failed: set = set()
        self.compiles = 0
        self.bailouts: dict[tuple, int] = {}
        self.gave_up = False
        self.tier1: Any = None   # --tier=auto: the tier-1 entry a discarded unit falls back to
        self.fb_sig: Any = None  # the feedback signature of the last promotion look (promote.py)


class Trace:
    """--trace-deopt and --trace-tiering: where each line goes (None: off)."""
    deopt: Callable[[str], None] | None = None
    tiering: Callable[[str], None] | None = None


def site_of(n: Any) -> tuple:
    """The speculation site a failed guard blames: the call site of an inlined callee (it is
    not inlined again), the phi of a loop edge, or the guard's instruction."""
    frames = n.state.frames()
    if len(frames) > 1:
        return ("pc", frames[0].pc - 1)
    return n.aux if type(n.aux) is tuple else ("pc", n.pc)


class Unit:
    """One compiled function: its native entry and what each guard's bailout needs."""

    def __init__(self, code: Any) -> None:
        self.code = code
        self.guards: list[tuple] = []  # per guard: resume pc, number of locals, site key, kind
        self.native: Any = None
        self.entry: Any = None
        self.osr: tuple[int, int] | None = None  # the OSR entry it was compiled for
        self.keep: list = []           # objects whose addresses the native code embeds

    def set_guards(self, nodes: list, locations: list) -> None:
        """Per guard: its frames (pc, number of locals, stack depth, inlined?) outermost first,
        the site it blames, its kind, the seen value's IR type and where each state value is
        (the backend's ``locations``)."""
        self.guards = [([(st.pc, len(st.locals), len(st.stack), st.callee is not None) for st in n.state.frames()],
                        site_of(n), n.op, n.inputs[0].type if n.inputs else "-", locs)
                       for n, locs in zip(nodes, locations)]

    def deopt(self, f: Any, k: int, addr: int) -> Any:
        """Native code's bailout: decode the state buffer at ``addr`` and ``resume``."""
        frames, site, kind, seen_type, locs = self.guards[k]
        seen = decode(addr, seen_type)
        slots = ctypes.c_int64.from_address(addr + 8).value
        made: dict[int, Any] = {}

        def value(where: str, x: Any, t: Any) -> Any:
            if where == "v":  # a removed object literal: built once per bailout
                nid, keys = x
                if nid not in made:
                    made[nid] = materialize(keys, [value(*loc) for loc in t])
                return made[nid]
            if where == "a":  # the frame's arguments object (made once per frame)
                return R.create_arguments(f, x)
            return (x if where == "c" else decode(slots + 8 * x, "T") if where == "s"
                    else f.locals[x] if where == "l" else decode(addr + 8 * x, t))
        return self.resume(f, k, seen, [value(*loc) for loc in locs])

    def resume(self, f: Any, k: int, seen: Any, values: list) -> Any:
        """Guard ``k`` failed on ``seen``: rebuild the tier-0 frames from the state ``values``
        (JS values in ``state.values()`` order) and run the rest of the call in tier 0. A
        backend that holds Python values (tiers/vliw's simulator) calls this directly."""
        frames, site, kind = self.guards[k][:3]
        code = self.code
        st: OptState = code.opt
        st.bailouts[site] = st.bailouts.get(site, 0) + 1
        st.failed.add(site)
        # the code is thrown away; a new unit, without this speculation, is compiled once the
        # code is hot again: after 2**k times the calls or back edges that first made it hot
        # (k compilations so far), which the lower tiers spend collecting feedback
        backoff = 1 << min(st.compiles, 16)
        if self.osr is not None:
            if st.osr.get(self.osr) is self:
                del st.osr[self.osr]
                if Policy.loop_threshold != float("inf"):
                    code.loop_count = min(code.loop_count, Policy.loop_threshold * (1 - backoff))
        elif code.tier_entry is self.entry:  # the next calls run tier 1 (auto) or tier 0 (opt)
            code.tier_entry = st.tier1
            if Policy.threshold != float("inf"):
                code.call_count = min(code.call_count, Policy.threshold * (1 - backoff))
        # rebuild the frames: the running one, then one per inlined callee (innermost last)
        it = iter(values)
        rebuilt = []
        for pc, nlocals, depth, inlined in frames:
            fr = f
            if inlined:
                fn, this = next(it), next(it)
                fr = make_frame(fn, this, [], rebuilt[-1])
            fr.locals[:nlocals] = [next(it) for _ in range(nlocals)]
            fr.stack = [next(it) for _ in range(depth)]
            fr.pc = pc
            rebuilt.append(fr)
        if Trace.deopt is not None:
            inner = rebuilt[-1]
            pc = frames[-1][0]
            Trace.deopt(f"[deopt] {inner.code.name or '<anonymous>'} ({inner.code.filename}) pc {pc} "
                        f"line {inner.code.line_of(pc)[0]}{' (inlined)' if len(rebuilt) > 1 else ''}: "
                        f"{kind} failed on {describe(seen)}")
        result = functions.run_frame(rebuilt[-1])
        for fr in reversed(rebuilt[:-1]):  # each caller continues after its call, with the result
            fr.stack.append(result)
            result = functions.run_frame(fr)
        return result


def materialize(keys: tuple, values: list) -> Any:
    """The object a removed object literal would have been: NEW_OBJECT, then DEFINE_FIELD of
    each key in order (escape analysis, builder.Builder.escape)."""
    o = R.new_object()
    for key, v in zip(keys, values):
        R.define_field(o, key, v)
    return o


def decode(addr: int, t: str) -> Any:
    """One raw 64-bit value of the state buffer as the JS value of IR type ``t``. A tagged
    value is a live object (the native code holds a reference while deopt runs)."""
    if t == "T":
        return ctypes.py_object.from_address(addr).value
    if t == "F":
        return ctypes.c_double.from_address(addr).value
    if t == "I":
        return float(ctypes.c_int64.from_address(addr).value)
    if t == "B":
        return bool(ctypes.c_int64.from_address(addr).value)
    return None


def describe(v: Any) -> str:
    """A short rendering of the value a guard saw (no JS code runs)."""
    if v is None:
        return "undefined"
    if v is JSNull:
        return "null"
    if v is HOLE:
        return "a hole"
    if type(v) is float:
        return f"number {format_number(v)}"
    if type(v) is str:
        return f"string {v[:20]!r}"
    if isinstance(v, JSObject):
        return f"{type(v).__name__}"
    return type(v).__name__
