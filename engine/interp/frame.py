"""Frames: the activation record of one JS function call in tier 0."""
from __future__ import annotations

from typing import Any

MAX_DEPTH = 10000  # JS frames before "Maximum call stack size exceeded" (node allows about 10800)


class Reentry:
    """How many JS calls made through [[Call]]/[[Construct]] (by a built-in, an accessor, the
    host, or a call tier 0 does not inline) are running. A frame with no JS caller starts at
    this depth, so the depth limit holds across built-ins: `[1].forEach(f)` inside `f` is a
    RangeError at MAX_DEPTH, not a Python stack overflow."""

    depth = 0


class Frame:
    """Operand stack, locals, current context and the call's this / new.target / arguments.

    The slots are what every call sets; the rarely used fields (generators, construct calls,
    arguments objects) are class-level defaults that an instance overrides in its __dict__
    only when it needs them, which keeps frame creation cheap."""

    __slots__ = ("code", "pc", "stack", "locals", "ctx", "this", "func", "args", "parent",
                 "this_frame", "construct", "depth", "strict", "__dict__")

    new_target: Any = None
    suspended = False
    suspend_kind = ""
    generator: Any = None
    delegate: Any = None
    pygen: Any = None  # tier 1: the Python generator running a suspendable frame
    arguments_obj: Any = None
    fields_done = False

    def __init__(self, code: Any, func: Any, this: Any, args: list, ctx: Any, parent: "Frame | None") -> None:
        self.code = code
        self.pc = 0
        self.stack: list = []
        self.locals: list = [None] * code.nlocals
        self.ctx = ctx
        self.this = this
        self.func = func
        self.args = args
        self.parent = parent
        self.this_frame: Frame = self
        self.construct = False
        self.depth = Reentry.depth if parent is None else parent.depth + 1
        self.strict = code.strict

    def __repr__(self) -> str:
        return f"<Frame {self.code.name} pc={self.pc}>"


class _NoCaller:
    """The parent given to a call that has no JS caller frame (a call from a built-in or the
    host): its callee is at the re-entry depth, as make_frame(..., parent=None) makes it."""

    __slots__ = ()

    @property
    def depth(self) -> int:
        return Reentry.depth - 1


NO_CALLER = _NoCaller()
