"""Machine-independent passes over the SSA IR, run in order by ``optimize``:

- ``prune_branches``: a branch on a constant becomes a jump; unreachable blocks go.
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


def prune_branches(g: Graph) -> None:
    """A branch on a constant jumps; blocks no longer reachable go (with their phi inputs), and
    the rest are put in reverse post-order. An OSR unit's entry branch thus leaves only the
    way in through the running frame's state, and the OSR loop's header gets a preheader that
    dominates it (LICM, the bounds pass)."""
    for b in g.blocks:
        c = b.nodes[-1] if b.nodes else None
        if c is not None and c.op == "Branch" and c.inputs[0].op == "ConstB":
            keep, drop = b.succs if c.inputs[0].aux else b.succs[::-1]
            j = g.make("Jump", [], None, c.pc)
            j.block = b
            b.nodes[-1] = j
            c.block = None
            b.succs = [keep]
            cut_edge(b, drop)
    rpo = reverse_postorder(g)
    seen = {b.id for b in rpo}
    for b in [b for b in g.blocks if b.id not in seen]:
        for s_ in list(b.succs):
            if s_.id in seen:
                cut_edge(b, s_)
    # in dominance order: with the entry path gone, an OSR unit's inner loop dominates the
    # outer loop's header, which comes before it in bytecode order (backends lower in order)
    g.blocks = rpo
    g.renumber_blocks()


def cut_edge(src: Block, dst: Block) -> None:
    k = dst.preds.index(src)
    if k == 0:  # a loop header's entering edge: no preheader, nothing to hoist, no entry state
        dst.entry_state = None
    del dst.preds[k]
    for phi in dst.phis():
        del phi.inputs[k]


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
    const = g.const

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


def reverse_postorder(g: Graph) -> list[Block]:
    """The blocks reachable from the entry, in reverse post-order (every block after its
    dominators)."""
    order: list[Block] = []
    seen = {g.blocks[0].id}
    stack = [(g.blocks[0], iter(g.blocks[0].succs))]
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
    return order[::-1]


def dominators(g: Graph) -> dict[int, Block | None]:
    """Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm over RPO)."""
    rpo = reverse_postorder(g)
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


HOIST_READS = frozenset({"LoadField", "ListLen", "Length", "CheckShape", "ByteLen", "CheckNotIn"})
HOIST_ITEMS = frozenset({"LoadItem", "LoadItemK"})
RESHAPING = frozenset({"StoreField", "ListAppend", "AppendElem"})


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
        if len(pre.succs) != 1 or pre.id in body or idom.get(h.id) is not pre:
            continue  # (an OSR entry into an inner loop reaches this header around its preheader)
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


INT32_MAX = 2**31 - 1


def induction(phi: Node) -> bool:
    """A loop phi that only counts up: every back-edge input is the phi itself or the phi
    plus a constant >= 0 (so it never decreases from the value entering the loop)."""
    return phi.type == "I" and all(
        i is phi or (i.op in ("CheckedAddI", "AddI") and i.inputs[0] is phi and i.inputs[1].op == "ConstI"
                     and i.inputs[1].aux >= 0) for i in phi.inputs[1:])


def loop_test(h: Block, body: set[int]) -> tuple[Node, Node, Block] | None:
    """The header's exit test ``phi < n`` (int32 CmpI, or a float64 LtF of the phi) with a
    loop-invariant n: (phi, n, the block that starts the body when it holds)."""
    c = h.control
    if c.op != "Branch" or len(h.succs) != 2:
        return None
    t, f = h.succs
    if t.id not in body or f.id in body or len(t.preds) != 1:
        return None
    cond = c.inputs[0]
    if cond.op == "CmpI" and cond.aux == "<":
        phi, n = cond.inputs
    elif cond.op == "LtF" and cond.inputs[0].op == "IToF":
        phi, n = cond.inputs[0].inputs[0], cond.inputs[1]
    else:
        return None
    if phi.op != "Phi" or phi.block is not h or not induction(phi) or n.block is None or n.block.id in body:
        return None
    return phi, n, t


def dominated_by(b: Block, top: Block, idom: dict[int, Block | None]) -> bool:
    while b is not None and b is not top:
        b = idom.get(b.id)
    return b is top


def bounds_and_overflow(g: Graph) -> None:
    """Bounds-check and overflow-check elimination for counted loops (``for (i = k; i < n;
    i++)``): in the body, where ``i < n`` holds, ``i + 1`` cannot overflow when n is an int32,
    and ``a[i]``'s bounds check against an invariant length L is replaced by one guard in the
    preheader, ``k >= 0 and n <= L`` (resuming at the loop header when it fails, as hoisted
    guards do). With that guard n <= L < 2**31, so ``i + 1`` cannot overflow either."""
    if not g.can("AddI", "CmpI"):
        return
    idom = dominators(g)
    for h in [b for b in g.blocks if b.loop_header and b.entry_state is not None]:
        body = loop_body(h, idom)
        test = loop_test(h, body)
        pre = h.preds[0]
        entries = [p for p in h.preds if p.id not in body]
        if test is None or entries != [pre] or len(pre.succs) != 1 or idom.get(h.id) is not pre:
            continue  # (an OSR entry adds a second way in, or reaches the loop around its preheader)
        phi, n, top = test
        inner = [b for b in g.blocks if b.id in body and dominated_by(b, top, idom)]
        checks = [m for b in inner for m in b.nodes if m.op == "CheckBounds" and m.inputs[0] is phi
                  and m.inputs[1].block is not None and m.inputs[1].block.id not in body]
        bounded = n.type == "I"
        for m in checks:
            length = m.inputs[1]
            init = phi.inputs[0]
            conds = [] if init.op == "ConstI" and init.aux >= 0 else [("CmpI", [init, g.const("ConstI", 0)], ">=")]
            conds.append(("CmpI", [n, length], "<=") if n.type == "I" else ("LeF", [n, ("IToF", [length], None)], None))
            for op, inputs, aux in conds:
                ins = [insert_before_end(g, pre, *i) if type(i) is tuple else i for i in inputs]
                k = g.make("CheckTrue", [insert_before_end(g, pre, op, ins, aux)], site(m), m.pc, h.entry_state)
                k.block = pre
                pre.nodes.insert(len(pre.nodes) - 1, k)
            remove(m)
            bounded = True
        if not bounded:
            continue
        for b in inner:
            for m in list(b.nodes):
                if m.op == "CheckedAddI" and m.inputs[0] is phi and m.inputs[1].op == "ConstI" and m.inputs[1].aux == 1:
                    new = g.make("AddI", list(m.inputs), None, m.pc)
                    new.block = b
                    b.nodes[b.nodes.index(m)] = new
                    replace_uses(g, m, new)
                    m.block = None


def insert_before_end(g: Graph, b: Block, op: str, inputs: list, aux: object) -> Node:
    n = g.make(op, inputs, aux)
    n.block = b
    b.nodes.insert(len(b.nodes) - 1, n)
    return n


def site(m: Node) -> tuple:
    """The speculation site a guard stands for (deopt.site_of's rule for one frame)."""
    return m.aux if type(m.aux) is tuple else ("pc", m.pc)


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
    ("prune-branches", prune_branches), ("simplify-phis", simplify_phis), ("fold-constants", fold_constants), ("gvn", gvn), ("licm", licm),
    ("gvn", gvn), ("bounds-and-overflow", bounds_and_overflow), ("dce", dce)]
