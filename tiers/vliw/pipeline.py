"""Software pipelining: modulo scheduling of innermost loop traces (docs/VLIW.md, "Software
pipelining").

A loop trace (one superblock that jumps back to its own head, with a branch-preparation pad,
no runtime call) gets a flat schedule ``sigma`` of one iteration such that iteration ``j``
issues each operation at ``sigma + j * II``: a new iteration starts every II cycles while
earlier ones finish. Readers of a phi in iteration j read the value iteration j - 1 computed
(the phi's copy stays: a loop exit's target reads the phi registers). Dependences are the
region's own (distance 0) and the loop-carried ones (distance 1):

- a phi's readers after the operation that computes its next value;
- every effect (exit, branch, store, tick) of an iteration after every effect of the previous
  one, so effects keep program order across iterations;
- stores against the loads of the next iteration that may read the same memory;
- each phi copy of iteration j no later than every branch of iteration j + 1 (and the copies
  of one phi in order), so a branch that leaves the loop finds the phis it expects.

No epilogue is needed: when iteration j's branch leaves the loop, every effect and phi copy of
earlier iterations has issued, and what earlier iterations have not done yet is pure
operations and loads whose results feed nothing but their own dead values (a value live at
an exit's target other than through a phi makes the loop ineligible); later iterations did
only pure operations and speculative loads.

Scheduling, for II from the resource and recurrence bounds up, while II stays below the cycles
per iteration that unrolling would give (the bound, plus the flat schedule's drain at the jump
back shared by the unrolled copies; else the loop is left to unrolling): the earliest times
along all edges (longest paths with latency - distance * II; a positive cycle means the
recurrences need a longer II); effects as late as that length allows (ALAP: the shorter an
iteration's span of effects, the sooner the next one's may start); each operation, in order of
its earliest time, at the first cycle its placed neighbours allow with a channel free in that
cycle modulo II (the modulo reservation table; ``ct0`` in the last cycle is the jump back's).
Compaction then moves operations within their slack to the busiest cycles (fewer, fuller
bundles for the same II).

Code: values living longer than II cycles get copies (modulo variable expansion: the kernel is
the steady state unrolled K times, copy ``j mod K`` written by iteration j). The prologue trace
copies each phi's entry value into the register copy iteration 0 reads, starts iterations
0 .. S-2 (S stages) and falls into the kernel; it is list-scheduled (values crossing into the
kernel are interlocked). The kernel's bundles are the modulo schedule.
"""
from __future__ import annotations

from typing import Any

from .machine import CLASSES, MOPS, UNITS
from .mir import MFunction, MOp
from .schedule import Bundle, Techniques, areas, dependences, mark_speculative, overlap, READS, WRITES, schedule
from .speculate import effect_latency
from .traces import Trace, liveness
from .unroll import MAX_OPS as UNROLL_MAX_OPS

MAX_OPS = 160
MAX_COPIES = 8


def pipeline_loops(mf: MFunction, layout: list[Trace], tech: Techniques) -> list[Trace]:
    """Modulo-schedule every eligible loop trace; returns the new layout (prologues added)."""
    live: dict[Trace, set[int]] = {}
    out = list(layout)
    for t in layout:
        if not eligible(t):
            continue
        if not live:
            live_in = liveness(layout, lambda tr: ([op] for op in tr.ops))[0]
            live = {tr: live_in[tr.index] for tr in layout}
        pro = modulo(mf, t, live, tech)
        if pro is None:
            continue
        live[pro] = live[t]
        k = out.index(t)
        out.insert(k, pro)
        for tr in out:  # every other entry into the loop now enters through the prologue
            if tr is t or tr is pro or tr is t.pad:
                continue
            for op in tr.ops:
                if op.op in ("br", "jmp") and op.aux.target is t:
                    op.aux.target = pro
                elif op.op == "prep" and op.aux[0] is t:
                    op.aux = (pro, op.aux[1])
    for k, tr in enumerate(out):
        tr.index = k
    return out


def eligible(t: Trace) -> bool:
    ops = t.ops
    return (t.loop and t.pad is not None and bool(t.pad.ops) and len(ops) <= MAX_OPS and ops
            and ops[-1].op == "jmp" and ops[-1].aux.target is t
            and not any(op.kind == "call" or op.op == "prep" or (op.op == "br" and op.aux.target is t)
                        for op in ops[:-1]))


def loop_edges(body: list[MOp], tech: Techniques, phi_src: dict[int, Any],
               defs: dict[int, int]) -> list[tuple[int, int, int, int]]:
    """(from, to, latency, distance) of one iteration's operations."""
    edges = [(i, j, lat, 0) for j, ps in enumerate(dependences(body, tech)) for i, lat in ps]
    ctl = [j for j, op in enumerate(body) if op.kind == "ctl"]
    effects = [j for j, op in enumerate(body) if op.kind in ("store", "call", "exit", "ctl", "tick")]
    for j, op in enumerate(body):
        if op.kind == "move":
            continue
        state = op.op == "exit"
        for k, r in enumerate(op.srcs + ([op.pred] if op.pred is not None else [])):
            if type(r) is int and r in phi_src:  # reads the value the previous iteration computed
                d = defs[phi_src[r]]
                edges.append((d, j, 0 if state and 0 < k < len(op.srcs) else MOPS[body[d].op].latency, 1))
    for j, op in enumerate(body):
        if op.kind == "move":  # the phis are set before the next iteration's branches
            edges += [(j, b, 0, 1) for b in ctl]
            edges += [(j, m, 1, 1) for m, o in enumerate(body) if o.kind == "move" and o.dst == op.dst]
    if effects:
        a, b = effects[-1], effects[0]
        edges.append((a, b, effect_latency(body[a].kind, body[b].kind), 1))
    for s, st in enumerate(body):
        if st.kind != "store":
            continue
        for ld, op in enumerate(body):
            if op.kind == "load" and any(overlap(w, r) for w in areas(st, WRITES) for r in areas(op, READS)):
                edges += [(s, ld, 1, 1), (ld, s, 0, 1)]
    if not tech.speculate:
        guards = [j for j, op in enumerate(body) if op.kind in ("exit", "ctl")]
        if guards:
            edges += [(guards[-1], j, 1, 1) for j, op in enumerate(body) if op.kind == "load"]
    return edges


def try_ii(body: list[MOp], edges: list[tuple[int, int, int, int]], ii: int) -> list[tuple[int, str]] | None:
    """(cycle, channel) of each operation for this II, or None (a recurrence longer than II,
    or no channel free in the window its placed neighbours leave)."""
    n = len(body)
    asap = [0] * n  # longest paths with weights latency - distance * II (Bellman-Ford)
    for _ in range(n + 1):
        changed = False
        for i, j, lat, d in edges:
            if asap[i] + lat - d * ii > asap[j]:
                asap[j] = asap[i] + lat - d * ii
                changed = True
        if not changed:
            break
    else:
        return None  # a positive cycle: the recurrence needs a longer II
    # effects go as late as the iteration's length allows (ALAP): the next iteration's effects
    # wait for this one's, so the shorter the span of an iteration's effects, the shorter II
    lat_of = [MOPS[op.op].latency for op in body]
    length = max(asap[j] + lat_of[j] for j in range(n))
    alap = [length - lat_of[j] for j in range(n)]
    for _ in range(n + 1):
        changed = False
        for i, j, lat, d in edges:
            if alap[j] - lat + d * ii < alap[i]:
                alap[i] = alap[j] - lat + d * ii
                changed = True
        if not changed:
            break
    effect = [op.kind in ("store", "exit", "ctl", "tick") for op in body]
    preds: list[list[tuple[int, int, int]]] = [[] for _ in body]
    succs: list[list[tuple[int, int, int]]] = [[] for _ in body]
    for i, j, lat, d in edges:
        preds[j].append((i, lat, d))
        succs[i].append((j, lat, d))
    mrt = {(ii - 1, "ct0")}
    place: list[tuple[int, str] | None] = [None] * n
    for j in sorted(range(n), key=lambda x: (asap[x], x)):
        est, lst = max(asap[j], alap[j]) if effect[j] else asap[j], None
        for i, lat, d in preds[j]:
            if place[i] is not None:
                est = max(est, place[i][0] + lat - d * ii)
        for s, lat, d in succs[j]:
            if place[s] is not None:
                bound = place[s][0] - lat + d * ii
                lst = bound if lst is None else min(lst, bound)
        last = est + ii - 1 if lst is None else min(lst, est + ii - 1)
        spot = next(((c, ch) for c in range(est, last + 1) for ch in CLASSES[MOPS[body[j].op].cls].channels
                     if (c % ii, ch) not in mrt), None)
        if spot is None:
            return None
        place[j] = spot
        mrt.add((spot[0] % ii, spot[1]))
    low = min(p[0] for p in place) // ii * ii
    place = [(c - low, ch) for c, ch in place]  # (the same schedule, from stage 0)
    if any(place[j][0] + d * ii < place[i][0] + lat for i, j, lat, d in edges):
        return None
    return place


def compact(body: list[MOp], edges: list[tuple[int, int, int, int]], ii: int, place: list[tuple[int, str]]) -> None:
    """Move operations within their slack (every edge still holds) to the cycle modulo II that
    issues the most, so that the same II needs fewer, fuller bundles."""
    preds: list[list[tuple[int, int, int]]] = [[] for _ in body]
    succs: list[list[tuple[int, int, int]]] = [[] for _ in body]
    for i, j, lat, d in edges:
        preds[j].append((i, lat, d))
        succs[i].append((j, lat, d))
    mrt = {(c % ii, ch) for c, ch in place} | {(ii - 1, "ct0")}
    rows: dict[int, int] = {ii - 1: 1}
    for c, _ in place:
        rows[c % ii] = rows.get(c % ii, 0) + 1
    for _ in range(2):
        for j, (cur, ch) in enumerate(place):
            lo = max([cur - ii + 1] + [place[i][0] + lat - d * ii for i, lat, d in preds[j] if i != j])
            hi = min([cur + ii - 1] + [place[s][0] - lat + d * ii for s, lat, d in succs[j] if s != j])
            mine = rows[cur % ii] - 1
            best = None
            for c in range(lo, hi + 1):
                n = rows.get(c % ii, 0) - (c % ii == cur % ii)
                free = next((x for x in CLASSES[MOPS[body[j].op].cls].channels
                             if (c % ii, x) not in mrt or (c % ii, x) == (cur % ii, ch)), None)
                if free is not None and n > mine and (best is None or n > best[0]):
                    best = (n, c, free)
            if best is not None:
                _, c, x = best
                mrt.discard((cur % ii, ch))
                rows[cur % ii] -= 1
                place[j] = (c, x)
                mrt.add((c % ii, x))
                rows[c % ii] = rows.get(c % ii, 0) + 1


def recurrence_bound(n: int, edges: list[tuple[int, int, int, int]]) -> int:
    """The smallest II the recurrences through one loop-carried edge allow: its latency plus the
    longest path back from its target to its source within an iteration."""
    fwd: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for i, j, lat, d in edges:
        if d == 0:
            fwd[i].append((j, lat))  # (program order: i < j)
    bound = 1
    for b in {j for _, j, _, d in edges if d}:
        dist = [-1] * n
        dist[b] = 0
        for i in range(b, n):
            if dist[i] >= 0:
                for j, lat in fwd[i]:
                    dist[j] = max(dist[j], dist[i] + lat)
        for i, j, lat, d in edges:
            if d and j == b and dist[i] >= 0:
                bound = max(bound, -(-(dist[i] + lat) // d))
    return bound


def resource_bound(body: list[MOp]) -> int:
    """The smallest II the channels allow (per unit and per operation class)."""
    bound = 1
    per_unit: dict[str, int] = {}
    per_cls: dict[str, int] = {}
    for op in body:
        cls = MOPS[op.op].cls
        per_cls[cls] = per_cls.get(cls, 0) + 1
        unit = CLASSES[cls].channels[0].rstrip("0123456789")
        per_unit[unit] = per_unit.get(unit, 0) + 1
    per_unit["ct"] = per_unit.get("ct", 0) + 1  # the jump back
    for u, k in per_unit.items():
        bound = max(bound, -(-k // UNITS[u]))
    for c, k in per_cls.items():
        bound = max(bound, -(-k // len(CLASSES[c].channels)))
    return bound


def modulo(mf: MFunction, t: Trace, live: dict[Trace, set[int]], tech: Techniques) -> Trace | None:
    """Pipeline ``t`` in place (its bundles become the kernel); return the prologue trace, or
    None when the loop does not qualify or gains nothing."""
    body, jump = t.ops[:-1], t.ops[-1]
    moves = [op for op in body if op.kind == "move"]
    phi_src = {op.dst: op.srcs[0] for op in moves}
    defs = {op.dst: j for j, op in enumerate(body) if op.dst is not None and op.kind != "move"}
    if len(phi_src) != len(moves) or any(type(s) is not int or s not in defs for s in phi_src.values()):
        return None  # a phi set twice, or to a constant, an invariant or another phi
    for op in body:
        if op.op == "br" and live[op.aux.target] & set(defs):
            return None  # a side exit's target reads a value the body computes (not a phi)
    edges = loop_edges(body, tech, phi_src, defs)
    flat = schedule(body, tech)
    length = flat[-1].cycle + 1 if flat else 1
    ii = bound = max(resource_bound(body), recurrence_bound(len(body), edges))
    unroll_by = 1  # what unrolling would do instead (unroll.py): copies of the body in one trace,
    while tech.unroll and unroll_by * len(t.ops) <= UNROLL_MAX_OPS:  # draining the last one's tail
        unroll_by *= 2
    unrolled = bound + (length - bound) / unroll_by  # cycles per iteration
    place = None
    while ii < unrolled and place is None:
        place = try_ii(body, edges, ii)
        if place is None:
            ii += 1
    if place is None:
        return None  # unrolling does as well
    compact(body, edges, ii, place)
    low = min(c for c, _ in place) // ii * ii
    place = [(c - low, ch) for c, ch in place]
    sigma = [p[0] for p in place]
    # modulo variable expansion: copies of each value for its lifetime
    end = {v: sigma[j] for v, j in defs.items()}
    for j, op in enumerate(body):
        state = op.op == "exit"
        for k, r in enumerate(op.srcs + ([op.pred] if op.pred is not None else [])):
            if type(r) is not int:
                continue
            late = 1 if state and 0 < k < len(op.srcs) else 0
            if r in phi_src and op.kind != "move":
                v, when = phi_src[r], sigma[j] + ii + late
            elif r in defs:
                v, when = r, sigma[j] + late
            else:
                continue
            end[v] = max(end[v], when)
    copies = max([1] + [-(-(end[v] - sigma[j]) // ii) for v, j in defs.items()])
    if copies > MAX_COPIES:
        return None
    stages = max(sigma) // ii + 1
    names: dict[tuple[int, int], int] = {}

    def name(v: int, c: int) -> int:
        if c == 0:
            return v
        if (v, c) not in names:
            names[v, c] = mf.vreg(mf.vclass[v])
        return names[v, c]

    def instance(j: int, it: int) -> MOp:
        op = body[j]

        def ren(r: Any) -> Any:
            if type(r) is not int:
                return r
            if r in phi_src and op.kind != "move":
                return name(phi_src[r], (it - 1) % copies)
            return name(r, it % copies) if r in defs else r
        c = MOp(op.op, op.dst if op.kind == "move" or op.dst is None else name(op.dst, it % copies),
                [ren(s) for s in op.srcs], op.aux, op.node)
        c.pred, c.psense, c.spec, c.block = ren(op.pred), op.psense, op.spec, op.block
        return c

    # the prologue: the entry values, then passes 0 .. stages-2 (iterations that start there)
    pro = Trace(list(t.blocks))
    pro_ops = [MOp("copy" if mf.vclass[phi] == "g" else "pcopy", name(x, copies - 1), [phi], None, body[defs[x]].node)
               for phi, x in phi_src.items()]
    for op in pro_ops:
        op.block = t.blocks[0]
    for k in range(stages - 1):
        pro_ops += [instance(j, k - sigma[j] // ii) for j in
                    sorted(range(len(body)), key=lambda j: (sigma[j] % ii, -(sigma[j] // ii), j))
                    if k - sigma[j] // ii >= 0]
    for s, op in enumerate(pro_ops):
        op.seq = s
    pro.ops = pro_ops
    pro.bundles = schedule(pro_ops, tech)
    pro.pipelined = True
    # the kernel: passes stages-1 .. stages-1+copies-1, one bundle per cycle that issues
    slots: list[tuple[int, int, int, MOp, str]] = []
    for p in range(copies):
        k = stages - 1 + p
        for j in range(len(body)):
            it = k - sigma[j] // ii
            slots.append((p * ii + sigma[j] % ii, it, j, instance(j, it), place[j][1]))
    back = MOp("jmp", None, [], jump.aux, jump.node)
    back.block = jump.block
    slots.append((copies * ii - 1, 1 << 30, 0, back, "ct0"))
    slots.sort(key=lambda x: x[:3])
    kernel = [x[3] for x in slots]
    for s, op in enumerate(kernel):
        op.seq = s
    mark_speculative(kernel, [x[0] for x in slots])
    bundles: dict[int, Bundle] = {}
    for cycle, _, _, op, ch in slots:
        b = bundles.setdefault(cycle, Bundle(cycle))
        b.slots[ch] = op
        b.ops.append(op)
    t.ops = kernel
    t.bundles = [bundles[c] for c in sorted(bundles)]
    prev = -1
    for b in t.bundles:  # (the first bundle's gap: the kernel's empty first cycles, every pass)
        b.gap = b.cycle - prev - 1
        b.cause = "pipeline" if b.gap else ""
        prev = b.cycle
    t.pipelined = True
    t.ii, t.copies, t.stages = ii, copies, stages
    return pro
