"""Machine-independent passes over the SSA IR, run in order by ``optimize``:

- ``simplify_phis``: a phi whose inputs are all one value (or itself) is that value.
- ``fold_constants``: float64 and int32 arithmetic and compares of constants.
- ``licm``: loop-invariant nodes and guards move to the loop's preheader.
- ``gvn``: global value numbering of pure nodes, guards included (a guard dominated by the same
  guard on the same value is redundant), over the dominator tree.
- ``dce``: nodes without uses and without effects are removed.

Each pass keeps the IR valid (``ir.verify`` runs after every pass when dumping or testing).
"""
from __future__ import annotations

import math
from typing import Callable

from .ir import Block, Graph, Node
from .nodes import NODES


def replace_uses(g: Graph, old: Node, new: Node) -> None:
    for b in g.blocks:
        if b.entry_state is not None and old in b.entry_state.values():
            b.entry_state.replace(old, new)
    for n in g.nodes():
        if old in n.inputs:
            n.inputs = [new if i is old else i for i in n.inputs]
        if n.state is not None and old in n.state.values():
            n.state.replace(old, new)


def remove(n: Node) -> None:
    n.block.nodes.remove(n)
    n.block = None


def simplify_phis(g: Graph) -> None:
    changed = True
    while changed:
        changed = False
        for b in g.blocks:
            for phi in list(b.phis()):
                others = {i.id: i for i in phi.inputs if i is not phi}
                if len(others) == 1:
                    (v,) = others.values()
                    replace_uses(g, phi, v)
                    remove(phi)
                    changed = True


FOLD_F: dict[str, Callable[[float, float], float | bool]] = {
    "AddF": lambda a, b: a + b, "SubF": lambda a, b: a - b, "MulF": lambda a, b: a * b,
    "LtF": lambda a, b: a < b, "LeF": lambda a, b: a <= b, "GtF": lambda a, b: a > b,
    "GeF": lambda a, b: a >= b, "EqF": lambda a, b: a == b, "NeF": lambda a, b: a != b,
}


CMP = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
       ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b}
FOLD_I: dict[str, Callable[..., int | bool]] = {
    "AddI": lambda a, b: a + b, "SubI": lambda a, b: a - b,
    "CheckedAddI": lambda a, b: a + b, "CheckedSubI": lambda a, b: a - b,
}


def fold_constants(g: Graph) -> None:
    """Float64 operations of constants (Python's float arithmetic is IEEE double arithmetic:
    the results are those the machine computes; division, which raises in Python, is left)."""
    consts: dict[tuple, Node] = {}
    entry = g.blocks[0]
    for n in entry.nodes:
        if n.op in ("ConstF", "ConstB", "ConstI"):
            consts.setdefault((n.op, n.aux, math.copysign(1, n.aux) if n.op == "ConstF" else 0), n)

    def const(op: str, v: float | bool) -> Node:
        key = (op, v, math.copysign(1, v) if op == "ConstF" else 0)
        c = consts.get(key)
        if c is None:
            c = g.make(op, [], v)
            c.block = entry
            entry.nodes.insert(0, c)
            consts[key] = c
        return c

    for b in g.blocks:
        for n in list(b.nodes):
            fold = FOLD_F.get(n.op)
            if fold and all(i.op == "ConstF" for i in n.inputs):
                r = fold(n.inputs[0].aux, n.inputs[1].aux)
                new = const("ConstB" if type(r) is bool else "ConstF", r)
            elif n.op == "NegF" and n.inputs[0].op == "ConstF":
                new = const("ConstF", -n.inputs[0].aux)
            elif n.op in FOLD_I and all(i.op == "ConstI" for i in n.inputs):
                r = FOLD_I[n.op](n.inputs[0].aux, n.inputs[1].aux)
                if type(r) is int and not -2**31 <= r < 2**31:
                    continue  # it overflows: the guard bails out at run time, as it must
                new = const("ConstB" if type(r) is bool else "ConstI", r)
            elif n.op == "CmpI" and all(i.op == "ConstI" for i in n.inputs):
                new = const("ConstB", CMP[n.aux](n.inputs[0].aux, n.inputs[1].aux))
            elif n.op == "IToF" and n.inputs[0].op == "ConstI":
                new = const("ConstF", float(n.inputs[0].aux))
            elif n.op == "NotB" and n.inputs[0].op == "ConstB":
                new = const("ConstB", not n.inputs[0].aux)
            else:
                continue
            replace_uses(g, n, new)
            remove(n)


def dominators(g: Graph) -> dict[int, Block | None]:
    """Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm over RPO)."""
    order: list[Block] = []
    seen: set[int] = set()

    def dfs(b: Block) -> None:  # iterative post-order
        stack = [(b, iter(b.succs))]
        seen.add(b.id)
        while stack:
            blk, it = stack[-1]
            for s in it:
                if s.id not in seen:
                    seen.add(s.id)
                    stack.append((s, iter(s.succs)))
                    break
            else:
                order.append(blk)
                stack.pop()

    dfs(g.blocks[0])
    rpo = order[::-1]
    index = {b.id: i for i, b in enumerate(rpo)}
    idom: dict[int, Block | None] = {rpo[0].id: rpo[0]}

    def intersect(a: Block, b: Block) -> Block:
        while a is not b:
            while index[a.id] > index[b.id]:
                a = idom[a.id]
            while index[b.id] > index[a.id]:
                b = idom[b.id]
        return a

    changed = True
    while changed:
        changed = False
        for b in rpo[1:]:
            preds = [p for p in b.preds if p.id in idom]
            new = preds[0]
            for p in preds[1:]:
                new = intersect(p, new)
            if idom.get(b.id) is not new:
                idom[b.id] = new
                changed = True
    idom[rpo[0].id] = None
    return idom


def gvn(g: Graph) -> None:
    """Pure nodes (guards included) with the same op, aux and inputs as a dominating node are
    replaced by it; a guard's result is the dominating guard's."""
    idom = dominators(g)
    children: dict[int, list[Block]] = {}
    for b in g.blocks:
        d = idom.get(b.id)
        if d is not None:
            children.setdefault(d.id, []).append(b)
    table: dict[tuple, Node] = {}

    def visit(b: Block) -> None:
        added = []
        for n in list(b.nodes):
            d = NODES[n.op]
            if d.effects != "pure" or n.op == "Phi" or d.result == "?" or n.op.startswith("Const") \
                    or n.op == "Frame":
                continue
            key = (n.op, id(n.aux) if n.aux is not None else None, tuple(i.id for i in n.inputs))
            old = table.get(key)
            if old is not None:
                if n.type != "-":
                    replace_uses(g, n, old)
                remove(n)
            else:
                table[key] = n
                added.append(key)
        for c in children.get(b.id, []):
            visit(c)
        for key in added:
            del table[key]

    visit(g.blocks[0])


HOIST_READS = frozenset({"LoadField", "ListLen", "Length", "CheckShape", "ByteLen"})
HOIST_ITEMS = frozenset({"LoadItem", "LoadItemK"})
RESHAPING = frozenset({"StoreField", "ListAppend"})


def loop_body(header: Block, idom: dict[int, Block | None] | None = None) -> set[int]:
    """The blocks of the natural loop of ``header``: those that reach a back edge's source
    without passing through the header. With ``idom`` (the dominator tree), only blocks the
    header dominates count (an OSR entry edge reaches an inner header from outside its outer
    loop; the walk must not follow it out)."""
    def dominated(b: Block) -> bool:
        if idom is None:
            return True
        while b is not None and b is not header:
            b = idom.get(b.id)
        return b is header

    body = {header.id}
    work = [p for p in header.preds[1:] if dominated(p)]  # the back edges (the entry edge comes first)
    while work:
        b = work.pop()
        if b.id in body or not dominated(b):
            continue
        body.add(b.id)
        work.extend(b.preds)
    return body


def licm(g: Graph) -> None:
    """Loop-invariant code motion, inner loops first: a node of the loop whose inputs are all
    defined outside it moves to the preheader (the header's one forward predecessor). Pure
    nodes always may; guards too, resuming at the loop header with the values entering the
    loop (a guard that would not have run can only bail out early, which is correct: its site
    is then compiled without speculation); field reads and shape guards when the loop calls
    nothing (only runtime calls add properties or swap elements); element reads when the loop
    also stores nothing."""
    headers = [b for b in g.blocks if b.loop_header and b.entry_state is not None]
    idom = dominators(g)
    bodies = [(h, loop_body(h, idom)) for h in headers]
    for h, body in sorted(bodies, key=lambda hb: len(hb[1])):
        pre = h.preds[0]
        if len(pre.succs) != 1 or pre.id in body:
            continue
        blocks = [b for b in g.blocks if b.id in body]
        effects = {NODES[n.op].effects for b in blocks for n in b.nodes if n.op != "Tick"}
        writes = {n.op for b in blocks for n in b.nodes if NODES[n.op].effects == "write"}
        stores = bool(writes)
        reshapes = bool(writes & RESHAPING)  # a transition changes shapes, slots and lengths
        inside = {n.id for b in blocks for n in b.nodes}
        moved = True
        while moved:
            moved = False
            for b in blocks:
                for n in list(b.nodes):
                    d = NODES[n.op]
                    if n.op == "Phi" or d.effects == "control" or any(i.id in inside for i in n.inputs):
                        continue
                    if d.effects == "pure" or (n.op in HOIST_READS and "call" not in effects and not reshapes) or \
                            (n.op in HOIST_ITEMS and "call" not in effects and not stores):
                        b.nodes.remove(n)
                        pre.nodes.insert(len(pre.nodes) - 1, n)
                        n.block = pre
                        if d.deopt:
                            n.state = h.entry_state
                        inside.discard(n.id)
                        moved = True


def dce(g: Graph) -> None:
    """Remove nodes that nothing uses and that have no effect (pure, non-guard, non-control)."""
    while True:
        used: set[int] = set()
        for b in g.blocks:
            if b.entry_state is not None:
                used.update(i.id for i in b.entry_state.values())
        for n in g.nodes():
            used.update(i.id for i in n.inputs)
            if n.state is not None:
                used.update(i.id for i in n.state.values())
        dead = [n for n in g.nodes() if n.id not in used and NODES[n.op].effects in ("pure", "read")
                and not NODES[n.op].deopt and n.op not in ("Frame",)]
        if not dead:
            return
        for n in dead:
            remove(n)


PASSES: list[tuple[str, Callable[[Graph], None]]] = [
    ("simplify-phis", simplify_phis), ("fold-constants", fold_constants), ("gvn", gvn), ("licm", licm),
    ("gvn", gvn), ("dce", dce)]
