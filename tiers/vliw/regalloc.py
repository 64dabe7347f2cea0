"""Register allocation: linear scan over the scheduled code, with spilling (docs/VLIW.md,
"Registers").

Runs after scheduling, so every live range is known in bundles. Positions are doubled: a
bundle ``b`` reads its operands at ``2b`` and writes its results at ``2b + 1``. A value
occupies its register from its write to its last read, and at least until its result has
landed (issue + latency: a later value in the same register must not be overwritten by it);
a value live into a trace is there from just before its first bundle, one live out of a trace
until just after its last. Liveness is solved over traces; each value gets one interval, the
hull of all that (conservative across loops). An exit's frame-state values are read after its
bundle's writes (by the deopt handler), so they stay live through that bundle. General
registers (0..191), predicate registers (GPRS..GPRS+31) and spill slots (SLOT_BASE..) are
allocated separately.

Spilling: when more values are live at once than a register file holds, the sweep spills the
live value that is cheapest to keep in memory (one read only by exits first: an exit reads a
spill slot directly, since the deopt handler reads memory as well as registers), then the one
whose interval ends last. A spilled value gets a slot: each definition writes a fresh register
that a ``spill`` stores (a phi copy stores straight into the slot: ``spillmov``), each read
other than an exit's frame state loads it into a fresh register first (``fill``/``pfill``).
The traces are scheduled again, each fill sinks to the last bundle that still lets its value
land before its reader (the list scheduler would issue it as early as it could, which keeps its
register as busy as the spilled value's), and allocation restarts, until everything fits.
"""
from __future__ import annotations

from typing import Callable

from .isel import TooManyRegisters
from .machine import CLASSES, GPRS, MOPS, PREDS, SLOT_BASE
from .mir import MFunction, MOp
from .traces import Trace, liveness

MAX_ROUNDS = 12
FILES = (("g", 0, GPRS), ("p", GPRS, PREDS))


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


def scan(iv: dict[int, list[int]], vregs: list[int], base: int, count: int | None,
         cost: Callable[[int], tuple] | None) -> tuple[dict[int, int], set[int]]:
    """Linear scan of ``vregs`` over registers ``base``.. (``count`` of them; None: as many as
    needed). Returns the assignment and, when a register file overflows, the values to spill
    (the one with the smallest ``cost`` among those live at the overflow)."""
    phys: dict[int, int] = {}
    spilled: set[int] = set()
    free: list[int] = []
    top = base
    active: list[tuple[int, int, int]] = []  # (end, physical, virtual)
    for v in sorted(vregs, key=lambda v: iv[v][0]):
        start, end = iv[v]
        keep = []
        for e, r, x in active:
            if e < start:
                free.append(r)
            else:
                keep.append((e, r, x))
        active = keep
        if not free and (count is None or top < base + count):
            free.append(top)
            top += 1
        if free:
            r = free.pop()
            phys[v] = r
            active.append((end, r, v))
            continue
        if cost is None:
            raise TooManyRegisters("no register for a value that cannot be spilled")
        victim = min([x for _, _, x in active] + [v], key=cost)
        if cost(victim)[0] == 2:
            raise TooManyRegisters(f"more than {count} registers live and none can be spilled")
        spilled.add(victim)
        if victim != v:
            k = next(k for k, a in enumerate(active) if a[2] == victim)
            _, r, _ = active.pop(k)
            del phys[victim]
            phys[v] = r
            active.append((end, r, v))
    return phys, spilled


def allocate(mf: MFunction, layout: list[Trace], reschedule: Callable[[Trace], None],
             record: Callable[[], None] | None = None) -> dict[int, int]:
    """Virtual -> physical register, spilling (and rescheduling the traces) until everything
    fits; rewrites every operation's registers in place. ``record`` is called with the final
    virtual-register code (tests)."""
    vclass = mf.vclass
    temps: set[int] = set()  # registers made by spilling: never spilled again
    for _ in range(MAX_ROUNDS):
        iv = intervals(layout)
        uses = use_counts(layout)
        phys: dict[int, int] = {}
        spilled: set[int] = set()

        def cost(v: int) -> tuple:
            # exit-only values first, then the interval that ends last; spill temporaries never
            return (2 if v in temps else 0 if uses.get(v, 0) == 0 else 1, -iv[v][1])
        for cls, base, count in FILES:
            p, s = scan(iv, [v for v in iv if vclass[v] == cls], base, count, cost)
            phys.update(p)
            spilled |= s
        if not spilled:
            if record is not None:
                record()
            phys.update(scan(iv, [v for v in iv if vclass[v] == "m"], SLOT_BASE, None, None)[0])
            rename(layout, phys)
            return phys
        temps |= spill(mf, layout, spilled)
        for t in layout:
            reschedule(t)
            sink_fills(t)
    raise TooManyRegisters(f"still more values than registers after {MAX_ROUNDS} rounds of spilling")


def use_counts(layout: list[Trace]) -> dict[int, int]:
    """Per virtual register, its reads other than as an exit's frame-state value."""
    n: dict[int, int] = {}
    for t in layout:
        for op in t.ops:
            srcs = op.srcs[:1] if op.op == "exit" else op.srcs
            for s in srcs:
                if type(s) is int:
                    n[s] = n.get(s, 0) + 1
            if op.pred is not None:
                n[op.pred] = n.get(op.pred, 0) + 1
    return n


def spill(mf: MFunction, layout: list[Trace], victims: set[int]) -> set[int]:
    """Give each victim a spill slot and rewrite its definitions and reads (see the module
    docstring); returns the new temporary registers."""
    slot = {v: mf.vreg("m") for v in victims}
    temps: set[int] = set()

    def new_op(name: str, dst: int, src: int, like: MOp) -> MOp:
        op = MOp(name, dst, [src], None, like.node)
        op.block = like.block
        return op

    for t in layout:
        out: list[MOp] = []
        for op in t.ops:
            filled: dict[int, int] = {}

            def fill(v: int) -> int:
                if v not in filled:
                    tmp = filled[v] = mf.vreg(mf.vclass[v])
                    temps.add(tmp)
                    out.append(new_op("pfill" if mf.vclass[v] == "p" else "fill", tmp, slot[v], op))
                return filled[v]
            state = op.op == "exit"
            op.srcs = [s if type(s) is not int or s not in slot else slot[s] if state and k > 0 else fill(s)
                       for k, s in enumerate(op.srcs)]
            if op.pred in slot:
                op.pred = fill(op.pred)
            out.append(op)
            if op.dst in slot:
                if op.kind == "move":  # a phi copy: straight into the slot
                    op.op, op.dst = "spillmov", slot[op.dst]
                    continue
                tmp = mf.vreg(mf.vclass[op.dst])
                temps.add(tmp)
                st = new_op("spill", slot[op.dst], tmp, op)
                st.pred, st.psense = op.pred, op.psense
                op.dst = tmp
                out.append(st)
        for k, op in enumerate(out):
            op.seq = k
        t.ops = out
    return temps


def rename(layout: list[Trace], phys: dict[int, int]) -> None:
    for t in layout:
        for op in t.ops:
            op.srcs = [phys[s] if type(s) is int else s for s in op.srcs]
            if op.dst is not None:
                op.dst = phys[op.dst]
            if op.pred is not None:
                op.pred = phys[op.pred]


def sink_fills(t: Trace) -> None:
    """Move each fill down to the latest bundle with a free channel of its class that is still
    ``latency`` cycles before its reader and no later than the next write of its slot."""
    bundles = t.bundles
    at: dict[int, int] = {}   # id(op) -> bundle index
    for k, b in enumerate(bundles):
        for op in b.ops:
            at[id(op)] = k
    ops = t.ops
    for j, f in enumerate(ops):
        if f.op not in ("fill", "pfill"):
            continue
        reader = next(op for op in ops[j + 1:] if f.dst in op.reads())
        writes = [at[id(op)] for op in ops[j + 1:] if op.dst == f.srcs[0]]
        k = at[id(f)]
        last_cycle = bundles[at[id(reader)]].cycle - MOPS[f.op].latency
        best = k
        for m in range(k + 1, len(bundles)):
            if bundles[m].cycle > last_cycle or (writes and m > min(writes)):
                break
            if any(c not in bundles[m].slots for c in CLASSES[MOPS[f.op].cls].channels):
                best = m
        if best == k:
            continue
        old, new = bundles[k], bundles[best]
        ch = next(c for c, op in old.slots.items() if op is f)
        del old.slots[ch]
        old.ops.remove(f)
        new.slots[next(c for c in CLASSES[MOPS[f.op].cls].channels if c not in new.slots)] = f
        new.ops = sorted(new.slots.values(), key=lambda op: op.seq)
        at[id(f)] = best
    if any(not b.ops for b in bundles):
        kept = []
        for b in bundles:
            if b.ops:
                if kept:
                    b.gap = b.cycle - kept[-1].cycle - 1
                    b.cause = b.cause or "load"
                kept.append(b)
        t.bundles = kept
