"""Unrolling loop traces by two (docs/VLIW.md, "Unrolling").

A loop trace (a superblock that ends by jumping back to its own head) becomes two copies of
its body in one region, so the scheduler overlaps the second iteration with the first: its
loads, arithmetic and compares issue while the first iteration's chains finish. The second
copy computes into fresh registers and reads the first copy's results where the first read a
phi (it bypasses the phi copies); the first copy's phi copies stay, so a side exit of the
second copy finds every phi value where its target expects it. Exits need nothing: their
frame states are renamed with the rest. A loop is left alone when a side exit's target reads
a value the body computes (other than through a phi: it would need compensation code), when
its body calls the runtime (nothing to overlap), or when it is longer than MAX_OPS.
"""
from __future__ import annotations

from .mir import Imm, MFunction, MOp
from .traces import Trace, liveness

MAX_OPS = 90


def unroll_loops(mf: MFunction, layout: list[Trace]) -> int:
    """Unroll every eligible loop trace; return how many."""
    live = None
    count = 0
    for t in layout:
        ops = t.ops
        if t.pipelined or not (t.loop and ops and ops[-1].op == "jmp" and ops[-1].aux.target is t
                                and len(ops) <= MAX_OPS):
            continue
        if any(op.kind == "call" for op in ops):
            continue
        if live is None:
            live = liveness(layout, lambda t: ([op] for op in t.ops))[0]
        while len(t.ops) <= MAX_OPS and unroll(mf, t, live):
            count += 1
    return count


def unroll(mf: MFunction, t: Trace, live: dict[int, set[int]]) -> bool:
    ops = t.ops
    tail = ops[-2:] if len(ops) > 1 and ops[-2].op == "prep" else ops[-1:]
    body = ops[:-len(tail)]
    phi_src = {op.dst: op.srcs[0] for op in body if op.kind == "move"}
    defs = {op.dst for op in body if op.dst is not None and op.kind != "move"}
    for op in body:
        if op.op == "br" and live[op.aux.target.index] & defs:
            return False
    fresh = {v: mf.vreg(mf.vclass[v]) for v in defs}

    def ren(x):
        if type(x) is not int:
            return x
        return fresh.get(x, phi_src.get(x, x))

    second = []
    for op in body:
        pred = ren(op.pred) if op.pred is not None else None
        if type(pred) is Imm:
            return False
        c = MOp(op.op, op.dst if op.kind == "move" else fresh.get(op.dst, op.dst),
                [ren(s) for s in op.srcs], op.aux, op.node)
        c.pred, c.psense, c.spec, c.block = pred, op.psense, op.spec, op.block
        second.append(c)
    t.ops = body + second + tail
    for k, op in enumerate(t.ops):
        op.seq = k
    return True
