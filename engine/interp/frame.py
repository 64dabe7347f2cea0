"""Frames: the activation record of one JS function call in tier 0."""
from __future__ import annotations

from typing import Any

MAX_DEPTH = 10000  # JS frames before "Maximum call stack size exceeded" (node allows about 10800)


class Frame:
    """Operand stack, locals, current context and the call's this / new.target / arguments."""

    __slots__ = ("code", "pc", "stack", "locals", "ctx", "this", "func", "new_target", "args",
                 "parent", "this_frame", "construct", "depth", "suspended", "suspend_kind",
                 "generator", "delegate", "arguments_obj", "fields_done", "strict")

    def __init__(self, code: Any, func: Any, this: Any, args: list, ctx: Any, parent: "Frame | None") -> None:
        self.code = code
        self.pc = 0
        self.stack: list = []
        self.locals: list = [None] * code.nlocals
        self.ctx = ctx
        self.this = this
        self.func = func
        self.new_target = None
        self.args = args
        self.parent = parent
        self.this_frame: Frame = self
        self.construct = False
        self.depth = 0 if parent is None else parent.depth + 1
        self.suspended = False
        self.suspend_kind = ""
        self.generator: Any = None
        self.delegate: Any = None
        self.arguments_obj: Any = None
        self.fields_done = False
        self.strict = code.strict

    def __repr__(self) -> str:
        return f"<Frame {self.code.name} pc={self.pc}>"
