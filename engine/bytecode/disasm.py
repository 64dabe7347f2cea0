"""Disassembler: a readable listing of a CodeObject and its nested functions, with source lines.
Operand rendering follows the operand kinds of the opcode table."""
from __future__ import annotations

from typing import Any

from . import opcodes as O
from .code import CodeObject


def _operand(code: CodeObject, d: O.OpDef, arg: int) -> str:
    k = d.operand
    if k == "-":
        return ""
    if k == "k":
        v = code.consts[arg]
        if isinstance(v, CodeObject):
            return f"<function {v.name or '(anonymous)'}>"
        text = repr(v)
        return text if len(text) <= 40 else text[:37] + "..."
    if k == "l":
        return f"local {arg}"
    if k == "c":
        return f"ctx depth {arg >> 16} slot {arg & 0xFFFF}"
    if k == "j":
        return f"-> {arg}"
    return str(arg)


def disassemble(code: CodeObject, source: str | None = None) -> str:
    """The listing of ``code`` and, after it, of every function nested in it."""
    lines = source.split("\n") if source is not None else None
    out = [f"== {code.name or '(anonymous)'} ({code.kind}{', strict' if code.strict else ''}) "
           f"locals={code.nlocals} params={code.simple_params} file={code.filename}"]
    last_line = None
    for pc, (op, arg) in enumerate(code.code):
        line, col = code.line_of(pc)
        if lines is not None and line != last_line and 0 < line <= len(lines):
            out.append(f"     ; {line}: {lines[line - 1].strip()}")
            last_line = line
        d = O.OPS[op]
        out.append(f"{pc:5d}  {d.name:<18} {_operand(code, d, arg)}")
    for start, end, handler, depth, is_finally in code.handlers:
        out.append(f"       handler [{start}, {end}) -> {handler} depth {depth}{' finally' if is_finally else ''}")
    for c in code.consts:
        if isinstance(c, CodeObject):
            out.append("")
            out.append(disassemble(c, source if c.filename == code.filename else None))
    return "\n".join(out)


def dump_source(source: str, filename: str) -> str:
    """Compile a script and disassemble it (``pyjs --dump=bytecode file.js``)."""
    from .funcs import compile_script
    return disassemble(compile_script(source, filename), source)


def dump_code(code: Any) -> str:
    return disassemble(code)
