"""Scheduling regions: a trace's operations with its control transfers, and branch
preparation (docs/VLIW.md, "Branch preparation").

Every branch and jump reads a control-transfer register (CTPR) that a ``prep`` loaded with
its target; a branch issued less than CTPR_LATENCY cycles after its prep stalls. Each
control operation gets a ``prep`` just before it in program order; the scheduler moves it up as
far as it can (early preparation) or, with the technique off, keeps it after every other
operation of its block (late preparation: the stall is paid at every branch). With early
preparation on, a loop trace (one that branches back to its own head) whose branches need at
most CTPRS distinct targets gets a *pad*: a one-bundle trace placed before it that prepares
them all once, through which every other entry of the loop goes; the loop itself then has no
``prep`` at all.
"""
from __future__ import annotations

from .machine import CTPRS
from .mir import MFunction, MOp
from .traces import Trace


class Transfer:
    """A branch's or jump's aux: the target trace, the predicate sense that takes it (``br``),
    and the CTPR it reads."""
    __slots__ = ("target", "sense", "ctpr")

    def __init__(self, target: Trace, sense: bool = True) -> None:
        self.target = target
        self.sense = sense
        self.ctpr = 0


def build_regions(mf: MFunction, traces: list[Trace], early_prep: bool) -> list[Trace]:
    """Attach to every trace its operations in program order (block operations, then
    control) and return the layout, pads included."""
    head = {t.blocks[0]: t for t in traces}
    for t in traces:
        t.loop = any(s == t.blocks[0] for b in t.blocks for s in mf.blocks[b].succs)
    layout: list[Trace] = []
    for t in traces:
        if early_prep and t.loop:
            t.pad = Trace([], pad_for=t)
            layout.append(t.pad)
        layout.append(t)
    for k, t in enumerate(layout):
        t.index = k

    def entry(to_block: int, src: Trace) -> Trace:
        t = head[to_block]
        return t.pad if t.pad is not None and t is not src else t

    for t in layout:
        if t.blocks:
            t.ops = trace_ops(mf, t, layout, entry)
    for t in layout:
        if t.blocks:
            assign_ctprs(t, early_prep)
    for t in layout:
        if not t.blocks:
            loop = t.pad_for
            if len({op.aux.target.index for op in loop.ops if op.op in ("br", "jmp")}) > CTPRS:
                t.ops = []
                continue
            seen: dict[int, MOp] = {}
            for op in loop.ops:
                if op.op in ("br", "jmp") and op.aux.ctpr not in seen:
                    seen[op.aux.ctpr] = MOp("prep", None, [], (op.aux.target, op.aux.ctpr))
            t.ops = list(seen.values())
            loop.ops = [op for op in loop.ops if op.op != "prep"]
    for t in layout:
        for k, op in enumerate(t.ops):
            op.seq = k
    return layout


def trace_ops(mf: MFunction, t: Trace, layout: list[Trace], entry) -> list[MOp]:
    ops: list[MOp] = []
    nxt_trace = layout[t.index + 1] if t.index + 1 < len(layout) else None
    for k, bid in enumerate(t.blocks):
        b = mf.blocks[bid]
        ops += b.ops
        term = b.term
        nxt = t.blocks[k + 1] if k + 1 < len(t.blocks) else None
        if term[0] == "jump":
            if term[1] != nxt:
                target = entry(term[1], t)
                if target is not nxt_trace:
                    ops.append(MOp("jmp", None, [], Transfer(target), -1))
        elif term[0] == "branch":
            _, c, tb, fb = term
            if nxt is not None:
                other = fb if nxt == tb else tb
                ops.append(MOp("br", None, [c], Transfer(entry(other, t), other == tb), -1))
            elif tb == fb:
                ops.append(MOp("jmp", None, [], Transfer(entry(tb, t)), -1))
            else:
                tt, ft = entry(tb, t), entry(fb, t)
                if ft is nxt_trace:
                    ops.append(MOp("br", None, [c], Transfer(tt, True), -1))
                elif tt is nxt_trace:
                    ops.append(MOp("br", None, [c], Transfer(ft, False), -1))
                else:
                    ops.append(MOp("br", None, [c], Transfer(tt, True), -1))
                    ops.append(MOp("jmp", None, [], Transfer(ft), -1))
        elif term[0] == "ret":
            ops.append(MOp("ret", None, [term[1]], None, -1))
    for op in ops:
        if op.block < 0:
            op.block = t.blocks[-1]
    return ops


def assign_ctprs(t: Trace, early_prep: bool) -> None:
    """A CTPR per distinct target (round robin when there are more than CTPRS), and a
    ``prep`` just before each branch in program order."""
    out: list[MOp] = []
    regs: dict[int, int] = {}
    for op in t.ops:
        if op.op in ("br", "jmp"):
            tgt = op.aux.target.index
            if tgt not in regs:
                regs[tgt] = len(regs) % CTPRS
            op.aux.ctpr = regs[tgt]
            out.append(MOp("prep", None, [], (op.aux.target, op.aux.ctpr), op.node))
            out[-1].block = op.block
        out.append(op)
    t.ops = out
