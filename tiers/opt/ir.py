"""Tier-2 SSA IR: nodes, blocks, frame states, the printer and the verifier.

A ``Graph`` is a list of ``Block``s (the first is the entry); a block holds its phis first, then
straight-line nodes, and ends with one control node (Jump, Branch, Return, Deopt). Every node
that can deopt carries a ``FrameState``: the bytecode pc tier 0 resumes at and the SSA value of
every local and operand-stack slot there (docs/TIERS.md, "Tier 2").
"""
from __future__ import annotations

from typing import Any, Iterator

from .nodes import NODES, TYPES


class VerifyError(Exception):
    """The IR broke an invariant (a compiler bug: the function is declined, never run)."""


class FrameState:
    """What a bailout needs to rebuild the tier-0 frame: resume at ``pc`` (an instruction index)
    with these locals and this operand stack. The state of an inlined callee also has its
    caller's state (``outer``, resuming after the call, where the callee's result is pushed)
    and the callee function and ``this`` (``callee``), from which deopt rebuilds its frame."""

    __slots__ = ("pc", "locals", "stack", "outer", "callee")

    def __init__(self, pc: int, locals_: list["Node"], stack: list["Node"],
                 outer: "FrameState | None" = None, callee: tuple | None = None) -> None:
        self.pc = pc
        self.locals = locals_
        self.stack = stack
        self.outer = outer
        self.callee = callee

    def values(self) -> list["Node"]:
        """Every value, outermost frame first; an inlined frame's callee and this before its locals."""
        out = self.outer.values() if self.outer is not None else []
        if self.callee is not None:
            out += list(self.callee)
        return out + self.locals + self.stack

    def frames(self) -> list["FrameState"]:
        """The frames, outermost first."""
        return (self.outer.frames() if self.outer is not None else []) + [self]

    def replace(self, old: "Node", new: "Node") -> None:
        for st in self.frames():
            st.locals = [new if i is old else i for i in st.locals]
            st.stack = [new if i is old else i for i in st.stack]
            if st.callee is not None:
                st.callee = tuple(new if i is old else i for i in st.callee)


class Node:
    __slots__ = ("id", "op", "inputs", "type", "aux", "pc", "block", "state", "code")

    def __init__(self, nid: int, op: str, inputs: list["Node"], type_: str, aux: Any, pc: int,
                 state: FrameState | None) -> None:
        self.id = nid
        self.op = op
        self.inputs = inputs
        self.type = type_
        self.aux = aux
        self.pc = pc
        self.block: Block | None = None
        self.state = state
        self.code: Any = None  # the CodeObject ``pc`` belongs to, when not the graph's (inlined)

    @property
    def d(self):
        return NODES[self.op]

    def __repr__(self) -> str:
        return f"v{self.id}"


class Block:
    __slots__ = ("id", "nodes", "preds", "succs", "pc", "loop_header", "entry_state")

    def __init__(self, bid: int, pc: int) -> None:
        self.id = bid
        self.nodes: list[Node] = []
        self.preds: list[Block] = []
        self.succs: list[Block] = []
        self.pc = pc              # the bytecode index the block starts at (-1: an edge block)
        self.loop_header = False
        self.entry_state: FrameState | None = None  # a loop header's state on entry (LICM)

    @property
    def control(self) -> Node:
        return self.nodes[-1]

    def phis(self) -> Iterator[Node]:
        for n in self.nodes:
            if n.op != "Phi":
                return
            yield n

    def __repr__(self) -> str:
        return f"B{self.id}"


class Graph:
    def __init__(self, code: Any) -> None:
        self.code = code
        self.blocks: list[Block] = []
        self.next_id = 0
        self.consts: dict[tuple, Node] = {}
        self.nodes_ok: frozenset[str] | None = None  # the backend's nodes (None: every node)

    def can(self, *ops: str) -> bool:
        """The backend lowers these nodes (speculations that need others are not made)."""
        return self.nodes_ok is None or all(op in self.nodes_ok for op in ops)

    def new_block(self, pc: int) -> Block:
        b = Block(len(self.blocks), pc)
        self.blocks.append(b)
        return b

    def make(self, op: str, inputs: list[Node], aux: Any = None, pc: int = -1,
             state: FrameState | None = None, type_: str | None = None) -> Node:
        d = NODES[op]
        n = Node(self.next_id, op, inputs, type_ or d.result, aux, pc, state)
        self.next_id += 1
        return n

    def nodes(self) -> Iterator[Node]:
        for b in self.blocks:
            yield from b.nodes

    def const(self, op: str, value: Any) -> Node:
        """The graph's one ConstF/ConstB/ConstI/ConstT node of ``value``, made in the entry
        block at first use (again if a pass removed it). Floats are told apart by their text
        (0.0 and -0.0, NaN), tagged values by identity."""
        key = ((op, value, str(value)) if op == "ConstF" else (op, id(value)) if op == "ConstT"
               else (op, value))
        n = self.consts.get(key)
        if n is None or n.block is None:
            n = self.consts[key] = self.make(op, [], value)
            n.block = entry = self.blocks[0]
            entry.nodes.insert(0, n)
        return n

    def renumber_blocks(self) -> None:
        for i, b in enumerate(self.blocks):
            b.id = i


def fmt_aux(n: Node) -> str:
    a = n.aux
    if a is None:
        return " undefined" if n.op == "ConstT" else ""
    if n.op == "ConstT":
        r = repr(a)
        return " " + (r if len(r) <= 40 else r[:37] + "...")
    if n.op in ("CallPy", "CheckIs", "CheckClass"):
        name = getattr(a, "__qualname__", None) or getattr(a, "name", None)
        return f" {name}" if isinstance(name, str) else f" {type(a).__name__}@{id(a):x}"
    if n.op == "CheckShape":
        return f" shape@{id(a):x}"
    return f" {a}"


def format_graph(g: Graph, title: str = "") -> str:
    """The IR as text: one node per line with its bytecode pc and source line, guards with
    their frame state (docs/TIERS.md shows an example)."""
    code = g.code
    out = [f"== {code.name or '<anonymous>'} ({code.filename}){' ' + title if title else ''}"]
    for b in g.blocks:
        hdr = f"B{b.id}" + (" (loop)" if b.loop_header else "") + (f" pc {b.pc}" if b.pc >= 0 else "")
        out.append(f"{hdr}  preds: {', '.join(f'B{p.id}' for p in b.preds) or '-'}")
        for n in b.nodes:
            ins = ", ".join(f"v{i.id}" for i in n.inputs)
            lhs = f"v{n.id}:{n.type} = " if n.type != "-" else ""
            text = f"    {lhs}{n.op}{fmt_aux(n)}{' ' + ins if ins else ''}"
            if n.op in ("Jump", "Branch"):
                text += "  -> " + ", ".join(f"B{s.id}" for s in b.succs)
            if n.pc >= 0:
                c = n.code or code
                line = c.line_of(n.pc)[0]
                where = f" in {c.name or '<anonymous>'}" if c is not code else ""
                text = f"{text:<58} ; pc {n.pc} line {line}{where}"
            if n.state is not None:
                for s in reversed(n.state.frames()):
                    who = f"inlined {s.callee[0]!r}, " if s.callee is not None else ""
                    text += (f"  [{who}resume pc {s.pc}: locals {', '.join(map(repr, s.locals))}"
                             f"{' | stack ' + ', '.join(map(repr, s.stack)) if s.stack else ''}]")
            out.append(text)
    return "\n".join(out)


def verify(g: Graph) -> None:
    """Check the IR's invariants; raise VerifyError naming the first broken one."""
    defined: set[int] = set()
    for b in g.blocks:
        for n in b.nodes:
            defined.add(n.id)
    for b in g.blocks:
        if not b.nodes or NODES[b.control.op].effects != "control":
            raise VerifyError(f"B{b.id} does not end with a control node")
        for s in b.succs:
            if b not in s.preds:
                raise VerifyError(f"B{b.id} -> B{s.id} missing from preds")
        want = {"Jump": 1, "Branch": 2}.get(b.control.op, 0)
        if len(b.succs) != want:
            raise VerifyError(f"B{b.id}: {b.control.op} with {len(b.succs)} successors")
        seen_body = False
        for n in b.nodes:
            if n.block is not b:
                raise VerifyError(f"v{n.id} is in B{b.id} but says B{n.block.id if n.block else '?'}")
            d = NODES[n.op]
            if d.effects == "control" and n is not b.control:
                raise VerifyError(f"v{n.id}: control node {n.op} inside B{b.id}")
            if n.op == "Phi":
                if seen_body:
                    raise VerifyError(f"v{n.id}: phi after ordinary nodes in B{b.id}")
                if len(n.inputs) != len(b.preds):
                    raise VerifyError(f"v{n.id}: phi with {len(n.inputs)} inputs, B{b.id} has {len(b.preds)} preds")
                for i in n.inputs:
                    if i.type != n.type:
                        raise VerifyError(f"v{n.id}: phi of type {n.type} has input v{i.id}:{i.type}")
            else:
                seen_body = True
                sig = d.inputs
                if d.variadic:
                    want_types = list(sig[:-1]) + [sig[-1][1:]] * (len(n.inputs) - len(sig) + 1)
                else:
                    want_types = list(sig)
                if len(want_types) != len(n.inputs):
                    raise VerifyError(f"v{n.id}: {n.op} takes {len(sig)} inputs, has {len(n.inputs)}")
                for t, i in zip(want_types, n.inputs):
                    if t and i.type != t:
                        raise VerifyError(f"v{n.id}: {n.op} wants {TYPES[t]}, input v{i.id} is {TYPES[i.type]}")
            if d.deopt and n.state is None:
                raise VerifyError(f"v{n.id}: {n.op} can deopt but has no frame state")
            for i in n.inputs + (n.state.values() if n.state else []):
                if i.id not in defined:
                    raise VerifyError(f"v{n.id} uses v{i.id}, which is not in the graph")
        if b.entry_state is not None and any(i.id not in defined for i in b.entry_state.values()):
            raise VerifyError(f"B{b.id}'s entry state uses a value that is not in the graph")
