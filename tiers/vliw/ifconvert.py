"""If-conversion: small diamonds and hammocks become predicated straight-line code
(docs/VLIW.md, "If-conversion").

A block B ending in ``branch p -> T, F`` whose two arms are short chains of blocks (each entered
only from the previous one, ending in a jump; edge blocks are empty chains) that meet at a join
J entered only from the two arms: the arms' operations move into B, J's phis become ``sel``
operations on ``p``, and J's operations and terminator follow. What runs under the predicate:

- pure operations run unconditionally (they never fault and write their own SSA register);
- loads too, as speculative loads, when speculation is on (else they keep the predicate);
- exits and stores keep the predicate (an arm's guard leaves only when its arm was taken).

Arms with a runtime call, a loop-counter tick or an operation that is already predicated (a
nested conversion) are left alone, and so are arms of more than ``MAX_ARM_OPS`` operations.
"""
from __future__ import annotations

from .mir import MBlock, MFunction, MOp

MAX_ARM_OPS = 24
MAX_ARM_BLOCKS = 3


def if_convert(mf: MFunction, speculate: bool) -> int:
    """Convert every eligible diamond and hammock, innermost first; return how many."""
    count = 0
    changed = True
    while changed:
        changed = False
        for bid in list(mf.order):
            if bid in mf.blocks and convert(mf, mf.blocks[bid], speculate):
                count += 1
                changed = True
    return count


def arm(mf: MFunction, start: int, head: int) -> tuple[list[MBlock], int]:
    """The chain of blocks from ``start`` (each entered only from the previous one, ending in a
    jump; at most MAX_ARM_BLOCKS) and the block after it, where it joins."""
    chain = []
    prev, cur = head, start
    while True:
        b = mf.blocks[cur]
        if b.preds != [prev] or b.term[0] != "jump" or len(chain) == MAX_ARM_BLOCKS:
            return chain, cur
        chain.append(b)
        prev, cur = cur, b.term[1]


def eligible(ops: list[MOp]) -> bool:
    return len(ops) <= MAX_ARM_OPS and all(
        op.kind not in ("call", "tick", "ctl") and op.pred is None and op.op not in ("truthy",)
        for op in ops)


def convert(mf: MFunction, b: MBlock, speculate: bool) -> bool:
    if b.term[0] != "branch":
        return False
    _, p, t, f = b.term
    if type(p) is not int:
        return False
    (tchain, tj), (fchain, fj) = arm(mf, t, b.id), arm(mf, f, b.id)
    if tj != fj or tj == b.id:
        return False
    j = mf.blocks[tj]
    tlast = tchain[-1].id if tchain else b.id
    flast = fchain[-1].id if fchain else b.id
    if sorted(j.preds) != sorted([tlast, flast]) or tlast == flast:
        return False
    tops = [op for blk in tchain for op in blk.ops]
    fops = [op for blk in fchain for op in blk.ops]
    if not eligible(tops) or not eligible(fops):
        return False
    moves: dict[int, dict[bool, MOp]] = {}
    for ops, sense in ((tops, True), (fops, False)):
        for op in ops:
            if op.kind == "move":
                moves.setdefault(op.dst, {})[sense] = op
    if any(len(m) != 2 for m in moves.values()):
        return False
    body: list[MOp] = []
    for ops, sense in ((tops, True), (fops, False)):
        for op in ops:
            if op.kind == "move":
                continue
            if op.kind in ("exit", "store") or (op.kind == "load" and not speculate):
                op.pred, op.psense = p, sense
            elif op.kind == "load":
                op.spec = True
            body.append(op)
    sels = [MOp("psel" if mf.vclass[dst] == "p" else "sel", dst, [p, m[True].srcs[0], m[False].srcs[0]],
                None, m[True].node) for dst, m in moves.items()]
    b.ops += body + sels + j.ops
    b.term = j.term
    b.ir_blocks += [x for blk in tchain + fchain for x in blk.ir_blocks] + j.ir_blocks
    for s in j.succs:
        sb = mf.blocks[s]
        sb.preds = [b.id if x == j.id else x for x in sb.preds]
    for blk in tchain + fchain + [j]:
        del mf.blocks[blk.id]
        mf.order.remove(blk.id)
    for op in b.ops:
        op.block = b.id
    return True
