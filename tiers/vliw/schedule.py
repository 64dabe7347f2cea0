"""List scheduling of a region into bundles, critical path first (docs/VLIW.md,
"Scheduling").

The dependence graph of a region (a trace's operations in program order) has an edge
``i -> j`` with a latency: ``j`` may issue no earlier than ``latency`` cycles after ``i``
(0: the same bundle, where every operation reads its operands before any writes its result).
Edges:

- data: the producer's latency (an exit waits for its condition only: the deopt handler
  reads the frame-state values when they have landed); a register written again after being
  read (a pipelined loop's prologue, or its kernel when spilling reschedules it) is written no
  earlier than the bundle of each such read (after it, for an exit's frame state);
- phi copies: after every reader of the phi's register in the region (0) and after every
  exit and branch (1);
- memory: a store against the loads of the areas it may overlap (``areas``: elements at two
  different constant indexes never do), stores in program order; runtime calls against
  everything;
- effects (stores, calls, exits, branches, ticks) stay in program order (speculate.py gives
  the latencies), and every operation before a branch issues no later than the branch;
- what may run above a guard's exit or a branch (speculate.py): pure operations always,
  loads only as speculative loads;
- branch preparation: prep -> its branch CTPR_LATENCY (region.py).

Each cycle the ready operations are taken by priority (the longest latency path from them to
the end of the region), each on the first free channel its class allows.
"""
from __future__ import annotations

from dataclasses import dataclass

from .machine import CLASSES, CTPR_LATENCY, MOPS
from .mir import MOp
from .speculate import effect_latency, mark_speculative, needs_guard

# The memory each load reads and each store writes, by area: list elements (``item``; a
# constant index k is its own area ``item k``), list lengths, object fields (an Array's length
# is one), typed-array bytes. Types, Number values, ints, bytearray lengths and dicts are never
# written by tier-2 code.
READS = {"ldi": ("item",), "ldlen": ("len",), "ldf": ("field",), "jslen": ("field",), "ldtyped": ("typed",),
         "noidx": ("field", "len")}
WRITES = {"st": ("item",), "stf": ("field",), "append": ("item", "len"), "sttf": ("typed",), "stti": ("typed",),
          "appendel": ("item", "len", "field")}


def areas(op: MOp, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The memory areas ``op`` reads (``READS``) or writes (``WRITES``)."""
    if op.op in ("ldik", "stk"):
        return (f"item {op.aux}",)
    return table.get(op.op, ())


def overlap(a: str, b: str) -> bool:
    """Two areas may share memory: the same area, or list elements of which one has a variable
    index (elements at two different constant indexes never do)."""
    return a == b or (a == "item" and b.startswith("item")) or (b == "item" and a.startswith("item"))


@dataclass(frozen=True)
class Techniques:
    """The scheduling techniques (each can be turned off for the ablation table)."""
    ifconvert: bool = True
    speculate: bool = True      # loads hoisted above guards and branches
    prep: bool = True           # early branch preparation (pads for loops)
    cross: bool = True          # regions are whole traces, not single blocks
    unroll: bool = True         # loop traces unrolled by two (unroll.py)
    pipeline: bool = True       # innermost loop traces modulo-scheduled (pipeline.py)


class Bundle:
    """The operations issued in one cycle: ``slots`` maps channel -> operation; ``ops`` are
    in program order."""
    __slots__ = ("cycle", "slots", "ops", "gap", "cause")

    def __init__(self, cycle: int) -> None:
        self.cycle = cycle
        self.slots: dict[str, MOp] = {}
        self.ops: list[MOp] = []
        self.gap = 0        # empty cycles before it (the schedule waits for a latency)
        self.cause = ""     # the class of the result it waits for


def dependences(ops: list[MOp], tech: Techniques) -> list[list[tuple[int, int]]]:
    """For each operation, its predecessors as (index, latency)."""
    preds: list[list[tuple[int, int]]] = [[] for _ in ops]
    readers: dict[int, list[int]] = {}
    for j, op in enumerate(ops):
        for r in op.reads():
            readers.setdefault(r, []).append(j)
    last_def: dict[int, int] = {}
    read_since: dict[int, list[tuple[int, int]]] = {}  # register -> (reader, latency) since its last write
    last_call = last_eff = last_exit = last_ctl = -1
    last_store: dict[str, int] = {}       # area -> its last store
    loads_of: dict[str, list[int]] = {}   # area -> loads since its last store
    mem_since_call: list[int] = []
    since_ctl: list[int] = []
    prep_of: dict[int, int] = {}
    ctpr_user: dict[int, int] = {}
    for j, op in enumerate(ops):
        kind = op.kind
        dep = preds[j]
        # data
        for k, s in enumerate(op.srcs):
            if type(s) is int and s in last_def:
                i = last_def[s]
                lat = 0 if kind == "exit" and k > 0 else MOPS[ops[i].op].latency
                dep.append((i, lat))
        if op.pred is not None and op.pred in last_def:
            i = last_def[op.pred]
            dep.append((i, MOPS[ops[i].op].latency))
        # memory
        if kind == "load":
            if last_call >= 0:
                dep.append((last_call, 1))
            for area in areas(op, READS):
                dep += [(i, 1) for w, i in last_store.items() if overlap(area, w)]
                loads_of.setdefault(area, []).append(j)
            mem_since_call.append(j)
            if needs_guard(op, tech):
                for i in (last_exit, last_ctl):
                    if i >= 0:
                        dep.append((i, 1))
        elif kind == "store":
            if last_call >= 0:
                dep.append((last_call, 1))
            for area in areas(op, WRITES):
                for r in [r for r in loads_of if overlap(area, r)]:
                    dep += [(i, 0) for i in loads_of.pop(r)]
                last_store[area] = j
            mem_since_call.append(j)
        elif kind == "call":
            dep += [(i, 0) for i in mem_since_call]
            if last_call >= 0:
                dep.append((last_call, 1))
            mem_since_call = []
            loads_of = {}
            last_call = j
        elif kind == "move":
            dep += [(i, 0) for i in readers.get(op.dst, ()) if i != j]
            for i in (last_exit, last_ctl):
                if i >= 0:
                    dep.append((i, 1))
        elif kind == "prep":
            ctpr = op.aux[1]
            if ctpr in ctpr_user:
                dep.append((ctpr_user[ctpr], 0))
            if not tech.prep:
                dep += [(i, 0) for i in since_ctl]
            prep_of[ctpr] = j
        # effects in program order
        if op.d.kind in ("store", "call", "exit", "ctl", "tick"):
            if last_eff >= 0:
                dep.append((last_eff, effect_latency(ops[last_eff].kind, kind)))
            last_eff = j
            if kind == "exit":
                last_exit = j
        if kind == "ctl":
            dep += [(i, 0) for i in since_ctl]
            if op.op != "ret":
                ctpr = op.aux.ctpr
                if ctpr in prep_of:
                    dep.append((prep_of[ctpr], CTPR_LATENCY))
                ctpr_user[ctpr] = j
            since_ctl = []
            last_ctl = j
        else:
            since_ctl.append(j)
        if op.dst is not None:
            if op.dst in last_def:  # a phi's second copy (unrolled loop): writes land in order
                dep.append((last_def[op.dst], 1))
            # a register written again (a pipelined loop's copies): not before its earlier readers
            dep += [(i, lat) for i, lat in read_since.pop(op.dst, ()) if i != j]
            last_def[op.dst] = j
        for k, r in enumerate(op.srcs):  # (an exit's state is read after its bundle's writes)
            if type(r) is int:
                read_since.setdefault(r, []).append((j, 1 if kind == "exit" and k > 0 else 0))
        if op.pred is not None:
            read_since.setdefault(op.pred, []).append((j, 0))
    return preds


def schedule(ops: list[MOp], tech: Techniques) -> list[Bundle]:
    """Pack ``ops`` (program order) into bundles; set each load's speculative mark."""
    n = len(ops)
    if n == 0:
        return []
    preds = dependences(ops, tech)
    succs: list[list[tuple[int, int]]] = [[] for _ in ops]
    for j, ps in enumerate(preds):
        for i, lat in ps:
            succs[i].append((j, lat))
    prio = [0] * n
    for i in range(n - 1, -1, -1):
        p = MOPS[ops[i].op].latency
        for j, lat in succs[i]:
            if lat + prio[j] > p:
                p = lat + prio[j]
        prio[i] = p
    npreds = [len(ps) for ps in preds]
    earliest = [0] * n
    why = [""] * n
    cycle_of = [-1] * n
    pending = [j for j in range(n) if npreds[j] == 0]
    bundles: list[Bundle] = []
    placed = 0
    cycle = 0
    while placed < n:
        bundle = Bundle(cycle)
        progress = True
        while progress:
            progress = False
            cands = sorted((j for j in pending if earliest[j] <= cycle), key=lambda j: (-prio[j], j))
            for j in cands:
                ch = next((c for c in CLASSES[MOPS[ops[j].op].cls].channels if c not in bundle.slots), None)
                if ch is None:
                    continue
                bundle.slots[ch] = ops[j]
                cycle_of[j] = cycle
                pending.remove(j)
                placed += 1
                progress = True
                for s, lat in succs[j]:
                    if cycle + lat > earliest[s]:
                        earliest[s] = cycle + lat
                        why[s] = MOPS[ops[j].op].cls
                    npreds[s] -= 1
                    if npreds[s] == 0:
                        pending.append(s)
        if bundle.slots:
            bundle.ops = sorted(bundle.slots.values(), key=lambda op: op.seq)
            if bundles:
                bundle.gap = cycle - bundles[-1].cycle - 1
                if bundle.gap:
                    bundle.cause = why[max((j for j in range(n) if cycle_of[j] == cycle), key=lambda j: earliest[j])]
            bundles.append(bundle)
        cycle += 1
    mark_speculative(ops, cycle_of)
    return bundles
