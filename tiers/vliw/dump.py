"""--dump=vliw: each compiled function's bundles, one per line, channels as columns
(docs/VLIW.md shows an example). An operation reads ``op.s`` when it is a speculative load,
``(p3)``/``(!p3)`` when it is predicated, and ends with the IR node it implements (``@v12``)."""
from __future__ import annotations

from .machine import CHANNELS, GPRS, PREDS, SLOT_BASE
from .mir import MOp
from .traces import Trace


def reg(r: int) -> str:
    if r < GPRS:
        return f"r{r}"
    if r < GPRS + PREDS:
        return f"p{r - GPRS}"
    if r < SLOT_BASE:
        return f"ct{r - GPRS - PREDS}"
    return f"m{r - SLOT_BASE}"


def op_text(op: MOp) -> str:
    srcs = [reg(s) if type(s) is int else repr(s) for s in op.srcs]
    name = op.op + (".s" if op.spec else "")
    aux = op.aux
    if op.op == "exit":
        cond = srcs[0] if aux.sense else f"!{srcs[0]}"
        text = f"exit {cond} g{aux.guard} {aux.kind}"
    elif op.op in ("br", "jmp"):
        cond = "" if op.op == "jmp" else (srcs[0] if aux.sense else f"!{srcs[0]}") + " "
        text = f"{name} {cond}ct{aux.ctpr}->T{aux.target.index}"
    elif op.op == "prep":
        text = f"prep ct{aux[1]}=T{aux[0].index}"
    elif op.op == "call":
        fn = aux[0]
        text = f"call {reg(op.dst)}={getattr(fn, '__name__', type(fn).__name__)}({', '.join(srcs)})"
    else:
        extra = f" .{aux}" if aux is not None else ""
        lhs = f"{reg(op.dst)}=" if op.dst is not None else ""
        text = f"{name} {lhs}{', '.join(srcs)}{extra}"
    if op.pred is not None:
        text = f"({'' if op.psense else '!'}{reg(op.pred)}) {text}"
    return text + (f" @v{op.node}" if op.node >= 0 else "")


def format_program(name: str, layout: list[Trace], techniques: object) -> str:
    used = [c for c in CHANNELS if any(c in b.slots for t in layout for b in t.bundles)]
    cells = {}
    width = {c: len(c) for c in used}
    for t in layout:
        for b in t.bundles:
            for c, op in b.slots.items():
                cells[id(op)] = op_text(op)
                width[c] = max(width[c], len(cells[id(op)]))
    nb = sum(len(t.bundles) for t in layout)
    nops = sum(len(b.ops) for t in layout for b in t.bundles)
    out = [f"== {name}: VLIW, {len(layout)} traces, {nb} bundles, {nops} ops ({techniques})",
           "      " + " | ".join(c.ljust(width[c]) for c in used)]
    for t in layout:
        if t.pad_for is not None:
            out.append(f"T{t.index} pad: branch preparation for loop T{t.pad_for.index}")
        else:
            out.append(f"T{t.index} blocks {' '.join(f'B{b}' for b in t.blocks)}{' (loop)' if t.loop else ''}")
        for b in t.bundles:
            row = " | ".join((cells[id(b.slots[c])] if c in b.slots else "").ljust(width[c]) for c in used)
            out.append(f"  {b.cycle:>3} {row.rstrip()}")
    return "\n".join(out)
