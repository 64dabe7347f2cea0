"""The VLIW backend's driver: optimized IR -> machine IR (isel) -> if-conversion -> peephole -> traces ->
regions with branch preparation -> software pipelining of loops -> unrolling of the other loops ->
list scheduling -> register allocation (with spilling) -> the simulator's program (docs/VLIW.md)."""
from __future__ import annotations

from pyjs.tiers.opt.deopt import Unit
from pyjs.tiers.opt.ir import Graph
from pyjs.tiers.opt.nodes import NODES

from .dump import format_program
from .ifconvert import if_convert
from .isel import Selector, select
from .peephole import peephole
from .pipeline import pipeline_loops
from .regalloc import allocate
from .region import build_regions
from .schedule import Techniques, schedule
from .simulator import Program
from .traces import Trace, form_traces
from .unroll import unroll_loops


class Config:
    """The techniques compiled code uses (the ablation switches them; tests too)."""
    techniques = Techniques()
    record: list | None = None   # tests: (layout, virtual registers per op) of every compiled function


def compile_layout(g: Graph, tech: Techniques) -> tuple[object, list[Trace]]:
    """The machine IR and the scheduled, register-allocated layout of ``g``."""
    mf = select(g)
    if tech.ifconvert:
        if_convert(mf, tech.speculate)
    peephole(mf)
    layout = build_regions(mf, form_traces(mf, tech.cross), tech.prep)
    if tech.pipeline:
        layout = pipeline_loops(mf, layout, tech)
    if tech.unroll:
        unroll_loops(mf, layout)
    def reschedule(t: Trace) -> None:
        t.bundles = schedule(t.ops, tech)

    def record() -> None:  # the virtual registers, for the tests' invariant checks
        Config.record.append((layout, {id(op): (op.dst, list(op.srcs), op.pred) for t in layout for op in t.ops}))
    for t in layout:
        if not t.pipelined:
            reschedule(t)
    allocate(mf, layout, reschedule, record if Config.record is not None else None)
    return mf, layout


# The IR nodes this backend selects instructions for: the builder makes no speculation that
# needs another (int32 arithmetic, typed arrays, transitions, escape analysis and global slots
# came to the IR after this backend; docs/VLIW.md "Limits").
NODES_SELECTED = frozenset(n for n in NODES if n == "Phi" or hasattr(Selector, "op_" + n))


def compile_graph(g: Graph, dump: list[str] | None) -> Unit:
    """A Unit whose ``native(frame)`` runs ``g`` in the simulator; ``dump`` (--dump=vliw)
    receives its bundles."""
    tech = Config.techniques
    mf, layout = compile_layout(g, tech)
    unit = Unit(g.code)
    unit.set_guards(mf.guards, [[] for _ in mf.guards])
    name = f"{g.code.name or '<anonymous>'} ({g.code.filename})"
    program = Program(unit, layout, name)
    unit.native = program.run
    unit.keep = [program]
    if dump is not None:
        dump.append(format_program(name, layout, tech))
    return unit
