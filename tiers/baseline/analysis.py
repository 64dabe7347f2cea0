"""Static analysis of one CodeObject for tier 1: the operand-stack depth at every instruction,
the instructions that start a dispatch block, and the exception handler covering each pc."""
from __future__ import annotations

from typing import Any

from pyjs.engine.bytecode import opcodes as O

from .templates import Unsupported

# Instructions that end their code path.
# Instructions that always throw (their snippets end in a runtime call that raises).
ALWAYS_THROW = frozenset((O.ITER_ABRUPT, O.ITER_ABRUPT_END, O.ITER_RETURN_FAILED))
TERMINATORS = frozenset((O.JUMP, O.RETURN, O.THROW, O.END_FINALLY)) | ALWAYS_THROW


def edges(code: Any, pc: int, depth: int) -> list[tuple[int, int]]:
    """Successors of instruction ``pc`` executed at stack ``depth``: (pc, depth) pairs."""
    op, arg = code.code[pc]
    nxt = pc + 1
    if op == O.JUMP:
        return [(arg, depth)]
    if op in (O.RETURN, O.THROW) or op in ALWAYS_THROW:
        return []
    if op == O.END_FINALLY:
        return [(nxt, depth - 2)] + [(t, depth - 2) for t in code.consts[arg]]
    if op in (O.JUMP_IF_FALSE, O.JUMP_IF_TRUE):
        return [(nxt, depth - 1), (arg, depth - 1)]
    if op in (O.JUMP_IF_FALSE_KEEP, O.JUMP_IF_TRUE_KEEP, O.JUMP_IF_NOT_NULLISH_KEEP):
        return [(nxt, depth - 1), (arg, depth)]
    if op == O.JUMP_IF_NULLISH:
        return [(nxt, depth), (arg, depth)]
    if op == O.JUMP_IF_UNDEF:
        return [(nxt, depth), (arg, depth - 1)]
    if op in (O.ITER_NEXT, O.FOR_IN_NEXT):
        return [(nxt, depth + 1), (arg, depth)]
    if op == O.ITER_RESULT:
        return [(nxt, depth), (arg, depth - 1)]
    if op in O.JUMP_OPS:
        raise Unsupported(f"jump opcode {O.OPS[op].name}")
    d = O.OPS[op]
    if op == O.NEW_ARRAY:
        delta = 1 - arg
    elif op == O.REST_OBJECT:
        delta = -arg
    elif op == O.CALL:
        delta = -arg - 1
    elif op == O.NEW:
        delta = -arg
    elif d.pops < 0 or d.pushes < 0:
        raise Unsupported(f"variable stack effect of {d.name}")
    else:
        delta = d.pushes - d.pops
    return [(nxt, depth + delta)]


class Analysis:
    """Depths (None: unreachable), block starts, loop headers and handler entry depths."""

    def __init__(self, code: Any) -> None:
        self.code = code
        n = len(code.code)
        self.depth: list[int | None] = [None] * n
        self.targets: set[int] = {0}       # pcs reached other than by falling through
        self.backedges: set[int] = set()   # loop headers (targets of backward JUMPs)
        self.handler_entry: dict[int, int] = {}  # handler pc -> depth at entry
        for start, end, handler, depth, is_finally in code.handlers:
            self.handler_entry[handler] = depth + (2 if is_finally else 1)
            self.targets.add(handler)
        work = [(0, 0)] + list(self.handler_entry.items())
        while work:
            pc, d = work.pop()
            if pc >= n:
                raise Unsupported("control falls off the end of the code")
            seen = self.depth[pc]
            if seen is not None:
                if seen != d:
                    raise Unsupported(f"inconsistent stack depth at {pc}: {seen} vs {d}")
                continue
            if d < 0:
                raise Unsupported(f"negative stack depth at {pc}")
            self.depth[pc] = d
            op, arg = code.code[pc]
            for i, (t, td) in enumerate(edges(code, pc, d)):
                if t != pc + 1 or op in TERMINATORS or i > 0:
                    self.targets.add(t)
                if op == O.JUMP and t <= pc:
                    self.backedges.add(t)
                work.append((t, td))
        self.max_depth = max((d for d in self.depth if d is not None), default=0) + 2

    def handlers_at(self, pc: int) -> list[tuple[int, int, int, int, bool]]:
        """The handlers covering instruction ``pc``, in unwinding order."""
        return [h for h in self.code.handlers if h[0] <= pc < h[1]]
