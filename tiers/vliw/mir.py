"""Machine IR of the VLIW backend: operations on virtual registers, in blocks that mirror the
tier-2 IR's blocks (instruction selection, isel.py, makes it; if-conversion merges blocks;
scheduling packs its operations into bundles; register allocation renames the registers)."""
from __future__ import annotations

from typing import Any

from .machine import MOPS


class Imm:
    """An immediate operand (a literal: a float, an int, a bool or a Python object)."""
    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        v = self.value
        if type(v) in (float, int, bool) or v is None:
            return f"#{v}"
        name = getattr(v, "__qualname__", None) or getattr(v, "__name__", None)
        return f"#{name}" if isinstance(name, str) else f"#{type(v).__name__}"


Operand = "int | Imm"


class MOp:
    """One machine operation. ``srcs`` are operands (a virtual register number or an Imm);
    ``pred``/``psense``: the operation runs only when predicate register ``pred`` is
    ``psense`` (if-conversion); ``spec``: a load hoisted above a guard or branch that protects
    it (never faults; NAT on failure); ``node``: the IR node it implements (dumps, tracing);
    ``seq``: program order; ``aux``: per operation (a field name, a callable, a guard's
    exit data, a branch target)."""

    __slots__ = ("op", "dst", "srcs", "aux", "pred", "psense", "spec", "node", "seq", "block")

    def __init__(self, op: str, dst: int | None, srcs: list, aux: Any = None, node: int = -1) -> None:
        self.op = op
        self.dst = dst
        self.srcs = srcs
        self.aux = aux
        self.pred: int | None = None
        self.psense = True
        self.spec = False
        self.node = node
        self.seq = 0
        self.block = -1

    @property
    def d(self):
        return MOPS[self.op]

    @property
    def kind(self) -> str:
        return MOPS[self.op].kind

    def reads(self) -> list[int]:
        """The virtual registers it reads (its predicate included)."""
        out = [s for s in self.srcs if type(s) is int]
        if self.pred is not None:
            out.append(self.pred)
        return out

    def __repr__(self) -> str:
        return f"<{self.op} {self.dst} {self.srcs}>"


class ExitInfo:
    """A guard's exit: its number in the Unit's guard list, the condition sense that makes it
    leave, the IR type of the value it saw (``srcs[1]``) and where each frame-state value is:
    ``("r", k, IR type)`` operand ``srcs[k]``; ``("v", (node id, keys), field locations)`` a
    removed object literal, built at the bailout; ``("a", aux)`` the frame's arguments object."""
    __slots__ = ("guard", "sense", "seen_type", "state", "kind")

    def __init__(self, guard: int, sense: bool, seen_type: str, state: list[tuple], kind: str) -> None:
        self.guard = guard
        self.sense = sense
        self.seen_type = seen_type
        self.state = state
        self.kind = kind


class MBlock:
    """A block of machine operations and its terminator: ("jump", succ), ("branch", cond
    operand, true succ, false succ), ("ret", operand) or ("stop",) (ends in an unconditional
    exit)."""
    __slots__ = ("id", "ops", "term", "preds", "ir_blocks", "depth")

    def __init__(self, bid: int) -> None:
        self.id = bid
        self.ops: list[MOp] = []
        self.term: tuple = ("stop",)
        self.preds: list[int] = []
        self.ir_blocks = [bid]
        self.depth = 0  # loop nesting depth

    @property
    def succs(self) -> list[int]:
        t = self.term
        if t[0] == "jump":
            return [t[1]]
        if t[0] == "branch":
            return [t[2], t[3]]
        return []


class MFunction:
    """The machine IR of one compiled function: blocks by id (the entry first), the register
    class of every virtual register (``g`` or ``p``) and the guards in guard-number order."""

    def __init__(self, code: Any) -> None:
        self.code = code
        self.blocks: dict[int, MBlock] = {}
        self.order: list[int] = []
        self.vclass: list[str] = []
        self.guards: list[Any] = []  # IR guard nodes, index = guard number

    def vreg(self, cls: str) -> int:
        self.vclass.append(cls)
        return len(self.vclass) - 1

    def live_blocks(self) -> list[MBlock]:
        return [self.blocks[b] for b in self.order]
