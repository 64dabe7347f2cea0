"""The cycle-counting simulator (docs/VLIW.md, "Simulator").

Each trace is compiled to one Python function that executes its bundles in order against the
engine's real objects: a load reads a real JSObject field, list element or Number; a store
writes the real list; a call calls the same runtime function the x86-64 backend calls. A
bundle first computes every operation from the registers as they were when it issued, then
writes the results (so a bundle reads before it writes); the first exit that fires in program
order leaves after the bundle, the first branch taken goes to its target trace.

Timing: ``now`` advances one cycle per bundle. A result is ready ``latency`` cycles after
issue; a bundle that reads a register not ready yet stalls until it is (an interlock, counted by
the producer's class: ``load``, ``fp``, ``prep`` for a branch whose CTPR is late ...). Within a
trace the schedule already honours every latency, so only reads of values from other traces
(and of CTPRs) are checked. A runtime call costs CALL_CYCLES (stall ``call``).

Counters (``STATS``): cycles, bundles, operations, channel use, stalls by cause, bailouts, and
per trace (its bundles and operations executed), from which ``report`` gives ops per bundle of
the hottest trace.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from pyjs.engine.interp.ops_runtime import create_arguments
from pyjs.tiers.opt import helpers
from pyjs.tiers.opt.deopt import materialize

from .machine import CALL_CYCLES, CHANNELS, GPRS, MOPS, PREDS, SLOT_BASE
from .mir import MOp
from .semantics import ENV, EXPR, NAT, SPEC, STORE, VLIWTrap
from .traces import Trace

CTPR_BASE = GPRS + PREDS
NOT_TAKEN = -(1 << 40)   # "no branch taken" (exits return -2 - exit number)
RETURN = -1


class Stats:
    """Counters of every simulated run since the last ``reset``."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.cycles = 0
        self.slow_calls = 0        # runtime calls made by ``truthy`` slow paths
        self.runs = 0
        self.bailouts = 0
        self.stalls: Counter = Counter()
        COUNTS[:] = [0] * len(COUNTS)

    def summary(self) -> dict[str, Any]:
        """Totals: cycles, bundles, ops, ops/bundle, channel use, stalls, and the hottest
        trace (most bundles executed) with its ops per bundle."""
        bundles = ops = 0
        channels: Counter = Counter()
        traces: dict[Any, list[int]] = {}
        for n, info in zip(COUNTS, POINTS):
            if not n:
                continue
            key, nb, no, ch = info
            bundles += n * nb
            ops += n * no
            for c, k in ch.items():
                channels[c] += n * k
            t = traces.setdefault(key, [0, 0])
            t[0] += n * nb
            t[1] += n * no
        hot = max(traces.items(), key=lambda kv: kv[1][0], default=(None, [0, 0]))
        stalls = Counter(self.stalls)
        if self.slow_calls:
            stalls["call"] += self.slow_calls * CALL_CYCLES
        return {"cycles": self.cycles + self.slow_calls * CALL_CYCLES, "bundles": bundles, "ops": ops,
                "ops_per_bundle": ops / bundles if bundles else 0.0, "channels": dict(channels),
                "stalls": dict(stalls), "runs": self.runs, "bailouts": self.bailouts,
                "hot_trace": hot[0], "hot_ops_per_bundle": hot[1][1] / hot[1][0] if hot[1][0] else 0.0}


COUNTS: list[int] = []            # per return point of a trace function: times taken
POINTS: list[tuple] = []          # per return point: (trace key, bundles, ops, channel use) before it
STATS = Stats()


def report(summary: dict[str, Any]) -> str:
    """--vliw-stats: the counters as text."""
    s = summary
    lines = [f"[vliw] cycles {s['cycles']}  bundles {s['bundles']}  ops {s['ops']}  "
             f"ops/bundle {s['ops_per_bundle']:.2f}  runs {s['runs']}  bailouts {s['bailouts']}"]
    if s["hot_trace"] is not None:
        lines.append(f"[vliw] hottest trace {s['hot_trace']}: ops/bundle {s['hot_ops_per_bundle']:.2f}")
    if s["bundles"]:
        use = "  ".join(f"{c} {100 * s['channels'].get(c, 0) / s['bundles']:.0f}%" for c in CHANNELS)
        lines.append(f"[vliw] channel use: {use}")
    stalls = "  ".join(f"{k} {v}" for k, v in sorted(s["stalls"].items(), key=lambda kv: -kv[1])) or "none"
    lines.append(f"[vliw] stall cycles by cause: {stalls}")
    return "\n".join(lines)


def _stall(now: int, ready: int, cause: str) -> int:
    STATS.stalls[cause] += ready - now
    return ready


def _trap(what: str) -> None:
    raise VLIWTrap(f"NAT used by a non-speculative {what}")


class _Tick:
    """The loop counter: every 1024 iterations the time limit is checked (helpers.tick)."""
    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> None:
        self.n += 1
        if not self.n & 1023:
            helpers.tick()


def _truthy_slow(v: Any) -> Any:
    STATS.slow_calls += 1
    return ENV["truthy_slow"](v)


class Program:
    """A compiled function: one Python function per trace, the exits, the unit to bail out
    through."""

    def __init__(self, unit: Any, layout: list[Trace], name: str) -> None:
        self.unit = unit
        self.layout = layout
        self.name = name
        self.exits: list[MOp] = []
        self.consts: list[Any] = []
        self.source = ""
        self.unless_exit = ""
        self.nregs = 1 + max([SLOT_BASE - 1] + [r for t in layout for op in t.ops
                                                for r in op.srcs + [op.dst] if type(r) is int])
        self.fns = self.compile()

    # ---- code generation -------------------------------------------------------------------
    def operand(self, s: Any, identity: bool = False) -> str:
        """A register read or an immediate (a literal, else a constant of the program; one
        compared by identity always a constant: ``x is 5`` would compare an int's value)."""
        if type(s) is int:
            return f"R[{s}]"
        v = s.value
        if v is None or type(v) is bool or (not identity and (type(v) is int or (
                type(v) is float and v == v and abs(v) != float("inf")))):
            return repr(v)
        self.consts.append(v)
        return f"K[{len(self.consts) - 1}]"

    def compile(self) -> list:
        waits = [self.waits(t) for t in self.layout]
        tracked = {r for w in waits for bw in w for r in bw}
        src = []
        for t, w in zip(self.layout, waits):
            src += self.gen_trace(t, w, tracked)
        self.source = "\n".join(src)
        env = dict(ENV, K=self.consts, P=COUNTS, S=STATS.stalls, stall=_stall, trap=_trap,
                   tick=_Tick(), truthy_slow=_truthy_slow)
        exec(compile(self.source, f"<vliw {self.name}>", "exec"), env)
        return [env[f"trace_{t.index}"] for t in self.layout]

    @staticmethod
    def waits(t: Trace) -> list[list[int]]:
        """Per bundle, the registers it must wait for: those no earlier bundle of the trace wrote
        unconditionally (their value comes from another trace, or a CTPR prepared elsewhere)."""
        out = []
        written: set[int] = set()
        for b in t.bundles:
            need = []
            for op in b.ops:
                regs = [op.srcs[0]] if op.op == "exit" else [s for s in op.srcs]
                if op.pred is not None:
                    regs.append(op.pred)
                if op.op in ("br", "jmp"):
                    regs.append(CTPR_BASE + op.aux.ctpr)
                need += [r for r in regs if type(r) is int and r not in written and r not in need]
            out.append(need)
            for op in b.ops:
                if op.pred is None:
                    if op.dst is not None:
                        written.add(op.dst)
                    if op.op == "prep":
                        written.add(CTPR_BASE + op.aux[1])
        return out

    def point(self, t: Trace, upto: int) -> int:
        """A new return point after bundle ``upto`` of ``t``."""
        ops = sum(len(b.ops) for b in t.bundles[:upto + 1])
        ch = Counter(c for b in t.bundles[:upto + 1] for c in b.slots)
        COUNTS.append(0)
        POINTS.append((f"{self.name} {t!r}", upto + 1, ops, ch))
        return len(COUNTS) - 1

    def gen_trace(self, t: Trace, waits: list[list[int]], tracked: set[int]) -> list[str]:
        L = [f"def trace_{t.index}(R, rd, wy, C, F):", "    now = C[0]"]
        nxt = t.index + 1 if t.index + 1 < len(self.layout) else NOT_TAKEN
        for k, b in enumerate(t.bundles):
            L.append(f"    # bundle {k}")
            if b.gap:
                L.append(f"    now += {b.gap}; S[{b.cause!r}] += {b.gap}")
            for r in waits[k]:
                L.append(f"    if rd[{r}] > now: now = stall(now, rd[{r}], wy[{r}])")
            has_exit = any(op.op == "exit" for op in b.ops)
            has_ctl = any(op.op in ("br", "jmp", "ret") for op in b.ops)
            if has_exit:
                L.append("    ex = -1")
            if has_ctl:
                L.append(f"    tk = {NOT_TAKEN}")
            writes = []
            calls = 0
            self.unless_exit = " and ex < 0" if has_exit else ""  # a fired exit of the bundle wins
            for n, op in enumerate(b.ops):
                ind = "    "
                if op.pred is not None:  # the predicate as it was at issue guards the write too
                    L.append(f"    p{n} = R[{op.pred}] is {op.psense}")
                    L.append(f"    if p{n}:")
                    ind = "        "
                calls += self.gen_op(L, ind, op, n, writes)
            for ind, dst, n, lat, cls in writes:
                if ind != "    ":
                    L.append(f"    if p{n}:")
                L.append(f"{ind}R[{dst}] = x{n}")
                if dst in tracked:
                    L.append(f"{ind}rd[{dst}] = now + {lat}; wy[{dst}] = {cls!r}")
            L.append("    now += 1")
            if calls:
                L.append(f"    now += {calls * CALL_CYCLES}; S['call'] += {calls * CALL_CYCLES}")
            if has_exit:
                pid = self.point(t, k)
                L.append(f"    if ex >= 0: C[0] = now; P[{pid}] += 1; return -2 - ex")
            if has_ctl:
                pid = self.point(t, k)
                L.append(f"    if tk != {NOT_TAKEN}: C[0] = now; P[{pid}] += 1; return tk")
        pid = self.point(t, len(t.bundles) - 1)
        L.append(f"    C[0] = now; P[{pid}] += 1; return {nxt}")
        return L

    def gen_op(self, L: list[str], ind: str, op: MOp, n: int, writes: list) -> int:
        """The code of one operation; returns the number of runtime calls it makes."""
        name = op.op
        a = [self.operand(s, name == "cmpeq") for s in op.srcs]
        regs = [x for x, s in zip(a, op.srcs) if type(s) is int]
        nat_check = " or ".join(f"{x} is NAT" for x in regs)
        if name in EXPR or name == "frame" or name == "prep":
            if name == "frame":
                expr = "F"
            elif name == "prep":
                writes.append((ind, CTPR_BASE + op.aux[1], n, MOPS["prep"].latency, "prep"))
                L.append(f"{ind}x{n} = {op.aux[0].index}")
                return 0
            else:
                tmpl = SPEC[name] if op.spec and name in SPEC else EXPR[name]
                expr = tmpl.format(*a, aux=op.aux, args=", ".join(a))
            L.append(f"{ind}x{n} = {expr}")
            writes.append((ind, op.dst, n, MOPS[name].latency, MOPS[name].cls))
            return 0
        if name == "call":
            fn, pc = op.aux
            self.consts.append(fn)
            if nat_check:
                L.append(f"{ind}if {nat_check}: trap('call')")
            if pc >= 0:
                L.append(f"{ind}F.pc = {pc + 1}")
            L.append(f"{ind}x{n} = K[{len(self.consts) - 1}]({', '.join(a)})")
            writes.append((ind, op.dst, n, 1, "call"))
            return 1
        if name in STORE:
            if nat_check:
                L.append(f"{ind}if {nat_check}: trap('store')")
            L.append(ind + STORE[name].format(*a, aux=op.aux))
            return 0
        if name == "tick":
            L.append(f"{ind}tick()")
            return 0
        if name == "exit":
            self.exits.append(op)
            k = len(self.exits) - 1
            cond = a[0]
            if cond == "True":
                L.append(f"{ind}if ex < 0: ex = {k}")
            else:
                L.append(f"{ind}if ex < 0:")  # an earlier exit of the bundle that fired wins
                L.append(f"{ind}    if {cond} is NAT: trap('exit')")
                L.append(f"{ind}    if {cond} is {op.aux.sense}: ex = {k}")
            return 0
        if name == "br":
            L.append(f"{ind}if tk == {NOT_TAKEN}{self.unless_exit}:")
            L.append(f"{ind}    if {a[0]} is NAT: trap('branch')")
            L.append(f"{ind}    if {a[0]} is {op.aux.sense}: tk = {op.aux.target.index}")
            return 0
        if name == "jmp":
            L.append(f"{ind}if tk == {NOT_TAKEN}: tk = {op.aux.target.index}")
            return 0
        if name == "ret":
            L.append(f"{ind}if tk == {NOT_TAKEN}{self.unless_exit}:")
            if nat_check:
                L.append(f"{ind}    if {nat_check}: trap('return')")
            L.append(f"{ind}    C[1] = {a[0]}")
            L.append(f"{ind}    tk = {RETURN}")
            return 0
        raise VLIWTrap(f"no simulation for {name}")

    # ---- running ---------------------------------------------------------------------------
    def run(self, frame: Any) -> Any:
        """Run the function on a tier-0 frame: its result, or tier 0's after a bailout."""
        R: list[Any] = [None] * self.nregs   # registers, then the spill area
        rd = [0] * self.nregs
        wy: list[Any] = [None] * self.nregs
        C: list[Any] = [0, None]
        fns = self.fns
        k = 0
        STATS.runs += 1
        last = 0
        try:
            while k >= 0:
                last = k
                k = fns[k](R, rd, wy, C, frame)
        finally:
            STATS.cycles += C[0]
        if k == RETURN:
            return C[1]
        if k == NOT_TAKEN:
            raise VLIWTrap(f"{self.name}: control fell off the end of the code (trace {last})")
        return self.bail(frame, self.exits[-2 - k], R)

    def bail(self, frame: Any, op: MOp, R: list) -> Any:
        """A guard's exit fired: tier 0 continues from its frame state (deopt.Unit.resume)."""
        info = op.aux
        STATS.bailouts += 1
        vals = [R[s] if type(s) is int else s.value for s in op.srcs[1:]]
        if any(v is NAT for v in vals):
            raise VLIWTrap(f"{self.name}: a frame-state value is NAT")
        made: dict[int, Any] = {}

        def value(loc: tuple) -> Any:
            if loc[0] == "v":  # a removed object literal: built once per bailout
                nid, keys = loc[1]
                if nid not in made:
                    made[nid] = materialize(keys, [value(x) for x in loc[2]])
                return made[nid]
            if loc[0] == "a":
                return create_arguments(frame, loc[1])
            return convert(vals[loc[1] - 1], loc[2])
        seen = convert(vals[0], info.seen_type)
        return self.unit.resume(frame, info.guard, seen, [value(x) for x in info.state])


def convert(v: Any, t: str) -> Any:
    """A register's value as the JS value of IR type ``t`` (an int32 is a Number)."""
    if t == "I":
        return float(v)
    if t == "B":
        return bool(v)
    if t == "-":
        return None
    return v
