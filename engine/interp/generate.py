"""Generates both tier-0 dispatch loops from the opcode table.

* ``switch``: one Python function whose loop body is an if/elif tree over the opcode number
  (hot opcodes first, then a binary search), with every snippet inlined.
* ``threaded``: one handler function per opcode; the decoded instruction stream holds
  ``(handler, operand)`` pairs, so dispatch is a call through the stream itself.

Macros in snippets (see engine/bytecode/opcodes.py) expand differently in the two forms.
"""
from __future__ import annotations

import re
from typing import Any

from ..bytecode import opcodes as O

# Opcodes tested first, in this order (the rest are found by binary search).
HOT = ["GET_LOCAL", "CONST", "GET_PROP", "PUT_LOCAL", "JUMP_IF_FALSE", "GET_CTX", "ADD", "JUMP",
       "CALL", "LT", "RETURN", "SET_PROP", "GET_ELEM", "POP", "SET_LOCAL", "GET_GLOBAL", "DUP",
       "GET_PROP_KEEP", "SUB", "MUL", "INC", "UNDEF", "SEQ", "THIS"]

RELOAD = ("code_obj = f.code; code = code_obj.code; K = code_obj.consts; FB = code_obj.feedback; "
          "stack = f.stack; lv = f.locals; pc = f.pc")

_MACRO = re.compile(r"^(\s*)(JUMP|ENTER|LEAVE|RAISE|SUSPEND)\((.*)\)\s*$")


def expand_switch(body: str) -> list[str]:
    out = []
    for line in body.split("\n"):
        m = _MACRO.match(line)
        if not m:
            out.append(line)
            continue
        ind, mac, a = m.groups()
        if mac == "JUMP":
            out += [f"{ind}pc = {a}", f"{ind}continue"]
        elif mac == "RAISE":
            out.append(f"{ind}raise R.JSThrow({a})")
        elif mac == "ENTER":
            out += [f"{ind}nf = {a}", f"{ind}f.pc = pc", f"{ind}f = nf", f"{ind}{RELOAD}",
                    f"{ind}if FB is None:", f"{ind}    FB = R.init_feedback(code_obj)", f"{ind}continue"]
        elif mac == "LEAVE":
            out += [f"{ind}v = {a}", f"{ind}if f is entry:", f"{ind}    f.pc = pc",
                    f"{ind}    f.suspended = False", f"{ind}    return v",
                    f"{ind}if f.construct:", f"{ind}    v = R.finish_construct(f, v)",
                    f"{ind}f = f.parent", f"{ind}{RELOAD}", f"{ind}stack.append(v)", f"{ind}continue"]
        elif mac == "SUSPEND":
            kind, val = a.split(",", 1)
            out += [f"{ind}f.pc = pc", f"{ind}f.suspended = True", f"{ind}f.suspend_kind = {kind}",
                    f"{ind}return {val.strip()}"]
    return out


def _tree(ops: list, ind: str) -> list[str]:
    """An if/else binary search over ``ops`` (sorted by code)."""
    if len(ops) <= 3:
        lines = []
        for i, d in enumerate(ops):
            kw = "if" if i == 0 else "elif"
            if i == len(ops) - 1 and i > 0:
                lines.append(f"{ind}else:  # {d.name}")
            else:
                lines.append(f"{ind}{kw} op == {d.code}:  # {d.name}")
            lines += [ind + "    " + ln for ln in expand_switch(d.body)]
        return lines
    mid = len(ops) // 2
    return ([f"{ind}if op < {ops[mid].code}:"] + _tree(ops[:mid], ind + "    ")
            + [f"{ind}else:"] + _tree(ops[mid:], ind + "    "))


def switch_source() -> str:
    hot = [O.BY_NAME[n] for n in HOT]
    rest = sorted((d for d in O.OPS if d.name not in HOT), key=lambda d: d.code)
    body = []
    for i, d in enumerate(hot):
        body.append(f"{'if' if i == 0 else 'elif'} op == {d.code}:  # {d.name}")
        body += ["    " + ln for ln in expand_switch(d.body)]
    body.append("else:")
    body += _tree(rest, "    ")
    ind = " " * 16
    loop = "\n".join(ind + ln for ln in body)
    return f'''
def run_switch(entry):
    f = entry
    pc = f.pc
    while True:
        try:
            {RELOAD}
            if FB is None:
                FB = R.init_feedback(code_obj)
            while True:
                op, arg = code[pc]
                pc += 1
{loop}
        except R.JSThrow as e:
            f.pc = pc if type(e) is not R.LeftFrame else R.PAST_END
            f = R.unwind(f, e.value, entry, False)
            pc = f.pc
        except R.GenReturn as e:
            f.pc = pc
            f = R.unwind(f, e.value, entry, True)
            if f is None:
                entry.suspended = False
                return e.value
            pc = f.pc
        except RecursionError:
            f.pc = pc
            f = R.unwind(f, R.stack_overflow_error(), entry, False)
            pc = f.pc
'''


def expand_threaded(body: str) -> list[str]:
    out = []
    for line in body.split("\n"):
        m = _MACRO.match(line)
        if not m:
            out.append(line)
            continue
        ind, mac, a = m.groups()
        if mac == "JUMP":
            out.append(f"{ind}return {a}")
        elif mac == "RAISE":
            out.append(f"{ind}raise R.JSThrow({a})")
        elif mac == "ENTER":
            out.append(f"{ind}return (0, {a})")
        elif mac == "LEAVE":
            out.append(f"{ind}return (1, {a})")
        elif mac == "SUSPEND":
            kind, val = a.split(",", 1)
            out += [f"{ind}f.suspend_kind = {kind}", f"{ind}return (2, {val.strip()})"]
    return out


def threaded_source() -> str:
    parts = []
    for d in O.OPS:
        lines = expand_threaded(d.body)
        parts.append(f"def h_{d.name}(f, stack, lv, K, FB, arg, pc):\n"
                     + "\n".join("    " + ln for ln in lines) + "\n")
    parts.append("HANDLERS = [" + ", ".join(f"h_{d.name}" for d in O.OPS) + "]\n")
    parts.append('''
def run_threaded(entry):
    f = entry
    pc = f.pc
    while True:
        try:
            code_obj = f.code
            tcode = code_obj.threaded or R.thread_code(code_obj, HANDLERS)
            K = code_obj.consts
            FB = code_obj.feedback or R.init_feedback(code_obj)
            stack = f.stack
            lv = f.locals
            pc = f.pc
            while True:
                h, arg = tcode[pc]
                pc += 1
                r = h(f, stack, lv, K, FB, arg, pc)
                if r is None:
                    continue
                if type(r) is int:
                    pc = r
                    continue
                tag, v = r
                if tag == 0:
                    f.pc = pc
                    f = v
                elif tag == 1:
                    if f is entry:
                        f.pc = pc
                        f.suspended = False
                        return v
                    if f.construct:
                        v = R.finish_construct(f, v)
                    f = f.parent
                    f.stack.append(v)
                else:
                    f.pc = pc
                    f.suspended = True
                    return v
                break
        except R.JSThrow as e:
            f.pc = pc if type(e) is not R.LeftFrame else R.PAST_END
            f = R.unwind(f, e.value, entry, False)
        except R.GenReturn as e:
            f.pc = pc
            f = R.unwind(f, e.value, entry, True)
            if f is None:
                entry.suspended = False
                return e.value
        except RecursionError:
            f.pc = pc
            f = R.unwind(f, R.stack_overflow_error(), entry, False)
''')
    return "\n".join(parts)


def build(namespace: Any) -> dict[str, Any]:
    """Compile both loops; ``namespace`` is the runtime namespace ``R``."""
    g: dict[str, Any] = {"R": namespace}
    exec(compile(switch_source(), "<pyjs switch loop>", "exec"), g)
    exec(compile(threaded_source(), "<pyjs threaded loop>", "exec"), g)
    return g
