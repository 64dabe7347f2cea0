"""CodeObject: the compiled form of one function, script or eval body."""
from __future__ import annotations

from typing import Any


class CodeObject:
    """Bytecode plus everything the interpreter and the tiers need to run one function."""

    def __init__(self, name: str, filename: str, kind: str) -> None:
        self.name = name
        self.filename = filename
        # normal, arrow, method, getter, setter, classctor, derivedctor, script, eval, fields
        self.kind = kind
        self.is_generator = False
        self.is_async = False
        self.strict = False
        self.code: list[tuple[int, int]] = []     # (opcode, operand)
        self.consts: list[Any] = []
        self.lines: list[tuple[int, int]] = []    # per instruction: (line, column), 1-based
        self.handlers: list[tuple[int, int, int, int, bool]] = []  # start, end, handler, depth, is_finally
        self.nlocals = 0
        self.length = 0                  # the function's "length" property
        self.simple_params = 0           # n: args[0:n] are copied to locals 0..n-1 at entry
        self.has_context = False         # the prologue pushes a function context
        self.source_text = ""
        self.scope: Any = None           # compile-time Scope (direct eval resolves against it)
        self.feedback: list[Any] | None = None  # per instruction, written by tier 0
        self.call_count = 0              # tier-up counters (engine/interp/tierup.py)
        self.loop_count = 0
        self.tier_entry: Any = None      # tier 1: run a prepared Frame to completion
        self.osr_entry: Any = None       # tier 1: continue a running Frame at a loop header
        self.gen_entry: Any = None       # tier 1, suspendable code: a Frame -> a Python generator
        self.tier_failed = False
        self.site_text: dict[int, str] = {}  # pc -> source rendering of a call/iteration site (messages)
        self.uses_this = True
        self.is_class_constructor = False
        self.context_size = 0            # slots of the function context (has_context)
        self.this_mode = -1              # 0 strict, 1 sloppy, 2 arrow (set by make_function)
        self.referrer: str | None = None  # the script or module import() resolves against
        self.callee_context = False      # a named function expression whose name is captured
        self.threaded: list | None = None  # (handler, operand) stream for threaded dispatch

    def line_of(self, pc: int) -> tuple[int, int]:
        if 0 <= pc < len(self.lines):
            return self.lines[pc]
        return (0, 0)

    def __repr__(self) -> str:
        return f"<code {self.name} {self.filename}>"
