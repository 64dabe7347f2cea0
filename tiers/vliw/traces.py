"""Superblocks (traces) and the code layout (docs/VLIW.md, "Traces").

A trace is a chain of blocks entered only at its head: each later block's only predecessor is
the block before it. Traces are grown from the entry and then from each unplaced block in
order, always to the successor that stays deepest in loops (and does not end in an
unconditional bailout), so a loop body whose branches were if-converted becomes one trace whose
last block jumps back to its head. The scheduler packs each trace as one region (with
``cross=False``, each block is a region of its own).
"""
from __future__ import annotations

from .mir import MFunction


class Trace:
    """Blocks scheduled as one region; ``pad_for``: this is the loop-entry pad of that trace
    (only branch preparations, then it falls into the loop)."""

    def __init__(self, blocks: list[int], pad_for: "Trace | None" = None) -> None:
        self.blocks = blocks
        self.pad_for = pad_for
        self.pad: "Trace | None" = None  # a loop trace's pad (branch preparation)
        self.index = -1         # position in the layout
        self.ops: list = []     # the region's operations, control included, in program order
        self.bundles: list = []
        self.loop = False       # some branch of the trace goes back to its own head
        self.pipelined = False  # a modulo-scheduled kernel or its prologue (pipeline.py): bundles made
        self.ii = self.copies = self.stages = 0

    def __repr__(self) -> str:
        return f"T{self.index}"


def loop_depths(mf: MFunction) -> dict[int, int]:
    """Loop nesting depth of every block (natural loops of the DFS back edges)."""
    blocks = mf.blocks
    entry = mf.order[0]
    state: dict[int, int] = {}
    back: list[tuple[int, int]] = []
    stack = [(entry, iter(blocks[entry].succs))]
    state[entry] = 1
    while stack:
        b, it = stack[-1]
        for s in it:
            if s not in state:
                state[s] = 1
                stack.append((s, iter(blocks[s].succs)))
                break
            if state[s] == 1:
                back.append((b, s))
        else:
            state[b] = 2
            stack.pop()
    depth = {b: 0 for b in blocks}
    for tail, head in back:
        body = {head}
        work = [tail]
        while work:
            x = work.pop()
            if x not in body:
                body.add(x)
                work.extend(blocks[x].preds)
        for x in body:
            depth[x] += 1
    return depth


def form_traces(mf: MFunction, cross: bool) -> list[Trace]:
    """Traces in layout order."""
    blocks = mf.blocks
    depth = loop_depths(mf)
    placed: set[int] = set()
    traces: list[Trace] = []
    for seed in mf.order:
        if seed in placed:
            continue
        chain = [seed]
        placed.add(seed)
        cur = seed
        while True:
            cands = [s for s in blocks[cur].succs
                     if s not in placed and blocks[s].preds == [cur]]
            if not cands:
                break
            nxt = max(cands, key=lambda s: (depth[s], blocks[s].term[0] != "stop", -mf.order.index(s)))
            chain.append(nxt)
            placed.add(nxt)
            cur = nxt
        if cross:
            traces.append(Trace(chain))
        else:
            traces.extend(Trace([b]) for b in chain)
    return traces


def successors(layout: list[Trace], t: Trace) -> list[Trace]:
    """The traces control can go to from ``t``: its branch and jump targets, and the next trace
    in layout unless it ends in a jump or a return."""
    out = [op.aux.target for op in t.ops if op.op in ("br", "jmp")]
    if (not t.ops or t.ops[-1].op not in ("jmp", "ret")) and t.index + 1 < len(layout):
        out.append(layout[t.index + 1])
    return out


def liveness(layout: list[Trace], steps) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Virtual registers live into and out of each trace (by index). ``steps(t)`` gives the
    trace's operations as a sequence of groups that read before they write (its bundles, or
    one operation per group in program order)."""
    gen: dict[int, set[int]] = {}
    kill: dict[int, set[int]] = {}
    for t in layout:
        g, k = set(), set()
        for group in steps(t):
            for op in group:
                g.update(r for r in op.reads() if r not in k)
            k.update(op.dst for op in group if op.dst is not None)
        gen[t.index], kill[t.index] = g, k
    succ = {t.index: [s.index for s in successors(layout, t)] for t in layout}
    live_in: dict[int, set[int]] = {t.index: set() for t in layout}
    live_out: dict[int, set[int]] = {t.index: set() for t in layout}
    changed = True
    while changed:
        changed = False
        for t in reversed(layout):
            i = t.index
            out = set().union(*(live_in[s] for s in succ[i]))
            new = gen[i] | (out - kill[i])
            if out != live_out[i] or new != live_in[i]:
                live_out[i], live_in[i] = out, new
                changed = True
    return live_in, live_out
