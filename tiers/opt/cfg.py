"""The bytecode's control flow as tier 2's builder needs it: block starts and incoming edge
counts (``cfg``), the locals live before each instruction (``liveness``), and the edges the
builder routes between blocks (``Edge``)."""
from __future__ import annotations

from typing import Any

from pyjs.engine.bytecode import opcodes as O

from .ir import Block, Node

ENDS = frozenset({O.JUMP, O.RETURN, O.THROW, O.THROW_ERROR})


def cfg(code: Any) -> tuple[list[int], dict[int, int]]:
    """Block starts (sorted) and the number of incoming edges of each."""
    ins = code.code
    starts = {0}
    for i, (op, arg) in enumerate(ins):
        if op in O.JUMP_OPS:
            starts.add(arg)
            starts.add(i + 1)
        elif op in ENDS:
            starts.add(i + 1)
    starts.discard(len(ins))
    order = sorted(starts)
    npreds = {s: 0 for s in order}
    npreds[0] += 1  # the entry block
    for k, s in enumerate(order):
        end = order[k + 1] if k + 1 < len(order) else len(ins)
        op, arg = ins[end - 1]
        if op in O.JUMP_OPS:
            npreds[arg] += 1
        if op not in ENDS and end < len(ins):
            npreds[end] += 1
    return order, npreds


LOCAL_USES = frozenset({O.GET_LOCAL, O.GET_LOCAL_CHECK, O.CHECK_LOCAL})
LOCAL_DEFS = frozenset({O.SET_LOCAL, O.PUT_LOCAL})


def liveness(code: Any, order: list[int]) -> list[frozenset]:
    """The locals live before each instruction (read on some path before being written).
    A dead local needs no phi and is undefined in frame states: nothing can observe it (code
    with direct eval or a mapped ``arguments`` object is never compiled)."""
    ins = code.code
    n = len(ins)
    ends = order[1:] + [n]
    succ: dict[int, list[int]] = {}
    for s, e in zip(order, ends):
        op, arg = ins[e - 1]
        out = [arg] if op in O.JUMP_OPS else []
        if op not in ENDS and e < n:
            out.append(e)
        succ[s] = out
    live_in: dict[int, frozenset] = {s: frozenset() for s in order}
    before: list[frozenset] = [frozenset()] * n
    changed = True
    while changed:
        changed = False
        for s, e in zip(reversed(order), reversed(ends)):
            live = set()
            for t in succ[s]:
                live |= live_in[t]
            for i in range(e - 1, s - 1, -1):
                op, arg = ins[i]
                if op in LOCAL_DEFS:
                    live.discard(arg)
                elif op in LOCAL_USES:
                    live.add(arg)
                before[i] = frozenset(live)
            if before[s] != live_in[s]:
                live_in[s] = before[s]
                changed = True
    return before


class Edge:
    __slots__ = ("src", "locals", "stack")

    def __init__(self, src: Block, locals_: list[Node], stack: list[Node]) -> None:
        self.src, self.locals, self.stack = src, locals_, stack
