"""The bytecode emitter: instruction list, constants, labels, stack-depth tracking.

Stack effects come from the opcode table; the emitter keeps the static stack depth so that
exception handlers know how deep the operand stack is at their try block.
"""
from __future__ import annotations

from typing import Any

from . import opcodes as O
from .code import CodeObject


class Label:
    __slots__ = ("pc", "patches")

    def __init__(self) -> None:
        self.pc = -1
        self.patches: list[int] = []


class Emitter:
    """Appends instructions to a CodeObject."""

    def __init__(self, code: CodeObject) -> None:
        self.code = code
        self.depth = 0
        self.line = (0, 0)
        self._const_index: dict[Any, int] = {}

    def emit(self, name: str, arg: int = 0, depth_delta: int | None = None) -> int:
        d = O.BY_NAME[name]
        self.code.code.append((d.code, arg))
        self.code.lines.append(self.line)
        if depth_delta is None:
            depth_delta = d.pushes - d.pops if d.pops >= 0 and d.pushes >= 0 else 0
        self.depth += depth_delta
        return len(self.code.code) - 1

    def const(self, value: Any) -> int:
        """Index of ``value`` in the constant pool (equal immutable values share an entry)."""
        key = None
        if type(value) in (str, float, int, bool, tuple) and not (type(value) is float and value == 0.0):
            key = (type(value), value)
        if key is not None:
            idx = self._const_index.get(key)
            if idx is not None:
                return idx
        self.code.consts.append(value)
        idx = len(self.code.consts) - 1
        if key is not None:
            self._const_index[key] = idx
        return idx

    def emit_const(self, value: Any) -> None:
        if value is None:
            self.emit("UNDEF")
        else:
            self.emit("CONST", self.const(value))

    def jump(self, name: str, label: Label, depth_delta: int | None = None) -> None:
        pc = self.emit(name, -1, depth_delta)
        if label.pc >= 0:
            self.code.code[pc] = (self.code.code[pc][0], label.pc)
        else:
            label.patches.append(pc)

    def mark(self, label: Label) -> None:
        label.pc = len(self.code.code)
        for pc in label.patches:
            self.code.code[pc] = (self.code.code[pc][0], label.pc)
        label.patches.clear()

    @property
    def pc(self) -> int:
        return len(self.code.code)
