"""What may run before the guards and branches that precede it, and speculative loads
(docs/VLIW.md, "Speculation").

Guards (exits) and branches are the region's control points. A *pure* operation never faults
and writes its own SSA register, so it may issue anywhere its operands allow: above an exit,
above a branch (its result is dead on the path the branch takes). A *load* may fault when the
guard before it fails (the float inside what is not a Number, an element past the end, a field
of what is not an object); with speculation on it may issue above those guards and branches as
a speculative load (``.s``), which never faults: a failed one yields NAT, which flows through
arithmetic (as NAT) and traps only when a non-speculative operation uses it. The guard that
protects the load always comes first in program order, and exits are in program order, so a
NAT never reaches anything but dead values. Stores, calls, exits, branches and the loop tick
are never hoisted above each other.
"""
from __future__ import annotations

from .mir import MOp


def needs_guard(op: MOp, tech) -> bool:
    """Must this load wait for the exits and branches before it (speculation off)?"""
    return not tech.speculate and not op.spec


def effect_latency(first: str, then: str) -> int:
    """Minimum distance in cycles between two effectful operations in program order: after
    a branch or a call, everything goes to a later bundle; after an exit, stores, calls and
    ticks too (they would run before the exit is taken), while later exits and branches may
    share its bundle (the earliest exit in program order wins); stores and ticks order by
    position within a bundle."""
    if first in ("ctl", "call"):
        return 1
    if first == "exit":
        return 0 if then in ("exit", "ctl") else 1
    return 0


def mark_speculative(ops: list[MOp], cycle_of: list[int]) -> None:
    """A load issued no later than an exit or branch that precedes it in program order runs
    before that control point has decided: it is speculative."""
    latest = -1
    for j, op in enumerate(ops):
        k = op.kind
        if k == "load" and cycle_of[j] <= latest:
            op.spec = True
        elif k in ("exit", "ctl") and cycle_of[j] > latest:
            latest = cycle_of[j]
