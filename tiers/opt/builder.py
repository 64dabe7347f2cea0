"""Graph building: a CodeObject's bytecode plus its feedback -> SSA IR with guards.

The operand stack machine is interpreted abstractly, block by block in bytecode order (every
forward edge goes from a lower to a higher pc in code the compiler emits; a predecessor at a
higher pc is a loop back edge). Each block starts from the state (locals and operand stack as
SSA values) its predecessors leave; merges get phis. Loop header phis are typed before the
loop body is seen (float64 when the value entering the loop is a number, else tagged); when a
back edge disagrees, the graph is rebuilt with that phi's type corrected (``hints``).

Speculation comes from feedback (``code.feedback``, written by tiers 0/1): arithmetic and
compare sites that never left their float fast path are float64 operations behind CheckFloat
guards, element sites that never left the dense fast path read ``elements`` behind class,
index, bounds and hole guards, property sites with a monomorphic cache read the slot behind a
shape guard, call sites whose one target is a Math function become the operation. A site where
a guard failed before (``failed``, filled by bailouts) is compiled generically instead.
Every guard's frame state is the abstract state before its instruction, so a bailout re-runs
that instruction in tier 0.
"""
from __future__ import annotations

import math
from typing import Any

from pyjs.engine.bytecode import opcodes as O
from pyjs.engine.bytecode.compiler import UNINIT
from pyjs.engine.interp import ops_runtime as R
from pyjs.engine.interp.functions import JSFunction
from pyjs.engine.runtime.builtins.function import function_apply
from pyjs.engine.runtime.conversions import to_boolean
from pyjs.engine.runtime.function import BuiltinFunction
from pyjs.engine.runtime.objects import JSObject
from pyjs.engine.runtime.realm import current_realm
from pyjs.engine.runtime.shapes import ACCESSOR

from . import helpers as H
from .cfg import Edge, cfg, liveness
from .ir import Block, FrameState, Graph, Node
from .nodes import NODES
from .speculate import BINARY_GENERIC, COMPARE_GENERIC, UNARY_GENERIC, Generic, Speculation

KINDS = frozenset({"normal", "arrow", "method", "getter", "setter"})

SUPPORTED = frozenset(O.BY_NAME[n].code for n in """
CONST UNDEF POP DUP DUP2 SWAP ROT3 ROT4 GET_LOCAL GET_LOCAL_CHECK SET_LOCAL PUT_LOCAL CHECK_LOCAL
GET_CTX GET_CTX_CHECK SET_CTX PUT_CTX CHECK_CTX GET_GLOBAL SET_GLOBAL RESOLVE_GLOBAL PUT_GLOBAL_REF THIS ARG CLOSURE
GET_PROP GET_PROP_KEEP SET_PROP GET_ELEM SET_ELEM TO_PROPKEY_BASE NEW_OBJECT NEW_ARRAY DEFINE_FIELD
ADD SUB MUL DIV MOD POW BITAND BITOR BITXOR SHL SAR SHR NEG PLUS TO_NUMERIC INC DEC BITNOT NOT
TYPEOF TO_STRING LT GT LE GE EQ NE SEQ SNE IS_NULLISH IS_UNDEF
JUMP JUMP_IF_FALSE JUMP_IF_TRUE JUMP_IF_FALSE_KEEP JUMP_IF_TRUE_KEEP JUMP_IF_NOT_NULLISH_KEEP
JUMP_IF_NULLISH JUMP_IF_UNDEF RETURN THROW THROW_ERROR CALL NEW NOP DEBUGGER ARGUMENTS
""".split())
MAX_INLINE = 80  # instructions of a callee that may be inlined
INT_NODES = ("CheckInt32", "CheckedAddI", "CheckedSubI", "CheckedMulI", "CheckedModI", "CmpI")
STACK_ONLY = frozenset(O.BY_NAME[n].code for n in """
CONST UNDEF POP DUP DUP2 SWAP ROT3 ROT4 NOP DEBUGGER GET_LOCAL GET_LOCAL_CHECK CHECK_LOCAL SET_LOCAL PUT_LOCAL
JUMP""".split())  # instructions that only move values: a virtual object on the stack does not escape
NOT_INLINED = frozenset(O.BY_NAME[n].code for n in "CLOSURE ARG THROW THROW_ERROR NEW ARGUMENTS".split())


class Decline(Exception):
    """Tier 2 does not compile this code (it runs in tier 1); the message says why."""


class NotInlinable(Exception):
    """The callee cannot be inlined at this site (the call is compiled as a call)."""


def check_code(code: Any) -> None:
    if code.kind not in KINDS or code.is_generator or code.is_async:
        raise Decline(f"{code.kind}{' generator' if code.is_generator else ''}"
                      f"{' async' if code.is_async else ''} code")
    if code.handlers:
        raise Decline("try/catch/finally")
    for op, _ in code.code:
        if op not in SUPPORTED:
            raise Decline(f"opcode {O.OPS[op].name}")


class Builder(Speculation):
    def __init__(self, code: Any, failed: set, hints: dict, osr: tuple[int, int] | None = None) -> None:
        self.code = code
        self.osr = osr               # (loop header pc, operand stack depth) of an OSR entry
        self.fb = code.feedback if code.feedback is not None else R.init_feedback(code)
        self.failed = failed
        self.hints = hints           # (header pc, slot) -> "F" | "T"
        self.g = Graph(code)
        self.loop_phis: list[tuple[int, int, Node, list[Node]]] = []  # header pc, slot, phi, raw inputs
        self.pc = -1
        self.ics: dict[int, Any] = {}           # pc -> tier 1's PropIC of a generic property site
        self.cached_state: FrameState | None = None
        self.outer: FrameState | None = None    # inlined code: the caller's state after the call
        self.callee: tuple | None = None        # inlined code: (function, this) nodes
        self.returns: list | None = None        # inlined code: (block, value) of each return
        self.blk: Block
        self.locals: list[Node] = []
        self.stack: list[Node] = []
        self.real: dict[int, Node] = {}         # a materialized virtual object's node id -> the object
        self.osr_edge: Block | None = None      # the OSR unit's edge into its loop header

    # ---- emission helpers -----------------------------------------------------------------
    def emit(self, op: str, inputs: list[Node], aux: Any = None, state: FrameState | None = None,
             type_: str | None = None, block: Block | None = None) -> Node:
        b = block or self.blk
        n = self.g.make(op, inputs, aux, self.pc, state, type_)
        if self.callee is not None:
            n.code = self.code
        if n.d.effects in ("write", "call") and block is None:
            self.cached_state = None
        n.block = b
        if b.nodes and b.nodes[-1].d.effects == "control":
            b.nodes.insert(len(b.nodes) - 1, n)
        else:
            b.nodes.append(n)
        return n

    def const(self, value: Any) -> Node:
        if type(value) is float:
            return self.g.const("ConstF", value)
        if type(value) is bool:
            return self.g.const("ConstB", value)
        return self.tconst(value)

    def iconst(self, value: int) -> Node:
        """An int32 constant (``const`` keeps Python ints, which are BigInts, tagged)."""
        return self.g.const("ConstI", value)

    def tconst(self, value: Any) -> Node:
        """A tagged constant (floats too: an argument of a runtime call)."""
        return self.g.const("ConstT", value)

    def state(self) -> FrameState:
        """The frame state for a guard at the current instruction. Guards after no effect since
        an earlier guard of the same block share that guard's state: resuming there re-runs
        only instructions without effects, and one state means one bailout block."""
        st = self.cached_state
        if st is None:
            st = self.cached_state = FrameState(self.pc, self.live_locals(self.pc, self.locals), list(self.stack),
                                                self.outer, self.callee)
        return st

    def live_locals(self, pc: int, values: list[Node]) -> list[Node]:
        live = self.live[pc]
        undef = self.const(None)
        return [v if i in live else undef for i, v in enumerate(values)]

    def site_ok(self) -> bool:
        return ("pc", self.pc) not in self.failed

    # ---- representation changes --------------------------------------------------------------
    @staticmethod
    def floatable(v: Node) -> bool:
        if v.type in ("F", "I"):
            return True
        if v.op == "ConstT":
            return type(v.aux) is float
        if v.op == "BoxF":
            return True
        return v.type == "T"

    @staticmethod
    def int_value(v: Node) -> int | None:
        """The int32 a constant Number node holds (-0 is not one), else None."""
        x = v.aux
        if v.op in ("ConstF", "ConstT") and type(x) is float and x.is_integer() and -2**31 <= x < 2**31 \
                and (x or math.copysign(1.0, x) > 0):
            return int(x)
        return None

    def is_int(self, v: Node) -> bool:
        return v.type == "I" or self.int_value(v) is not None

    def as_int(self, v: Node) -> Node:
        """An int32 value or constant (``is_int``) as an int32 node."""
        return v if v.type == "I" else self.iconst(self.int_value(v))

    def int32(self, v: Node, state: FrameState) -> Node:
        """ToInt32 of a Number-speculated value (bitwise operators)."""
        if self.is_int(v):
            return self.as_int(v)
        return self.emit("ToInt32", [self.as_float(v, state)], state=state)

    def int_site(self) -> bool:
        """Int32 arithmetic here has not overflowed before."""
        return ("int", self.pc) not in self.failed and self.g.can(*INT_NODES)

    def as_float(self, v: Node, state: FrameState | None = None, block: Block | None = None) -> Node:
        if v.type == "F":
            return v
        if v.op == "ConstI":
            return self.const(float(v.aux))
        if v.type == "I":
            return self.emit("IToF", [v], block=block)
        if v.op == "ConstT" and type(v.aux) is float:
            return self.const(v.aux)
        if v.op == "BoxF":
            return v.inputs[0]
        if v.type != "T" or v.op == "ConstT":
            raise Generic()
        return self.emit("CheckFloat", [v], state=state or self.state(), block=block)

    def as_tagged(self, v: Node, block: Block | None = None) -> Node:
        t = v.type
        if t == "T":
            return v
        if v.op == "ConstF":
            return self.tconst(v.aux)
        if v.op == "ConstB":
            return self.tconst(v.aux)
        if v.op == "ConstI":
            n = self.g.consts.get(("TI", v.aux))
            if n is None:
                n = self.g.consts[("TI", v.aux)] = self.tconst(float(v.aux))
            return n
        if t == "F":
            return self.emit("BoxF", [v], block=block)
        if t == "I":
            return self.emit("BoxF", [self.emit("IToF", [v], block=block)], block=block)
        return self.emit("BoxB", [v], block=block)

    def truthy(self, v: Node) -> Node:
        if v.type == "B":
            return v
        if v.op in ("ConstT", "ConstF"):
            return self.const(bool(to_boolean(v.aux)))
        if v.type == "F":
            return self.emit("TruthyF", [v])
        if v.type == "I":
            return self.emit("TruthyF", [self.emit("IToF", [v])])
        return self.emit("TruthyT", [v])

    def call_py(self, fn: Any, args: list[Node]) -> Node:
        return self.emit("CallPy", [self.as_tagged(a) for a in args], fn)

    # ---- building ----------------------------------------------------------------------------
    def build(self) -> Graph:
        code = self.code
        check_code(code)
        order, npreds = cfg(code)
        self.live = liveness(code, order)
        g = self.g
        self.entry = g.new_block(-1)
        self.blk = self.entry
        self.frame = self.emit("Frame", [])
        n = code.simple_params
        undef = self.const(None)
        locals0 = [self.emit("LoadLocal", [self.frame], i) if i < n else undef for i in range(code.nlocals)]
        self.ctx = self.emit("LoadField", [self.frame], "ctx")
        pending: dict[int, list[Edge]] = {0: [Edge(self.entry, locals0, [])]}
        if self.osr:
            self.osr_entry(pending, npreds)
        else:
            self.emit("Jump", [])
        self.blocks(order, npreds, pending)
        return g

    def blocks(self, order: list[int], npreds: dict[int, int], pending: dict[int, list[Edge]]) -> None:
        """Translate every reachable block, in bytecode order."""
        headers: dict[int, Block] = {}
        ins = self.code.code
        for k, start in enumerate(order):
            end = order[k + 1] if k + 1 < len(order) else len(ins)
            edges = pending.pop(start, [])
            if not edges:
                continue  # unreachable (or reached only by back edges of unreachable code)
            b = self.begin_block(start, edges, npreds[start] > len(edges), headers)
            self.blk = b
            self.cached_state = None
            for i in range(start, end):
                self.pc = i
                op, arg = ins[i]
                if op not in STACK_ONLY and not self.virtual_op(op, arg):
                    self.escape(self.stack[len(self.stack) - self.pops(op, arg):])
                exits = self.instr(op, arg, i)
                if exits is not None:
                    break
            else:
                exits = [(end, self.locals, self.stack)]
            self.pc = end - 1
            self.finish_block(exits, pending, headers)

    def osr_entry(self, pending: dict[int, list[Edge]], npreds: dict[int, int]) -> None:
        """On-stack replacement at a loop header: the entry block branches on a constant to an
        edge into the header carrying the running frame's locals and operand stack (taken at
        run time) or to the ordinary start (never taken, folded away by LLVM, but it gives the
        loops around the header their ordinary shape)."""
        header, depth = self.osr
        if header not in npreds:
            raise Decline(f"no block starts at OSR pc {header}")
        locals1 = [self.emit("LoadLocal", [self.frame], i) for i in range(self.code.nlocals)]
        stack1: list[Node] = []
        if depth:
            items = self.emit("LoadField", [self.frame], "stack")
            stack1 = [self.emit("LoadItemK", [items], k) for k in range(depth)]
        self.emit("Branch", [self.const(True)])
        edges = []
        for _ in range(2):
            eb = self.g.new_block(-1)
            eb.preds.append(self.entry)
            self.entry.succs.append(eb)
            self.emit("Jump", [], block=eb)
            edges.append(eb)
        pending[0][0].src = edges[1]
        self.osr_edge = edges[0]
        pending.setdefault(header, []).append(Edge(edges[0], locals1, stack1))
        npreds[header] += 1

    def begin_block(self, start: int, edges: list[Edge], loop: bool, headers: dict[int, Block]) -> Block:
        b = self.g.new_block(start)
        for e in edges:
            e.src.succs.append(b)
            b.preds.append(e.src)
        if len(edges) == 1 and not loop:
            self.locals, self.stack = list(edges[0].locals), list(edges[0].stack)
            return b
        for e in edges:  # an arguments object not made yet is made on each edge into a merge
            for vals in (e.locals, e.stack):
                for k, v in enumerate(vals):
                    if v.op == "VArguments":
                        vals[k] = self.emit("CallPy", [self.frame, self.tconst(v.aux)], R.create_arguments,
                                            block=e.src)
        depth = len(edges[0].stack)
        if any(len(e.stack) != depth for e in edges):
            raise Decline(f"operand stack depths disagree at pc {start}")
        nl = len(edges[0].locals)
        nslots = nl + depth
        live = self.live[start]
        values: list[Node] = []
        for slot in range(nslots):
            if slot < nl and slot not in live:
                values.append(self.const(None))
                continue
            raw = [(e.locals + e.stack)[slot] for e in edges]
            if not loop and all(r is raw[0] for r in raw):
                values.append(raw[0])
                continue
            if loop:
                t = self.hints.get((start, slot)) or self.entry_type(raw)
            else:
                t = self.merge_type(raw, ("phi", start, slot))
            phi = self.g.make("Phi", [], None, start, None, t)
            phi.block = b
            b.nodes.append(phi)
            for e, r in zip(edges, raw):
                phi.inputs.append(self.coerce(r, t, e, start, slot))
            if loop:
                self.loop_phis.append((start, slot, phi, raw))
            values.append(phi)
        self.locals, self.stack = values[:nl], values[nl:]
        if loop:
            b.loop_header = True
            headers[start] = b
            osr = [e for e in edges if e.src is self.osr_edge]
            if len(edges) == 1 or osr:  # the state entering the loop: hoisted guards resume here
                e = osr[0] if osr else edges[0]  # (prune_branches leaves an OSR unit only its OSR edge)
                b.entry_state = FrameState(start, self.live_locals(start, e.locals), list(e.stack),
                                           self.outer, self.callee)
            self.pc = start
            self.emit("Tick", [], block=b)
        return b

    def entry_type(self, raw: list[Node]) -> str:
        """A loop phi's first guess, from the values entering the loop (an OSR entry brings
        the running frame's tagged values): I when some is an int32 and the others are int32s
        or tagged, F when the first is a number, else T. The back edges may correct it."""
        if any(self.is_int(r) for r in raw) and self.g.can(*INT_NODES) and \
                all(self.is_int(r) or (r.type == "T" and r.op != "ConstT") for r in raw):
            return "I"
        r0 = raw[0]
        return "F" if r0.type in ("F", "I") or (r0.op == "ConstT" and type(r0.aux) is float) else "T"

    def merge_type(self, raw: list[Node], site: tuple) -> str:
        """I when every input is an int32 (or a tagged value speculated to be one) and some
        input is computed as an int32; F when every input is a number or may be speculated to
        be one and some input is computed as a number; T otherwise."""
        if site in self.failed:
            return "T"
        if any(r.type == "I" for r in raw) and self.g.can(*INT_NODES) and \
                all(self.is_int(r) or (r.type == "T" and r.op != "ConstT") for r in raw):
            return "I"
        some_f = False
        for r in raw:
            if r.type in ("F", "I") or r.op == "BoxF" or (r.op == "ConstT" and type(r.aux) is float):
                some_f = some_f or r.type in ("F", "I")
            elif r.type != "T" or r.op == "ConstT":
                return "T"
        return "F" if some_f else "T"

    def coerce(self, v: Node, t: str, e: Edge, pc: int, slot: int) -> Node:
        """``v`` as type ``t`` at the end of the edge's source block; a float speculation there
        resumes at the target block's pc with the edge's values."""
        blk = e.src
        if t == "T":
            return self.as_tagged(v, block=blk)
        if t == "I" and self.is_int(v):
            return self.as_int(v)
        saved = self.pc
        self.pc = pc
        try:
            st = FrameState(pc, self.live_locals(pc, e.locals), list(e.stack), self.outer, self.callee)
            n = self.as_float(v, st, block=blk)
            if t == "I":  # a tagged value entering an int32 phi (or a float a rebuild retypes)
                return self.emit("CheckInt32", [n], ("phi", pc, slot), st, block=blk)
            if n.op == "CheckFloat":
                n.aux = ("phi", pc, slot)
            return n
        except Generic:  # a back edge brings a non-number: build_graph retypes the phi as tagged
            return self.emit("CheckFloat", [self.as_tagged(v, block=blk)], ("phi", pc, slot), st, block=blk)
        finally:
            self.pc = saved

    def finish_block(self, exits: list, pending: dict, headers: dict) -> None:
        """Route the block's exits: one exit jumps; two (a branch) go through edge blocks so
        that each edge's coercions run on that edge only. Virtual objects do not cross blocks:
        they are materialized first."""
        src = self.blk
        if not exits:
            return
        exits = [(t, self.live_locals(t, l_), s_) for t, l_, s_ in exits]  # dead locals need no object
        for _, locals_, stack in exits:
            self.escape([v for v in list(locals_) + list(stack) if v.op == "VObject"])
        exits = [(t, [self.real.get(v.id, v) for v in l_], [self.real.get(v.id, v) for v in s_]) for t, l_, s_ in exits]
        if len(exits) == 1:
            srcs = [src]
            if not src.nodes or src.control.d.effects != "control":
                self.emit("Jump", [])
        else:
            srcs = []
            for _ in exits:
                eb = self.g.new_block(-1)
                eb.preds.append(src)
                src.succs.append(eb)
                self.emit("Jump", [], block=eb)
                srcs.append(eb)
        for s, (target, locals_, stack) in zip(srcs, exits):
            e = Edge(s, list(locals_), list(stack))
            h = headers.get(target)
            if h is not None:  # a back edge: complete the header's phis
                s.succs.append(h)
                h.preds.append(s)
                values = e.locals + e.stack
                for hpc, slot, phi, raw in self.loop_phis:
                    if hpc == target:
                        raw.append(values[slot])
                        phi.inputs.append(self.coerce(values[slot], phi.type, e, target, slot))
            else:
                pending.setdefault(target, []).append(e)

    # ---- instructions ---------------------------------------------------------------------------
    def instr(self, op: int, arg: int, i: int) -> list | None:
        """Translate one instruction; returns its exits when it ends the block."""
        if self.virtual_op(op, arg):
            self.virtual(op, arg)
            return None
        st = self.stack
        if op == O.CONST:
            st.append(self.const(self.code.consts[arg]))
        elif op == O.UNDEF:
            st.append(self.const(None))
        elif op == O.POP:
            st.pop()
        elif op == O.DUP:
            st.append(st[-1])
        elif op == O.DUP2:
            st.extend(st[-2:])
        elif op == O.SWAP:
            st[-1], st[-2] = st[-2], st[-1]
        elif op == O.ROT3:
            st.insert(-2, st.pop())
        elif op == O.ROT4:
            st.insert(-3, st.pop())
        elif op in (O.NOP, O.DEBUGGER):
            pass
        elif op in (O.GET_LOCAL, O.GET_LOCAL_CHECK, O.CHECK_LOCAL):
            v = self.locals[arg]
            if op != O.GET_LOCAL and self.check_init(v):
                return []
            if op != O.CHECK_LOCAL:
                st.append(v)
        elif op == O.SET_LOCAL:
            self.locals[arg] = st[-1]
        elif op == O.PUT_LOCAL:
            self.locals[arg] = st.pop()
        elif op in (O.GET_CTX, O.GET_CTX_CHECK, O.CHECK_CTX, O.SET_CTX, O.PUT_CTX):
            self.context(op, arg)
        elif op == O.GET_GLOBAL:
            name = self.code.consts[arg]
            v = self.global_slot(name)
            st.append(v if v is not None else self.call_py(R.get_global, [self.frame, self.tconst(name),
                                                                         self.tconst(self.fb), self.tconst(i)]))
        elif op == O.SET_GLOBAL:
            self.call_py(R.set_global, [self.frame, self.tconst(self.code.consts[arg]), st[-1]])
        elif op == O.RESOLVE_GLOBAL:
            st.append(self.call_py(R.resolve_global, [self.frame, self.tconst(self.code.consts[arg])]))
        elif op == O.PUT_GLOBAL_REF:
            v = st.pop()
            self.call_py(R.put_global_ref, [self.frame, self.tconst(self.code.consts[arg]), st[-1], v])
            st[-1] = v
        elif op == O.THIS:
            if self.callee is not None:
                if not self.code.strict:
                    raise NotInlinable("sloppy this")
                st.append(self.callee[1])
            elif self.code.this_mode != 2:  # the frame's own this (bound by make_frame)
                st.append(self.emit("LoadField", [self.frame], "this"))
            else:
                st.append(self.call_py(H.this, [self.frame]))
        elif op == O.ARGUMENTS:
            if arg == 1 or not self.g.can("VArguments"):
                raise Decline("a mapped arguments object (it aliases the parameters)" if arg == 1
                              else "the backend has no arguments object")
            st.append(self.emit("VArguments", [], arg))
        elif op == O.ARG:
            st.append(self.call_py(H.arg, [self.frame, self.tconst(arg)]))
        elif op == O.CLOSURE:
            st.append(self.call_py(R.make_closure, [self.frame, self.tconst(self.code.consts[arg])]))
        elif op in (O.GET_PROP, O.GET_PROP_KEEP):
            v = self.get_prop(st[-1], self.code.consts[arg], i)
            if op == O.GET_PROP:
                st[-1] = v
            else:
                st.append(v)
        elif op == O.SET_PROP:
            self.set_prop(self.code.consts[arg], i)
        elif op == O.GET_ELEM:
            self.get_elem(i)
        elif op == O.SET_ELEM:
            self.set_elem(i)
        elif op == O.TO_PROPKEY_BASE:
            base, key = st[-2], st[-1]
            if key.type in ("F", "I") and base.type == "T":  # a Number key stays as it is
                s = self.state()
                for nullish in (None, R.JSNull):
                    self.emit("CheckTrue", [self.emit("NotB", [self.emit("SameT", [base, self.const(nullish)])])],
                              state=s)
            elif key.type == "T" or base.type == "T":
                st[-1] = self.call_py(R.to_property_key_of, [base, key])
        elif op == O.NEW_OBJECT:
            st.append(self.call_py(R.new_object, []))
        elif op == O.NEW_ARRAY:
            vals = st[len(st) - arg:] if arg else []
            del st[len(st) - arg:]
            st.append(self.call_py(H.new_array, vals))
        elif op == O.DEFINE_FIELD:
            v = st.pop()
            self.call_py(R.define_field, [st[-1], self.tconst(self.code.consts[arg]), v])
        elif op in BINARY_GENERIC:
            self.binary(op)
        elif op in UNARY_GENERIC:
            self.unary(op)
        elif op == O.NOT:
            st[-1] = self.emit("NotB", [self.truthy(st[-1])])
        elif op in COMPARE_GENERIC:
            self.compare(op)
        elif op == O.IS_UNDEF:
            v = st[-1]
            st[-1] = self.const(False) if v.type != "T" else self.emit("SameT", [v, self.const(None)])
        elif op == O.IS_NULLISH:
            v = st[-1]
            st[-1] = self.const(False) if v.type != "T" else self.call_py(H.is_nullish, [v])
        elif op == O.CALL:
            self.call(arg, i)
        elif op == O.NEW:
            args = st[len(st) - arg:] if arg else []
            del st[len(st) - arg:]
            fn = st.pop()
            st.append(self.call_py(H.construct, [self.frame, self.tconst(i + 1), fn] + args))
        else:
            return self.control(op, arg, i)
        return None

    def global_slot(self, name: str) -> Node | None:
        """A global variable that is a data property of the global object (``Math``, a
        top-level ``var`` or function), read from its slot behind guards: the function's realm,
        no lexical declaration of the name, the global object's shape."""
        realm = current_realm()
        g = realm.global_object
        i = g.shape.table.get(name)
        if self.callee is not None or not self.site_ok() or not self.g.can("CheckNotIn") \
                or type(g) is not JSObject or g.shape.dictionary \
                or i is None or g.shape.flags[i] & ACCESSOR or name in realm.global_lexicals:
            return None
        s = self.state()
        fn = self.emit("LoadField", [self.frame], "func")
        self.emit("CheckIs", [self.emit("LoadField", [fn], "realm")], realm, s)
        self.emit("CheckNotIn", [self.tconst(realm.global_lexicals)], name, s)
        self.emit("CheckShape", [self.tconst(g)], g.shape, s)
        return self.emit("LoadItemK", [self.emit("LoadField", [self.tconst(g)], "slots")], i)

    def check_init(self, v: Node) -> bool:
        """The TDZ check of a binding read; True when it always throws (tier 0 throws it)."""
        if v.op == "ConstT" and v.aux is UNINIT:
            self.emit("Deopt", [], "TDZ", self.state())
            return True
        if v.type == "T" and v.op not in ("ConstT", "VObject"):
            self.emit("CheckNotUninit", [v], state=self.state())
        return False

    def context(self, op: int, arg: int) -> None:
        if self.callee is not None:
            raise NotInlinable("closure context")
        st = self.stack
        c = self.ctx
        for _ in range(arg >> 16):
            c = self.emit("LoadItemK", [c], 0)
        idx = arg & 0xFFFF
        if op in (O.SET_CTX, O.PUT_CTX):
            v = st[-1] if op == O.SET_CTX else st.pop()
            self.emit("StoreItemK", [c, self.as_tagged(v)], idx)
            return
        v = self.emit("LoadItemK", [c], idx)
        if op != O.GET_CTX:
            self.emit("CheckNotUninit", [v], state=self.state())
        if op != O.CHECK_CTX:
            st.append(v)

    def control(self, op: int, arg: int, i: int) -> list:
        st = self.stack
        nxt = i + 1
        if op == O.JUMP:
            return [(arg, self.locals, st)]
        if op == O.RETURN:
            if self.returns is not None:  # inlined: to the caller's continuation
                self.returns.append((self.blk, st.pop()))
                self.emit("Jump", [])
                return []
            self.emit("Return", [self.as_tagged(st.pop())])
            return []
        if op == O.THROW:
            self.call_py(H.throw, [st.pop()])
            self.emit("Return", [self.const(None)])
            return []
        if op == O.THROW_ERROR:
            kind, msg = self.code.consts[arg]
            self.call_py(R.throw_error, [self.tconst(kind), self.tconst(msg)])
            self.emit("Return", [self.const(None)])
            return []
        v = st[-1]
        rest = st[:-1]
        if op in (O.JUMP_IF_FALSE, O.JUMP_IF_TRUE, O.JUMP_IF_FALSE_KEEP, O.JUMP_IF_TRUE_KEEP):
            cond = self.truthy(v)
            keep = op in (O.JUMP_IF_FALSE_KEEP, O.JUMP_IF_TRUE_KEEP)
            jumped = (arg, self.locals, st if keep else rest)
            fell = (nxt, self.locals, rest)
            self.emit("Branch", [cond])
            return [jumped, fell] if op in (O.JUMP_IF_TRUE, O.JUMP_IF_TRUE_KEEP) else [fell, jumped]
        if v.type != "T":  # a number is never nullish nor undefined
            if op == O.JUMP_IF_NOT_NULLISH_KEEP:
                return [(arg, self.locals, st)]
            return [(nxt, self.locals, st)]
        if op == O.JUMP_IF_UNDEF:
            cond = self.emit("SameT", [v, self.const(None)])
            self.emit("Branch", [cond])
            return [(arg, self.locals, rest), (nxt, self.locals, st)]
        cond = self.emit("TruthyT", [self.call_py(H.is_nullish, [v])])
        self.emit("Branch", [cond])
        if op == O.JUMP_IF_NULLISH:
            return [(arg, self.locals, rest + [self.const(None)]), (nxt, self.locals, st)]
        return [(nxt, self.locals, rest), (arg, self.locals, st)]  # JUMP_IF_NOT_NULLISH_KEEP

    # ---- escape analysis: object literals ------------------------------------------------------
    @staticmethod
    def pops(op: int, arg: int) -> int:
        n = O.OPS[op].pops
        if n >= 0:
            return n
        return arg + 2 if op == O.CALL else arg + 1 if op == O.NEW else arg

    def virtual_op(self, op: int, arg: int) -> bool:
        """An instruction that works on a virtual object without making it escape: a field
        definition, a read of a field it has, a write of a field it has."""
        st = self.stack
        if op == O.CALL:
            return arg == 2 and st[-1].op == "VArguments" and self.applies(self.pc)
        if op in (O.NEW_OBJECT, O.DEFINE_FIELD, O.GET_PROP, O.GET_PROP_KEEP, O.SET_PROP) and self.callee is None:
            if op == O.NEW_OBJECT:
                return self.g.can("VObject")
            obj = st[-2] if op in (O.DEFINE_FIELD, O.SET_PROP) else st[-1]
            key = self.code.consts[arg]
            return obj.op == "VObject" and (op == O.DEFINE_FIELD or key in obj.aux)
        return False

    def virtual(self, op: int, arg: int) -> None:
        """NEW_OBJECT makes an empty virtual object; DEFINE_FIELD and SET_PROP make a new
        snapshot (a VObject node is immutable: frame states taken earlier keep the old one)."""
        st = self.stack
        if op == O.NEW_OBJECT:
            st.append(self.emit("VObject", [], ()))
            return
        if op == O.CALL:  # g.apply(thisArg, arguments): the arguments are the frame's own
            self.escape(st[-4:-1])
            target, fn, this_arg, args = self.stack[-4:]
            self.emit("CheckIs", [fn], self.fb[self.pc], self.state())
            r = self.call_py(H.apply_arguments, [self.frame, self.tconst(self.pc + 1), fn, target, this_arg,
                                                 self.tconst(args.aux)])
            del self.stack[-4:]
            self.stack.append(r)
            return
        key = self.code.consts[arg]
        if op in (O.GET_PROP, O.GET_PROP_KEEP):
            obj = st[-1]
            v = obj.inputs[obj.aux.index(key)]
            if op == O.GET_PROP:
                st[-1] = v
            else:
                st.append(v)
            return
        obj, v = st[-2], st[-1]
        if v.op == "VObject":
            self.escape([v])
            v = self.real[v.id]
        keys, vals = list(obj.aux), list(obj.inputs)  # values stay unboxed until materialized
        if key in keys:
            vals[keys.index(key)] = v
        else:
            keys.append(key)
            vals.append(v)
        new = self.emit("VObject", vals, tuple(keys))
        self.locals = [new if x is obj else x for x in self.locals]
        self.stack = st = [new if x is obj else x for x in st]
        del st[-1]
        if op == O.SET_PROP:
            st[-1] = v

    def applies(self, pc: int) -> bool:
        """The call site's one target is Function.prototype.apply (tier 0's call feedback)."""
        t = self.fb[pc]
        return self.site_ok() and type(t) is BuiltinFunction and t.fn is function_apply

    def escape(self, values: list[Node]) -> None:
        """Materialize the virtual objects among ``values`` where they escape: a new object and
        its fields defined in order (what NEW_OBJECT and DEFINE_FIELD would have done), or the
        frame's arguments object (made once per frame: R.create_arguments caches it); every
        reference in the abstract state becomes the real object."""
        for v in values:
            if v.op not in ("VObject", "VArguments") or v.id in self.real:
                continue
            if v.op == "VArguments":
                o = self.call_py(R.create_arguments, [self.frame, self.tconst(v.aux)])
            else:
                o = self.call_py(R.new_object, [])
                for key, val in zip(v.aux, v.inputs):
                    self.call_py(R.define_field, [o, self.tconst(key), val])
            self.real[v.id] = o
            self.locals = [o if x is v else x for x in self.locals]
            self.stack = [o if x is v else x for x in self.stack]

    # ---- speculated operations ----------------------------------------------------------------
    def inlinable(self, target: Any) -> bool:
        if type(target) is not JSFunction or self.callee is not None or not self.site_ok():
            return False
        c = target.code
        if c is self.code or c.kind not in ("normal", "method") or c.is_generator or c.is_async \
                or c.handlers or c.has_context or len(c.code) > MAX_INLINE:
            return False
        return all(op in SUPPORTED and op not in NOT_INLINED and not (op in O.JUMP_OPS and arg <= k)
                   for k, (op, arg) in enumerate(c.code))

    def inline(self, target: Any, fn: Node, this: Node, args: list[Node], i: int) -> Node | None:
        """Build the callee's body in place of the call, behind a guard on the callee's
        identity. Its frame states chain to the caller's state after the call. Only code that
        cannot throw is inlined (a throw inside would need the callee's frame for its stack
        trace): a body with a runtime call is rolled back and the call stays a call."""
        g = self.g
        caller = self.blk
        mark = (len(g.blocks), len(caller.nodes), list(caller.succs), self.cached_state)
        self.emit("CheckIs", [fn], target, self.state())
        argc = len(args)
        rest = self.stack[:len(self.stack) - argc - 2]
        sub = Builder(target.code, target.code.opt.failed if target.code.opt else set(), {})
        sub.g, sub.entry, sub.frame, sub.ctx = g, self.entry, self.frame, None
        sub.outer = FrameState(i + 1, self.live_locals(i + 1, self.locals), rest, self.outer, self.callee)
        sub.callee = (fn, this)
        sub.returns = []
        code = target.code
        order, npreds = cfg(code)
        sub.live = liveness(code, order)
        undef = self.const(None)
        locals0 = [args[k] if k < argc and k < code.simple_params else undef for k in range(code.nlocals)]
        self.emit("Jump", [])
        start = len(g.blocks)
        try:
            sub.blocks(order, npreds, {0: [Edge(caller, locals0, [])]})
            if not sub.returns or any(NODES[n.op].throws for b in g.blocks[start:] for n in b.nodes):
                raise NotInlinable("may throw")
        except (NotInlinable, Generic, Decline):
            del g.blocks[mark[0]:]
            del caller.nodes[mark[1]:]
            caller.succs[:] = mark[2]
            self.cached_state = mark[3]
            return None
        cont = g.new_block(-1)
        for b, _ in sub.returns:
            b.succs.append(cont)
            cont.preds.append(b)
        values = [v for _, v in sub.returns]
        self.blk = cont
        self.cached_state = None
        if len(values) == 1:
            return values[0]
        t = "F" if all(v.type in ("F", "I") or (v.op == "ConstT" and type(v.aux) is float) for v in values) else "T"
        phi = g.make("Phi", [], None, i, None, t)
        phi.block = cont
        cont.nodes.append(phi)
        for b, v in sub.returns:
            phi.inputs.append(self.as_float(v, block=b) if t == "F" else self.as_tagged(v, block=b))
        return phi


def build_graph(code: Any, failed: set, osr: tuple[int, int] | None = None,
                nodes_ok: frozenset[str] | None = None) -> Graph:
    """Build the IR (entered at the start, or at a loop header for OSR), rebuilding while a
    loop phi's type disagrees with its back edges. ``nodes_ok``: the nodes the backend lowers
    (None: all); speculations that need other nodes are not made."""
    hints: dict = {}
    for _ in range(8):
        b = Builder(code, failed, hints, osr)
        b.g.nodes_ok = nodes_ok
        g = b.build()
        changed = False
        for hpc, slot, phi, raw in b.loop_phis:
            want = b.merge_type([r for r in raw if r is not phi], ("phi", hpc, slot))
            if want != phi.type and hints.get((hpc, slot)) != want:
                hints[(hpc, slot)] = want
                changed = True
        if not changed:
            return g
    raise Decline("loop phi types do not settle")
