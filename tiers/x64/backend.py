"""The x86-64 backend's driver: optimized IR -> LLVM IR (lower.py) -> native code (jit.py)."""
from __future__ import annotations

import itertools
from pyjs.tiers.opt import helpers
from pyjs.tiers.opt.deopt import Unit
from pyjs.tiers.opt.ir import Graph

from .jit import jit
from .lower import Lowering

_names = itertools.count()


def compile_graph(g: Graph, dump: list[str] | None) -> Unit:
    """Native code for ``g``; ``dump`` (--dump=x64) receives its LLVM IR and assembly."""
    unit = Unit(g.code)
    name = f"pyjs_{next(_names)}"
    low = Lowering(g, name, unit.deopt, helpers.tick)
    module = low.lower()
    unit.set_guards(low.guards, [low.locations(n) for n in low.guards])
    unit.keep = low.keep
    unit.native, opt_ir, asm = jit().compile(str(module), name, unit, want_asm=dump is not None)
    if dump is not None:
        code = g.code
        dump.append(f"== {code.name or '<anonymous>'} ({code.filename}): LLVM IR\n{opt_ir}\n"
                    f"== {code.name or '<anonymous>'}: x86-64\n{asm}")
    return unit
