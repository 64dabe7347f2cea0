"""Instruction selection: optimized tier-2 IR -> machine IR (docs/VLIW.md, "Instruction
selection").

Each IR node becomes a few machine operations on virtual registers (one per SSA value;
constants are immediates). Guards become a compare into a predicate and an ``exit`` that
carries the guard's number and reads its frame-state values; the load a guard protects (the
float inside a Number, an element) is a separate operation that the scheduler may hoist above
the exit as a speculative load. A phi becomes copies (``mov``/``pmov``) at the end of each
predecessor (the IR's branch edges go through edge blocks, so a predecessor ends in a jump).
"""
from __future__ import annotations

from typing import Any

from pyjs.engine.bytecode.compiler import UNINIT
from pyjs.engine.runtime.values import HOLE
from pyjs.tiers.opt.builder import Decline
from pyjs.tiers.opt.ir import Block, Graph, Node
from pyjs.tiers.opt.passes import dominators

from .mir import ExitInfo, Imm, MBlock, MFunction, MOp

TWO31 = 2147483648.0
TWO63 = 9.2233720368547758e18
CMP_I = {"<": "icmplt", "<=": "icmple", ">": "icmpgt", ">=": "icmpge", "==": "icmpeq", "!=": "icmpne"}
BIN_I = {"AddI": "add", "SubI": "sub", "MulI": "mul", "CheckedAddI": "add", "CheckedSubI": "sub",
         "CheckedMulI": "mul"}
BIN_F = {"AddF": "fadd", "SubF": "fsub", "MulF": "fmul", "DivF": "fdiv", "ModF": "fmod"}
CMP_F = {"LtF": "fcmplt", "LeF": "fcmple", "GtF": "fcmpgt", "GeF": "fcmpge", "EqF": "fcmpeq", "NeF": "fcmpne"}
MATH_F = {"sqrt": "fsqrt", "floor": "ffloor", "ceil": "fceil", "abs": "fabs", "trunc": "ftrunc", "round": "fround"}


class Unsupported(Exception):
    """The backend cannot compile this graph (a compiler bug or broken IR: counted as a tier-2
    error; the code runs in tier 1)."""


class TooManyRegisters(Decline):
    """More values live at once than the register file holds (tier 2 declines the function)."""


def select(g: Graph) -> MFunction:
    """The machine IR of ``g``."""
    check_dominance(g)
    return Selector(g).run()


def check_dominance(g: Graph) -> None:
    """Every value is defined before each use on every path (its block dominates the use's;
    a phi's input, the predecessor it comes through), or the graph is declined, as LLVM's
    verifier makes the x86-64 backend decline it: a register read before any write would
    silently hold another value."""
    idom = dominators(g)
    where: dict[int, tuple[Block, int]] = {}
    for b in g.blocks:
        for k, n in enumerate(b.nodes):
            where[n.id] = (b, k)

    def dominates(a: Block, b: Block) -> bool:
        while b is not a:
            up = idom.get(b.id)
            if up is None or up is b:
                return False
            b = up
        return True

    for b in g.blocks:
        if b.id not in idom:
            continue  # unreachable
        for k, n in enumerate(b.nodes):
            if n.op == "Phi":
                uses = [(i, p, len(p.nodes)) for i, p in zip(n.inputs, b.preds)]
            else:
                uses = [(i, b, k) for i in n.inputs + (n.state.values() if n.state is not None else [])]
            for i, ub, uk in uses:
                db, dk = where[i.id]
                if not (dk < uk if db is ub else dominates(db, ub)):
                    raise Unsupported(f"v{i.id} does not dominate its use by v{n.id} (B{ub.id})")


def _unary(op: str, cls: str = "g"):
    """The selector of an IR node that is one machine operation on the node's inputs."""
    def sel(self: "Selector", n: Node) -> None:
        self.set(n, self.emit(op, self.ins(n), cls))
    return sel


class Selector:
    def __init__(self, g: Graph) -> None:
        self.g = g
        self.mf = MFunction(g.code)
        self.val: dict[int, Any] = {}   # IR node id -> operand
        self.cur: MBlock | None = None
        self.node: Node | None = None

    # ---- helpers -----------------------------------------------------------------------------
    def emit(self, op: str, srcs: list, cls: str | None = None, aux: Any = None) -> int | None:
        """Append an operation to the current block; its result is a new virtual register of
        class ``cls`` (``g``/``p``), or none."""
        dst = self.mf.vreg(cls) if cls else None
        self.cur.ops.append(MOp(op, dst, srcs, aux, self.node.id if self.node is not None else -1))
        return dst

    def v(self, n: Node) -> Any:
        try:
            return self.val[n.id]
        except KeyError:
            raise Unsupported(f"v{n.id} ({n.op}) used before it is defined") from None

    def ins(self, n: Node) -> list:
        return [self.v(i) for i in n.inputs]

    def set(self, n: Node, operand: Any) -> None:
        self.val[n.id] = operand

    def exit(self, n: Node, cond: Any, sense: bool) -> None:
        """The guard ``n`` leaves when ``cond`` is ``sense``. The exit reads the seen value and
        the frame-state values; a removed object literal (VObject) is read as its fields and
        a frame's arguments object not made (VArguments) as nothing: the bailout makes them
        (``ExitInfo.state``)."""
        guards = self.mf.guards
        if n not in guards:
            guards.append(n)
        srcs = [cond, self.v(n.inputs[0]) if n.inputs else Imm(None)]

        def loc(x: Node) -> tuple:
            if x.op == "VObject":
                return ("v", (x.id, x.aux), [loc(i) for i in x.inputs])
            if x.op == "VArguments":
                return ("a", x.aux)
            srcs.append(self.v(x))
            return ("r", len(srcs) - 1, x.type)
        state = [loc(x) for x in n.state.values()]
        info = ExitInfo(guards.index(n), sense, n.inputs[0].type if n.inputs else "-", state, n.op)
        self.emit("exit", srcs, aux=info)

    # ---- the function ------------------------------------------------------------------------
    def run(self) -> MFunction:
        g, mf = self.g, self.mf
        for b in g.blocks:  # phis first: a loop header's phis are read before their inputs exist
            for n in b.phis():
                self.set(n, mf.vreg("p" if n.type == "B" else "g"))
        for b in g.blocks:
            mb = self.cur = MBlock(b.id)
            mf.blocks[b.id] = mb
            mf.order.append(b.id)
            mb.preds = [p.id for p in b.preds]
            for n in b.nodes:
                if n.op == "Phi":
                    continue
                self.node = n
                if n.op in ("Jump", "Branch", "Return", "Deopt"):
                    break
                getattr(self, "op_" + n.op, self.missing)(n)
        for b in g.blocks:  # terminators and phi copies, once every value has its operand
            self.cur = mf.blocks[b.id]
            self.node = n = b.control
            getattr(self, "op_" + n.op)(n)
        seq = 0
        for mb in mf.live_blocks():
            for op in mb.ops:
                op.seq, op.block = seq, mb.id
                seq += 1
        return mf

    def missing(self, n: Node) -> None:
        raise Unsupported(f"no VLIW instruction selection for {n.op}")

    # ---- values ------------------------------------------------------------------------------
    def op_ConstT(self, n: Node) -> None:
        self.set(n, Imm(n.aux))

    def op_ConstF(self, n: Node) -> None:
        self.set(n, Imm(float(n.aux)))

    def op_ConstI(self, n: Node) -> None:
        self.set(n, Imm(int(n.aux)))

    def op_ConstB(self, n: Node) -> None:
        self.set(n, Imm(bool(n.aux)))

    def op_VObject(self, n: Node) -> None:
        """A removed object literal has no code: only frame states name it (``exit``)."""

    def op_VArguments(self, n: Node) -> None:
        """The arguments object not made: only frame states name it (``exit``)."""

    def op_Frame(self, n: Node) -> None:
        self.set(n, self.emit("frame", [], "g"))

    def op_LoadLocal(self, n: Node) -> None:
        (fr,) = self.ins(n)
        lst = self.emit("ldf", [fr], "g", "locals")
        self.set(n, self.emit("ldik", [lst], "g", n.aux))

    # ---- guards ------------------------------------------------------------------------------
    def type_is(self, n: Node, v: Any, cls: type) -> None:
        t = self.emit("ldtype", [v], "g")
        self.exit(n, self.emit("cmpeq", [t, Imm(cls)], "p"), False)

    def op_CheckFloat(self, n: Node) -> None:
        (v,) = self.ins(n)
        self.type_is(n, v, float)
        self.set(n, self.emit("ldfv", [v], "g"))

    def op_CheckClass(self, n: Node) -> None:
        self.type_is(n, self.v(n.inputs[0]), n.aux)

    def op_CheckIs(self, n: Node) -> None:
        self.exit(n, self.emit("cmpeq", [self.v(n.inputs[0]), Imm(n.aux)], "p"), False)

    def op_CheckShape(self, n: Node) -> None:
        s = self.emit("ldf", [self.v(n.inputs[0])], "g", "shape")
        self.exit(n, self.emit("cmpeq", [s, Imm(n.aux)], "p"), False)

    def _check_not(self, n: Node, marker: Any) -> None:
        self.exit(n, self.emit("cmpeq", [self.v(n.inputs[0]), Imm(marker)], "p"), True)

    def op_CheckNotNone(self, n: Node) -> None:
        self._check_not(n, None)

    def op_CheckNotHole(self, n: Node) -> None:
        self._check_not(n, HOLE)

    def op_CheckNotUninit(self, n: Node) -> None:
        self._check_not(n, UNINIT)

    def op_CheckBounds(self, n: Node) -> None:
        self.exit(n, self.emit("cmpltu", self.ins(n), "p"), False)

    def op_CheckTrue(self, n: Node) -> None:
        self.exit(n, self.v(n.inputs[0]), False)

    def op_ToInt32(self, n: Node) -> None:
        (d,) = self.ins(n)
        small = self.emit("fcmplt", [self.emit("fabs", [d], "g"), Imm(TWO63)], "p")
        nan = self.emit("fcmpne", [d, d], "p")
        self.exit(n, self.emit("por", [small, nan], "p"), False)
        self.set(n, self.emit("ftoi32", [d], "g"))

    def op_CheckInt32(self, n: Node) -> None:
        (d,) = self.ins(n)
        lo = self.emit("fcmpge", [d, Imm(-TWO31)], "p")
        hi = self.emit("fcmplt", [d, Imm(TWO31)], "p")
        i = self.emit("fcvti", [d], "g")
        exact = self.emit("fcmpeq", [self.emit("icvtf", [i], "g"), d], "p")
        self.exit(n, self.emit("pand", [lo, hi, exact], "p"), False)
        self.exit(n, self.emit("fisnegz", [d], "p"), True)
        self.set(n, i)

    def op_CheckSmallInt(self, n: Node) -> None:
        (v,) = self.ins(n)
        self.type_is(n, v, int)
        i = self.emit("ldint", [v], "g")
        self.exit(n, self.emit("cmpltu", [i, Imm(1 << 30)], "p"), False)
        self.set(n, i)

    def op_CheckNotIn(self, n: Node) -> None:
        self.exit(n, self.emit("ldin", [self.v(n.inputs[0]), Imm(n.aux)], "p"), True)

    def op_CheckIndex(self, n: Node) -> None:
        (d,) = self.ins(n)
        lo = self.emit("fcmpge", [d, Imm(0.0)], "p")
        hi = self.emit("fcmplt", [d, Imm(TWO31)], "p")
        i = self.emit("fcvti", [d], "g")
        back = self.emit("icvtf", [i], "g")
        exact = self.emit("fcmpeq", [back, d], "p")
        self.exit(n, self.emit("pand", [lo, hi, exact], "p"), False)
        self.set(n, i)

    def op_Length(self, n: Node) -> None:
        d = self.emit("jslen", [self.v(n.inputs[0])], "g")
        self.exit(n, self.emit("cmpnat", [d], "p"), True)
        self.set(n, d)

    # ---- arithmetic ----------------------------------------------------------------------------
    op_BoxF = _unary("boxf")
    op_BoxB = _unary("boxb")
    op_IToF = _unary("icvtf")
    op_UToF = _unary("ucvtf")
    op_NegF = _unary("fneg")
    op_BitNotI = _unary("not")
    op_TruthyF = _unary("ftruthy", "p")
    op_NotB = _unary("pnot", "p")
    op_SameT = _unary("cmpeq", "p")
    op_TruthyT = _unary("truthy", "p")
    op_ListLen = _unary("ldlen")
    op_LoadItem = _unary("ldi")

    def op_binf(self, n: Node) -> None:
        self.set(n, self.emit(BIN_F[n.op], self.ins(n), "g"))

    op_AddF = op_SubF = op_MulF = op_DivF = op_ModF = op_binf

    def op_cmpf(self, n: Node) -> None:
        self.set(n, self.emit(CMP_F[n.op], self.ins(n), "p"))

    op_LtF = op_LeF = op_GtF = op_GeF = op_EqF = op_NeF = op_cmpf

    def op_MathF(self, n: Node) -> None:
        self.set(n, self.emit(MATH_F[n.aux], self.ins(n), "g"))

    def op_MinMaxF(self, n: Node) -> None:
        self.set(n, self.emit("f" + n.aux, self.ins(n), "g"))

    def op_bini(self, n: Node) -> None:
        self.set(n, self.emit(BIN_I[n.op], self.ins(n), "g"))

    op_AddI = op_SubI = op_MulI = op_bini

    def op_checked(self, n: Node) -> None:
        """int32 + - * with an overflow guard: the exact result must fit in 32 bits; a product
        of 0 with a negative factor is -0, not an int32."""
        a, b = self.ins(n)
        r = self.emit(BIN_I[n.op], [a, b], "g")
        self.exit(n, self.emit("fitsi32", [r], "p"), False)
        if n.op == "CheckedMulI":
            neg = self.emit("icmplt", [self.emit("or", [a, b], "g"), Imm(0)], "p")
            self.exit(n, self.emit("pand", [self.emit("icmpeq", [r, Imm(0)], "p"), neg], "p"), True)
        self.set(n, r)

    op_CheckedAddI = op_CheckedSubI = op_CheckedMulI = op_checked

    def op_CheckedModI(self, n: Node) -> None:
        a, b = self.ins(n)
        ok = self.emit("pand", [self.emit("icmpge", [a, Imm(0)], "p"), self.emit("icmpgt", [b, Imm(0)], "p")], "p")
        self.exit(n, ok, False)
        self.set(n, self.emit("rem", [a, b], "g"))

    def op_CmpI(self, n: Node) -> None:
        self.set(n, self.emit(CMP_I[n.aux], self.ins(n), "p"))

    def op_BitI(self, n: Node) -> None:
        self.set(n, self.emit(n.aux, self.ins(n), "g"))

    def op_ShrI(self, n: Node) -> None:
        self.set(n, self.emit("ucvtf", [self.emit("shru", self.ins(n), "g")], "g"))

    # ---- memory ------------------------------------------------------------------------------
    def op_LoadField(self, n: Node) -> None:
        self.set(n, self.emit("ldf", self.ins(n), "g", n.aux))

    def op_LoadItemK(self, n: Node) -> None:
        self.set(n, self.emit("ldik", self.ins(n), "g", n.aux))

    def op_StoreField(self, n: Node) -> None:
        self.emit("stf", self.ins(n), aux=n.aux)

    def op_ListAppend(self, n: Node) -> None:
        self.emit("append", self.ins(n))

    def op_AppendElem(self, n: Node) -> None:
        self.emit("appendel", self.ins(n))

    def op_CheckNoIndexProps(self, n: Node) -> None:
        self.exit(n, self.emit("noidx", self.ins(n), "p"), False)

    def op_ByteLen(self, n: Node) -> None:
        size = self.emit("ldblen", self.ins(n), "g")
        self.exit(n, self.emit("cmpltu", [size, Imm(1 << 31)], "p"), False)
        self.set(n, size)

    def op_LoadTyped(self, n: Node) -> None:
        self.set(n, self.emit("ldtyped", self.ins(n), "g", n.aux))

    def op_StoreTypedF(self, n: Node) -> None:
        self.emit("sttf", self.ins(n), aux=n.aux)

    def op_StoreTypedI(self, n: Node) -> None:
        self.emit("stti", self.ins(n), aux=n.aux)

    def op_StoreItem(self, n: Node) -> None:
        self.emit("st", self.ins(n))

    def op_StoreItemK(self, n: Node) -> None:
        self.emit("stk", self.ins(n), aux=n.aux)

    # ---- calls -------------------------------------------------------------------------------
    def op_CallPy(self, n: Node) -> None:
        self.set(n, self.emit("call", self.ins(n), "g", (n.aux, n.pc)))

    def op_Tick(self, n: Node) -> None:
        self.emit("tick", [])

    # ---- control -----------------------------------------------------------------------------
    def op_Jump(self, n: Node) -> None:
        blk = n.block
        (succ,) = blk.succs
        k = succ.preds.index(blk)
        phis = list(succ.phis())
        dsts = {self.v(phi) for phi in phis}
        srcs = []
        for phi in phis:  # a phi's old value that another phi takes goes through a copy first
            src = self.v(phi.inputs[k])
            if src in dsts:
                src = self.emit("pcopy" if phi.type == "B" else "copy", [src], "p" if phi.type == "B" else "g")
            srcs.append(src)
        for phi, src in zip(phis, srcs):
            self.cur.ops.append(MOp("pmov" if phi.type == "B" else "mov", self.v(phi), [src], None, phi.id))
        self.cur.term = ("jump", succ.id)

    def op_Branch(self, n: Node) -> None:
        blk = n.block
        if any(True for s in blk.succs for _ in s.phis()):
            raise Unsupported("a branch straight into a phi (no edge block)")
        self.cur.term = ("branch", self.v(n.inputs[0]), blk.succs[0].id, blk.succs[1].id)

    def op_Return(self, n: Node) -> None:
        self.cur.term = ("ret", self.v(n.inputs[0]))

    def op_Deopt(self, n: Node) -> None:
        self.exit(n, Imm(True), True)
        self.cur.term = ("stop",)
