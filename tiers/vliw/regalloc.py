"""Register allocation: linear scan over the scheduled code (docs/VLIW.md, "Registers").

Runs after scheduling, so every live range is known in bundles. Positions are doubled: a
bundle ``b`` reads its operands at ``2b`` and writes its results at ``2b + 1``. A value
occupies its register from its write to its last read, and at least until its result has
landed (issue + latency: a later value in the same register must not be overwritten by it);
a value live into a trace is there from just before its first bundle, one live out of a trace
until just after its last. Liveness is solved over traces; each value gets one interval, the
hull of all that (conservative across loops). An exit's frame-state values are read after its
bundle's writes (by the deopt handler), so they stay live through that bundle. General registers (0..191) and predicate
registers (GPRS..GPRS+31) are allocated separately; a function that needs more does not
compile (tier 2 declines it).
"""
from __future__ import annotations

from .isel import TooManyRegisters
from .machine import GPRS, MOPS, PREDS
from .traces import Trace, liveness


def intervals(layout: list[Trace]) -> dict[int, list[int]]:
    """Virtual register -> [start, end] in doubled positions."""
    pos = 0
    span: dict[int, tuple[int, int]] = {}
    iv: dict[int, list[int]] = {}

    def widen(v: int, lo: int, hi: int) -> None:
        r = iv.get(v)
        if r is None:
            iv[v] = [lo, hi]
        else:
            r[0] = min(r[0], lo)
            r[1] = max(r[1], hi)

    for t in layout:
        first = pos
        for b in t.bundles:
            for op in b.ops:
                for r in op.reads():
                    widen(r, 2 * pos, 2 * pos)
                if op.op == "exit":  # the deopt handler reads the state after the bundle's writes
                    for r in op.srcs[1:]:
                        if type(r) is int:
                            widen(r, 2 * pos, 2 * pos + 2)
            for op in b.ops:
                if op.dst is not None:
                    widen(op.dst, 2 * pos + 1, 2 * (pos + MOPS[op.op].latency))
            pos += 1
        span[t.index] = (first, pos - 1)
    live_in, live_out = liveness(layout, lambda t: (b.ops for b in t.bundles))
    for t in layout:
        first, last = span[t.index]
        if last < first:
            continue
        for v in live_in[t.index]:
            widen(v, 2 * first - 1, 2 * first)
        for v in live_out[t.index]:
            widen(v, 2 * last + 1, 2 * last + 2)
    return iv


def allocate(layout: list[Trace], vclass: list[str]) -> dict[int, int]:
    """Virtual -> physical register; rewrites every operation's registers in place."""
    iv = intervals(layout)
    phys: dict[int, int] = {}
    for cls, base, count in (("g", 0, GPRS), ("p", GPRS, PREDS)):
        free = list(range(base + count - 1, base - 1, -1))
        active: list[tuple[int, int]] = []  # (end, physical)
        for v in sorted((v for v in iv if vclass[v] == cls), key=lambda v: iv[v][0]):
            start, end = iv[v]
            keep = []
            for e, r in active:
                if e < start:
                    free.append(r)
                else:
                    keep.append((e, r))
            active = keep
            if not free:
                raise TooManyRegisters(f"more than {count} {'general' if cls == 'g' else 'predicate'} registers live")
            r = free.pop()
            phys[v] = r
            active.append((end, r))
    for t in layout:
        for op in t.ops:
            op.srcs = [phys[s] if type(s) is int else s for s in op.srcs]
            if op.dst is not None:
                op.dst = phys[op.dst]
            if op.pred is not None:
                op.pred = phys[op.pred]
    return phys
