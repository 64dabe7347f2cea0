"""Machine-level clean-up after if-conversion (docs/VLIW.md, "Peephole").

A boolean the IR boxes and then tests again (``a && b`` in a condition: BoxB, a phi of the
boxes, TruthyT) stays in predicate registers: ``truthy p = boxb q`` is ``q`` (its uses are
renamed), and ``truthy p = sel c, boxb qa, boxb qb`` (an if-converted phi of boxes) is
``psel p = c, qa, qb``. Pure operations whose result nobody reads are then removed.
"""
from __future__ import annotations

from .mir import MFunction, MOp


def peephole(mf: MFunction) -> int:
    """Rewrite the patterns above; return how many operations were removed or replaced."""
    defs: dict[int, MOp] = {}
    for b in mf.live_blocks():
        for op in b.ops:
            if op.dst is not None and op.kind != "move":
                defs[op.dst] = op
    rename: dict[int, int] = {}
    count = 0
    for b in mf.live_blocks():
        for k, op in enumerate(b.ops):
            if op.op != "truthy" or type(op.srcs[0]) is not int or op.pred is not None:
                continue
            src = defs.get(op.srcs[0])
            if src is None or src.pred is not None:
                continue
            if src.op == "boxb":
                rename[op.dst] = src.srcs[0]
                b.ops[k] = None
                count += 1
            elif src.op == "sel":
                arms = [defs.get(x) if type(x) is int else None for x in src.srcs[1:]]
                if all(a is not None and a.op == "boxb" and a.pred is None for a in arms):
                    new = MOp("psel", op.dst, [src.srcs[0], arms[0].srcs[0], arms[1].srcs[0]], None, op.node)
                    new.seq, new.block = op.seq, op.block
                    b.ops[k] = new
                    count += 1
        b.ops = [op for op in b.ops if op is not None]
    if rename:
        def r(x):
            while type(x) is int and x in rename:
                x = rename[x]
            return x
        for b in mf.live_blocks():
            for op in b.ops:
                op.srcs = [r(s) for s in op.srcs]
                if op.pred is not None:
                    op.pred = r(op.pred)
            t = b.term
            if t[0] in ("branch", "ret"):
                b.term = (t[0], r(t[1])) + t[2:]
    return count + remove_dead(mf)


def remove_dead(mf: MFunction) -> int:
    """Remove pure operations whose result is never read (to a fixed point)."""
    removed = 0
    while True:
        used: set[int] = set()
        for b in mf.live_blocks():
            used.update(r for op in b.ops for r in op.reads())
            t = b.term
            if t[0] in ("branch", "ret") and type(t[1]) is int:
                used.add(t[1])
        n = 0
        for b in mf.live_blocks():
            keep = [op for op in b.ops if not (op.kind == "pure" and op.dst is not None and op.dst not in used
                                               and op.op != "frame")]
            n += len(b.ops) - len(keep)
            b.ops = keep
        if not n:
            return removed
        removed += n
