"""IR -> LLVM IR: the x86-64 backend's instruction selection (docs/TIERS.md, "Tier 2").

The generated function has CPython's METH_FASTCALL signature ``(self, args, nargs)``; ``args[0]``
is the tier-0 Frame. Values: tagged -> i64 (a PyObject address), float64 -> double, int32 ->
i32, bool -> i1. Reference counts follow one rule: every node that makes a reference (a runtime
call's result, a box, a load from the heap) stores it in its own slot of a per-call slot array,
releasing what the slot held before (the previous iteration's value, dead in SSA); a tagged
phi owns a reference too (taken on each incoming edge). Constants, the frame and True/False
are borrowed (the compiled code keeps the constants alive). Every exit — return, bailout,
exception — releases every slot, so nothing leaks and nothing is freed early.
"""
from __future__ import annotations

from typing import Any

from llvmlite import ir

from pyjs.engine.runtime.conversions import to_boolean
from pyjs.engine.runtime.memory import CHUNK, grown
from pyjs.tiers.opt.ir import Graph, Node
from pyjs.tiers.opt.nodes import NODES

from .layout import (BYTES_SIZE, BYTES_START, FLOAT_VAL, LIST_ITEMS, LIST_SIZE, LONG_DIGIT0, LONG_SIZE,
                     STR_LENGTH, TYPE, layout)

I1, I32, I64, F64 = ir.IntType(1), ir.IntType(32), ir.IntType(64), ir.DoubleType()
LL = {"T": I64, "F": F64, "I": I32, "B": I1}
OWNING = frozenset({"CallPy", "BoxF", "LoadField", "LoadItem", "LoadItemK", "LoadLocal"})
FCMP = {"LtF": "<", "LeF": "<=", "GtF": ">", "GeF": ">=", "EqF": "=="}
BIN_F = {"AddF": "fadd", "SubF": "fsub", "MulF": "fmul", "DivF": "fdiv", "ModF": "frem"}
INTRINSIC = {"sqrt": "llvm.sqrt.f64", "floor": "llvm.floor.f64", "ceil": "llvm.ceil.f64",
             "abs": "llvm.fabs.f64", "trunc": "llvm.trunc.f64", "min": "llvm.minimum.f64",
             "max": "llvm.maximum.f64", "copysign": "llvm.copysign.f64"}


class Bail:
    """A bailout block, shared by the guards of one frame state, and its incoming edges:
    (guard number, the seen value's raw bits, predecessor block)."""

    def __init__(self, block: ir.Block, state: Any) -> None:
        self.block = block
        self.state = state
        self.incoming: list[tuple[int, ir.Value, ir.Block]] = []


class Unsupported(Exception):
    """The backend has no lowering for a node (a bug: the table and the backend disagree)."""


def borrowed_loads(g: Graph) -> set[int]:
    """Loads whose reference need not be taken: a local (the frame's locals list holds it for
    the whole call: tier-2 code never writes it), the frame's context list and ``this`` (never
    replaced in tier-2 code), and any load whose every use is in its own block, before the next node that
    writes the heap or calls out (which could release the object)."""
    users: dict[int, list[Node]] = {}
    for n in g.nodes():
        for i in n.inputs + (n.state.values() if n.state is not None else []):
            users.setdefault(i.id, []).append(n)
    out: set[int] = set()
    for blk in g.blocks:
        nodes = blk.nodes
        for k, n in enumerate(nodes):
            if n.op == "LoadLocal" or (n.op == "LoadField" and n.inputs[0].op == "Frame" and n.aux in ("ctx", "this")):
                out.add(n.id)
                continue
            if n.op not in ("LoadField", "LoadItem", "LoadItemK"):
                continue
            region = set()
            for m in nodes[k + 1:]:
                region.add(m.id)
                if NODES[m.op].effects in ("write", "call", "control"):
                    break
            if all(u.id in region and u.op != "Phi" and NODES[u.op].effects not in ("write", "call", "control")
                   or (u.id in region and u.op in ("StoreItem", "StoreItemK", "ListAppend", "AppendElem")) for u in users.get(n.id, [])):
                out.add(n.id)
    return out


def flat_values(values: list[Node]) -> list[Node]:
    """Frame-state values with each removed object literal (VObject) replaced by its fields."""
    out: list[Node] = []
    for v in values:
        if v.op == "VObject":
            out += flat_values(v.inputs)
        elif v.op != "VArguments":
            out.append(v)
    return out


def c64(v: int) -> ir.Constant:
    return ir.Constant(I64, v)


class Lowering:
    """One graph -> one LLVM function named ``name``; ``guards`` lists the nodes that can bail
    out, in the order of the guard numbers the code passes to ``deopt``."""

    def __init__(self, g: Graph, name: str, deopt: Any, tick: Any) -> None:
        self.g = g
        self.L = layout()
        self.F = self.L["fields"]
        self.keep: list[Any] = [deopt, tick]   # objects whose addresses are in the code
        self.deopt_addr, self.tick_addr = id(deopt), id(tick)
        self.module = ir.Module(name=name)
        self.fn = ir.Function(self.module, ir.FunctionType(I64, [I64, I64, I64]), name)
        self.guards: list[Node] = []
        self.vals: dict[int, ir.Value] = {}
        self.slot: dict[int, int] = {}
        self.end: dict[int, ir.Block] = {}
        self.bail: dict[int, Bail] = {}
        self.exits: list[tuple[ir.Value, ir.Block]] = []
        self.pc_consts: dict[int, int] = {}
        self.fns: dict[str, ir.Function] = {}
        self.ticks = ir.GlobalVariable(self.module, I64, name + "_ticks")
        self.ticks.linkage = "internal"
        self.ticks.initializer = c64(0)

    # ---- small helpers -----------------------------------------------------------------------
    def ptr(self, addr: ir.Value, off: int, ty: ir.Type = I64) -> ir.Value:
        b = self.b
        a = b.add(addr, c64(off)) if off else addr
        return b.inttoptr(a, ty.as_pointer())

    def load(self, addr: ir.Value, off: int, ty: ir.Type = I64) -> ir.Value:
        return self.b.load(self.ptr(addr, off, ty))

    def obj(self, o: Any) -> ir.Constant:
        self.keep.append(o)
        return c64(id(o))

    def api(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Value:
        return self.b.inttoptr(c64(self.L["api"][name]), ir.FunctionType(ret, args).as_pointer())

    def helper(self, name: str, body) -> ir.Function:
        """An internal function of one i64: incref is inlined; decref and xdecref, whose
        branch and deallocation call would multiply the code size (and LLVM's compile time)
        if inlined at every use, are called."""
        f = self.fns.get(name)
        if f is None:
            f = ir.Function(self.module, ir.FunctionType(ir.VoidType(), [I64]), f"{self.fn.name}_{name}")
            f.linkage = "internal"
            f.attributes.add("alwaysinline" if name == "incref" else "noinline")
            saved = getattr(self, "b", None)
            self.b = ir.IRBuilder(f.append_basic_block())
            body(f.args[0])
            self.b = saved
            self.fns[name] = f
        return f

    def _incref(self, v: ir.Value) -> None:
        p = self.ptr(v, 0)
        self.b.store(self.b.add(self.b.load(p), c64(1)), p)
        self.b.ret_void()

    def _decref(self, v: ir.Value) -> None:
        b = self.b
        p = self.ptr(v, 0)
        n = b.sub(b.load(p), c64(1))
        b.store(n, p)
        with b.if_then(b.icmp_unsigned("==", n, c64(0)), likely=False):
            b.call(self.api("_Py_Dealloc", ir.VoidType(), [I64]), [v])
        b.ret_void()

    def _xdecref(self, v: ir.Value) -> None:
        b = self.b
        with b.if_then(b.icmp_unsigned("!=", v, c64(0))):
            b.call(self.helper("decref", self._decref), [v])
        b.ret_void()

    def incref(self, v: ir.Value) -> None:
        self.b.call(self.helper("incref", self._incref), [v])

    def decref(self, v: ir.Value) -> None:
        self.b.call(self.helper("decref", self._decref), [v])

    def own(self, n: Node, v: ir.Value) -> None:
        """Store a new reference in the node's slot, releasing the slot's previous one."""
        p = self.b.gep(self.slots, [c64(0), c64(self.slot[n.id])])
        old = self.b.load(p)
        self.b.store(v, p)
        self.b.call(self.helper("xdecref", self._xdecref), [old])

    def check_null(self, v: ir.Value) -> None:
        """A NULL result: a Python exception is set; leave through the exception exit."""
        b = self.b
        bad = b.icmp_unsigned("==", v, c64(0))
        cont = self.fn.append_basic_block()
        b.cbranch(bad, self.exc_block, cont)
        b.position_at_end(cont)

    def guard(self, ok: ir.Value, n: Node) -> None:
        """Continue when ``ok``; else bail out. The guards of one instruction share their frame
        state and so one bailout block, which receives the guard's number and the raw bits of
        the value it saw through phis."""
        if n not in self.guards:
            self.guards.append(n)
        bail = self.bail.get(id(n.state))
        if bail is None:
            bail = self.bail[id(n.state)] = Bail(self.fn.append_basic_block("bail"), n.state)
        seen = self.raw(self.value(n.inputs[0])) if n.inputs else c64(0)
        bail.incoming.append((self.guards.index(n), seen, self.b.block))
        cont = self.fn.append_basic_block()
        self.b.cbranch(ok, cont, bail.block)
        self.b.position_at_end(cont)

    def raw(self, v: ir.Value) -> ir.Value:
        """A value's 64 bits for the state buffer: a pointer, a double's bits, an int32
        sign-extended, a bool zero-extended (deopt.decode reads them back by type)."""
        if v.type == I64:
            return v
        if v.type == F64:
            return self.b.bitcast(v, I64)
        if v.type == I32:
            return self.b.sext(v, I64)
        return self.b.zext(v, I64)

    def vectorcall(self, callee: ir.Value, args: list[ir.Value]) -> ir.Value:
        b = self.b
        for k, a in enumerate(args):
            b.store(a, b.gep(self.argbuf, [c64(0), c64(k)]))
        buf = b.ptrtoint(b.gep(self.argbuf, [c64(0), c64(0)]), I64)
        vc = self.api("PyObject_Vectorcall", I64, [I64, I64, I64, I64])
        return b.call(vc, [callee, buf, c64(len(args)), c64(0)])

    def box_f(self, d: ir.Value) -> ir.Value:
        r = self.b.call(self.api("PyFloat_FromDouble", I64, [F64]), [d])
        self.check_null(r)
        return r

    def intrinsic(self, name: str, nargs: int) -> ir.Function:
        f = self.fns.get(name)
        if f is None:
            f = self.fns[name] = ir.Function(self.module, ir.FunctionType(F64, [F64] * nargs), name)
        return f

    def store_pc(self, pc: int) -> None:
        """frame.pc = pc + 1 (what stack traces read), before a call that can throw."""
        n = pc + 1
        if n not in self.pc_consts:
            self.pc_consts[n] = n
        new = self.obj(n)
        p = self.ptr(self.frame, self.F["pc"])
        old = self.b.load(p)
        self.incref(new)
        self.b.store(new, p)
        self.decref(old)

    # ---- the function ----------------------------------------------------------------------
    def lower(self) -> ir.Module:
        g = self.g
        nslots = 0
        maxargs, maxstate = 3, 1
        self.borrowed = borrowed_loads(g)
        for n in g.nodes():
            if (n.op in OWNING and n.id not in self.borrowed) or (n.op == "Phi" and n.type == "T"):
                self.slot[n.id] = nslots
                nslots += 1
            if n.op == "CallPy":
                maxargs = max(maxargs, len(n.inputs))
            if n.state is not None:
                maxstate = max(maxstate, 2 + len(flat_values(n.state.values())))
        prologue = self.fn.append_basic_block("prologue")
        self.b = b = ir.IRBuilder(prologue)
        self.slots = b.alloca(ir.ArrayType(I64, max(nslots, 1)))
        b.store(ir.Constant(ir.ArrayType(I64, max(nslots, 1)), None), self.slots)
        self.argbuf = b.alloca(ir.ArrayType(I64, maxargs))
        self.statebuf = b.alloca(ir.ArrayType(I64, maxstate))
        self.frame = b.load(b.inttoptr(self.fn.args[1], I64.as_pointer()))
        self.exit_block = self.fn.append_basic_block("exit")
        self.exc_block = self.fn.append_basic_block("exception")
        blocks = {blk.id: self.fn.append_basic_block(f"B{blk.id}") for blk in g.blocks}
        self.blocks = blocks
        b.branch(blocks[g.blocks[0].id])
        for blk in g.blocks:
            b.position_at_end(blocks[blk.id])
            for n in blk.nodes:
                if n.op == "Phi":
                    self.vals[n.id] = b.phi(LL[n.type])
            for n in blk.nodes:
                if n.op == "Phi":
                    if n.type == "T":
                        self.own(n, self.vals[n.id])
                    continue
                getattr(self, "op_" + n.op, self.missing)(n)
        for blk in g.blocks:
            for k, n in enumerate(blk.phis()):
                for p, v in zip(blk.preds, n.inputs):
                    self.vals[n.id].add_incoming(self.value(v), self.end[p.id])
        for bail in self.bail.values():
            self.bailout(bail)
        self.finish(nslots)
        return self.module

    def finish(self, nslots: int) -> None:
        b = self.b
        b.position_at_end(self.exc_block)
        b.branch(self.exit_block)
        self.exits.append((c64(0), self.exc_block))
        b.position_at_end(self.exit_block)
        result = b.phi(I64)
        for v, bb in self.exits:
            result.add_incoming(v, bb)
        if nslots:  # release every slot: for k in range(nslots): xdecref(slots[k])
            head = self.fn.append_basic_block("release")
            done = self.fn.append_basic_block("done")
            start = b.block
            b.branch(head)
            b.position_at_end(head)
            k = b.phi(I64)
            k.add_incoming(c64(0), start)
            b.call(self.helper("xdecref", self._xdecref), [b.load(b.gep(self.slots, [c64(0), k]))])
            k1 = b.add(k, c64(1))
            k.add_incoming(k1, head)
            b.cbranch(b.icmp_unsigned("<", k1, c64(nslots)), head, done)
            b.position_at_end(done)
        b.ret(result)

    def location(self, v: Node) -> tuple[str, Any]:
        """Where deopt finds a frame-state value: a constant (``c``), the node's owned slot
        (``s``: the slot holds the value of the node's latest execution, which is the one the
        state names), the frame's local (``l``: tier-2 code never writes the frame's locals),
        or the state buffer (``r``: stored by the bailout block). Only ``r`` values are kept
        live up to the bailout, which keeps register pressure and compile time down."""
        if v.op in ("ConstT", "ConstF", "ConstB", "ConstI"):
            return ("c", float(v.aux) if v.op == "ConstI" else v.aux)
        if v.id in self.slot:
            return ("s", self.slot[v.id])
        if v.op == "LoadLocal":
            return ("l", v.aux)
        return ("r", None)

    def locations(self, n: Node) -> list[tuple[str, Any, str]]:
        """The guard's value locations for deopt, in ``state.values()`` order (raw ones
        numbered in the order the bailout block stores them, ``flat_values``'s). A removed
        object literal is ``("v", (node id, keys), its field values' locations)``."""
        raw = [2]

        def loc(v: Node) -> tuple:
            if v.op == "VObject":
                return ("v", (v.id, v.aux), [loc(i) for i in v.inputs])
            if v.op == "VArguments":
                return ("a", v.aux, "T")
            kind, x = self.location(v)
            if kind == "r":
                x, raw[0] = raw[0], raw[0] + 1
            return (kind, x, v.type)
        return [loc(v) for v in n.state.values()]

    def bailout(self, bail: "Bail") -> None:
        """Fill the state buffer (the seen value's bits, the slot array's address, then the
        raw-located state values) and call deopt(frame, guard number, buffer address); return
        its result (tier 0 finished the call) or leave by the exception exit. Nothing is boxed
        here: deopt reads constants, slots, locals and the buffer by the recorded locations."""
        b = self.b
        b.position_at_end(bail.block)
        number, seen = b.phi(I64), b.phi(I64)
        for k, x, pred in bail.incoming:
            number.add_incoming(self.obj(k), pred)
            seen.add_incoming(x, pred)
        buf = lambda j: b.gep(self.statebuf, [c64(0), c64(j)])  # noqa: E731
        b.store(seen, buf(0))
        b.store(b.ptrtoint(b.gep(self.slots, [c64(0), c64(0)]), I64), buf(1))
        j = 2
        for v in flat_values(bail.state.values()):
            if self.location(v)[0] == "r":
                b.store(self.raw(self.value(v)), buf(j))
                j += 1
        addr = b.call(self.api("PyLong_FromLongLong", I64, [I64]), [b.ptrtoint(buf(0), I64)])
        self.check_null(addr)
        r = self.vectorcall(c64(self.deopt_addr), [self.frame, number, addr])
        self.decref(addr)
        self.check_null(r)
        self.exits.append((r, b.block))
        b.branch(self.exit_block)

    def value(self, n: Node) -> ir.Value:
        v = self.vals.get(n.id)
        if v is None:
            raise Unsupported(f"v{n.id} ({n.op}) used before it is lowered")
        return v

    def missing(self, n: Node) -> None:
        raise Unsupported(f"no x64 lowering for {n.op}")

    def set(self, n: Node, v: ir.Value) -> None:
        self.vals[n.id] = v

    def ins(self, n: Node) -> list[ir.Value]:
        return [self.value(i) for i in n.inputs]

    # ---- nodes -------------------------------------------------------------------------------
    def op_ConstT(self, n: Node) -> None:
        self.set(n, self.obj(n.aux))

    def op_ConstF(self, n: Node) -> None:
        self.set(n, ir.Constant(F64, n.aux))

    def op_ConstI(self, n: Node) -> None:
        self.set(n, ir.Constant(I32, n.aux))

    def op_ConstB(self, n: Node) -> None:
        self.set(n, ir.Constant(I1, int(n.aux)))

    def op_VObject(self, n: Node) -> None:
        """A removed object literal has no code: only frame states name it (deopt builds it)."""

    def op_VArguments(self, n: Node) -> None:
        """The arguments object not made: only frame states name it (deopt makes it)."""

    def op_Frame(self, n: Node) -> None:
        self.set(n, self.frame)

    def keep_ref(self, n: Node, v: ir.Value) -> None:
        """A loaded reference: owned through the node's slot, unless it is borrowed."""
        if n.id not in self.borrowed:
            self.incref(v)
            self.own(n, v)
        self.set(n, v)

    def op_LoadLocal(self, n: Node) -> None:
        (fr,) = self.ins(n)
        items = self.load(self.load(fr, self.F["locals"]), LIST_ITEMS)
        self.keep_ref(n, self.load(items, 8 * n.aux))

    def op_CheckFloat(self, n: Node) -> None:
        (v,) = self.ins(n)
        self.guard(self.b.icmp_unsigned("==", self.load(v, TYPE), c64(self.L["float_type"])), n)
        self.set(n, self.load(v, FLOAT_VAL, F64))

    def op_BoxF(self, n: Node) -> None:
        r = self.box_f(self.value(n.inputs[0]))
        self.own(n, r)
        self.set(n, r)

    def op_BoxB(self, n: Node) -> None:
        self.set(n, self.b.select(self.value(n.inputs[0]), c64(self.L["true"]), c64(self.L["false"])))

    def op_IToF(self, n: Node) -> None:
        self.set(n, self.b.sitofp(self.value(n.inputs[0]), F64))

    def op_UToF(self, n: Node) -> None:
        self.set(n, self.b.uitofp(self.value(n.inputs[0]), F64))

    def op_ToInt32(self, n: Node) -> None:
        (d,) = self.ins(n)
        b = self.b
        # ToInt32 is the integral part modulo 2**32: exact through int64 below 2**63 in
        # magnitude (NaN gives 0; an infinity or a larger magnitude bails out)
        absd = b.call(self.intrinsic(INTRINSIC["abs"], 1), [d])
        nan = b.fcmp_unordered("uno", d, d)
        self.guard(b.or_(nan, b.fcmp_ordered("<", absd, ir.Constant(F64, 9.2233720368547758e18))), n)
        self.set(n, b.trunc(b.select(nan, c64(0), b.fptosi(d, I64)), I32))

    def op_CheckIndex(self, n: Node) -> None:
        (d,) = self.ins(n)
        b = self.b
        ok = b.and_(b.fcmp_ordered(">=", d, ir.Constant(F64, 0.0)),
                    b.fcmp_ordered("<", d, ir.Constant(F64, 2147483648.0)))
        self.guard(ok, n)
        i = b.fptosi(d, I32)
        self.guard(b.fcmp_ordered("==", b.sitofp(i, F64), d), n)
        self.set(n, i)

    def op_CheckInt32(self, n: Node) -> None:
        (d,) = self.ins(n)
        b = self.b
        ok = b.and_(b.fcmp_ordered(">=", d, ir.Constant(F64, -2147483648.0)),
                    b.fcmp_ordered("<", d, ir.Constant(F64, 2147483648.0)))
        self.guard(ok, n)
        i = b.fptosi(d, I32)
        # integral, and not -0 (whose bits are negative as an i64)
        neg_zero = b.and_(b.icmp_signed("==", i, ir.Constant(I32, 0)), b.icmp_signed("<", b.bitcast(d, I64), c64(0)))
        self.guard(b.and_(b.fcmp_ordered("==", b.sitofp(i, F64), d), b.not_(neg_zero)), n)
        self.set(n, i)

    def overflow_op(self, name: str, a: ir.Value, c: ir.Value) -> tuple[ir.Value, ir.Value]:
        """llvm.s<name>.with.overflow.i32: (result, overflowed)."""
        key = f"llvm.s{name}.with.overflow.i32"
        f = self.fns.get(key)
        if f is None:
            f = self.fns[key] = ir.Function(self.module, ir.FunctionType(ir.LiteralStructType([I32, I1]), [I32, I32]), key)
        r = self.b.call(f, [a, c])
        return self.b.extract_value(r, 0), self.b.extract_value(r, 1)

    def _checked(self, n: Node) -> None:
        a, c = self.ins(n)
        r, over = self.overflow_op({"CheckedAddI": "add", "CheckedSubI": "sub", "CheckedMulI": "mul"}[n.op], a, c)
        bad = over
        if n.op == "CheckedMulI":  # 0 times a negative is -0, not an int32
            bad = self.b.or_(over, self.b.and_(self.b.icmp_signed("==", r, ir.Constant(I32, 0)),
                                               self.b.icmp_signed("<", self.b.or_(a, c), ir.Constant(I32, 0))))
        self.guard(self.b.not_(bad), n)
        self.set(n, r)

    op_CheckedAddI = op_CheckedSubI = op_CheckedMulI = _checked

    def op_CheckedModI(self, n: Node) -> None:
        a, c = self.ins(n)
        b = self.b
        zero = ir.Constant(I32, 0)
        self.guard(b.and_(b.icmp_signed(">=", a, zero), b.icmp_signed(">", c, zero)), n)
        self.set(n, b.srem(a, c))

    def op_AddI(self, n: Node) -> None:
        self.set(n, self.b.add(*self.ins(n)))

    def op_SubI(self, n: Node) -> None:
        self.set(n, self.b.sub(*self.ins(n)))

    def op_MulI(self, n: Node) -> None:
        self.set(n, self.b.mul(*self.ins(n)))

    def op_CmpI(self, n: Node) -> None:
        a, c = self.ins(n)
        self.set(n, self.b.icmp_signed(n.aux, a, c))

    def op_CheckIs(self, n: Node) -> None:
        self.guard(self.b.icmp_unsigned("==", self.value(n.inputs[0]), self.obj(n.aux)), n)

    def op_CheckClass(self, n: Node) -> None:
        self.guard(self.b.icmp_unsigned("==", self.load(self.value(n.inputs[0]), TYPE), self.obj(n.aux)), n)

    def op_CheckShape(self, n: Node) -> None:
        v = self.load(self.value(n.inputs[0]), self.F["shape"])
        self.guard(self.b.icmp_unsigned("==", v, self.obj(n.aux)), n)

    def _check_not(self, n: Node, addr: int) -> None:
        self.guard(self.b.icmp_unsigned("!=", self.value(n.inputs[0]), c64(addr)), n)

    def op_CheckNotIn(self, n: Node) -> None:
        r = self.b.call(self.api("PyDict_Contains", I32, [I64, I64]), [self.value(n.inputs[0]), self.obj(n.aux)])
        self.guard(self.b.icmp_signed("==", r, ir.Constant(I32, 0)), n)

    def op_CheckNotNone(self, n: Node) -> None:
        self._check_not(n, self.L["none"])

    def op_CheckNotHole(self, n: Node) -> None:
        self._check_not(n, self.L["hole"])

    def op_CheckNotUninit(self, n: Node) -> None:
        self._check_not(n, self.L["uninit"])

    def op_CheckBounds(self, n: Node) -> None:
        i, length = self.ins(n)
        self.guard(self.b.icmp_unsigned("<", i, length), n)

    def op_CheckTrue(self, n: Node) -> None:
        self.guard(self.value(n.inputs[0]), n)

    def _binf(self, n: Node) -> None:
        a, c = self.ins(n)
        self.set(n, getattr(self.b, BIN_F[n.op])(a, c))

    op_AddF = op_SubF = op_MulF = op_DivF = op_ModF = _binf

    def op_NegF(self, n: Node) -> None:
        self.set(n, self.b.fneg(self.value(n.inputs[0])))

    def op_MathF(self, n: Node) -> None:
        (d,) = self.ins(n)
        b = self.b
        if n.aux != "round":
            self.set(n, b.call(self.intrinsic(INTRINSIC[n.aux], 1), [d]))
            return
        # Math.round: floor(x), plus one when x - floor(x) >= 0.5; a zero result keeps x's sign
        fl = b.call(self.intrinsic(INTRINSIC["floor"], 1), [d])
        up = b.fcmp_ordered(">=", b.fsub(d, fl), ir.Constant(F64, 0.5))
        r = b.select(up, b.fadd(fl, ir.Constant(F64, 1.0)), fl)
        zero = b.fcmp_ordered("==", r, ir.Constant(F64, 0.0))
        self.set(n, b.select(zero, b.call(self.intrinsic(INTRINSIC["copysign"], 2), [r, d]), r))

    def op_MinMaxF(self, n: Node) -> None:
        self.set(n, self.b.call(self.intrinsic(INTRINSIC[n.aux], 2), self.ins(n)))

    def _cmpf(self, n: Node) -> None:
        a, c = self.ins(n)
        self.set(n, self.b.fcmp_ordered(FCMP[n.op], a, c))

    op_LtF = op_LeF = op_GtF = op_GeF = op_EqF = _cmpf

    def op_NeF(self, n: Node) -> None:
        a, c = self.ins(n)
        self.set(n, self.b.fcmp_unordered("!=", a, c))

    def op_TruthyF(self, n: Node) -> None:
        self.set(n, self.b.fcmp_ordered("!=", self.value(n.inputs[0]), ir.Constant(F64, 0.0)))

    def op_NotB(self, n: Node) -> None:
        self.set(n, self.b.xor(self.value(n.inputs[0]), ir.Constant(I1, 1)))

    def op_SameT(self, n: Node) -> None:
        a, c = self.ins(n)
        self.set(n, self.b.icmp_unsigned("==", a, c))

    def op_BitI(self, n: Node) -> None:
        a, c = self.ins(n)
        b = self.b
        if n.aux in ("shl", "sar"):
            c = b.and_(c, ir.Constant(I32, 31))
            self.set(n, b.shl(a, c) if n.aux == "shl" else b.ashr(a, c))
        else:
            self.set(n, {"and": b.and_, "or": b.or_, "xor": b.xor}[n.aux](a, c))

    def op_ShrI(self, n: Node) -> None:
        a, c = self.ins(n)
        b = self.b
        self.set(n, b.uitofp(b.lshr(a, b.and_(c, ir.Constant(I32, 31))), F64))

    def op_BitNotI(self, n: Node) -> None:
        self.set(n, self.b.xor(self.value(n.inputs[0]), ir.Constant(I32, -1)))

    def op_LoadField(self, n: Node) -> None:
        self.keep_ref(n, self.load(self.value(n.inputs[0]), self.F[n.aux]))

    def _item_addr(self, lst: ir.Value, idx: ir.Value) -> ir.Value:
        b = self.b
        items = self.load(lst, LIST_ITEMS)
        return b.add(items, b.mul(b.sext(idx, I64), c64(8))) if isinstance(idx, ir.Value) and idx.type == I32 \
            else b.add(items, c64(8 * idx))

    def _load_item(self, n: Node, lst: ir.Value, idx: Any) -> None:
        self.keep_ref(n, self.load(self._item_addr(lst, idx), 0))

    def op_LoadItem(self, n: Node) -> None:
        lst, idx = self.ins(n)
        self._load_item(n, lst, idx)

    def op_LoadItemK(self, n: Node) -> None:
        self._load_item(n, self.value(n.inputs[0]), n.aux)

    def _store_item(self, lst: ir.Value, idx: Any, v: ir.Value) -> None:
        p = self.b.inttoptr(self._item_addr(lst, idx), I64.as_pointer())
        self.incref(v)
        old = self.b.load(p)
        self.b.store(v, p)
        self.decref(old)

    def op_StoreItem(self, n: Node) -> None:
        lst, idx, v = self.ins(n)
        self._store_item(lst, idx, v)

    def op_StoreItemK(self, n: Node) -> None:
        lst, v = self.ins(n)
        self._store_item(lst, n.aux, v)

    def op_CheckSmallInt(self, n: Node) -> None:
        """An exact int of at most one 30-bit digit (ob_size 0 or 1: 0 <= v < 2**30)."""
        (v,) = self.ins(n)
        b = self.b
        size = self.load(v, LONG_SIZE)
        ok = b.and_(b.icmp_unsigned("==", self.load(v, TYPE), c64(self.L["int_type"])),
                    b.icmp_unsigned("<=", size, c64(1)))
        self.guard(ok, n)
        digit = self.load(v, LONG_DIGIT0, I32)
        self.set(n, b.select(b.icmp_unsigned("==", size, c64(0)), ir.Constant(I32, 0), digit))

    def op_ByteLen(self, n: Node) -> None:
        size = self.load(self.value(n.inputs[0]), BYTES_SIZE)
        self.guard(self.b.icmp_unsigned("<", size, c64(2**31)), n)
        self.set(n, self.b.trunc(size, I32))

    TYPED = {"b": (ir.IntType(8), True), "B": (ir.IntType(8), False), "h": (ir.IntType(16), True),
             "H": (ir.IntType(16), False), "i": (I32, True), "I": (I32, False),
             "f": (ir.FloatType(), None), "d": (F64, None), "C": (ir.IntType(8), False)}

    def typed_ptr(self, data: ir.Value, pos: ir.Value, ty: ir.Type) -> ir.Value:
        start = self.load(data, BYTES_START)
        return self.b.inttoptr(self.b.add(start, self.b.sext(pos, I64)), ty.as_pointer())

    def op_LoadTyped(self, n: Node) -> None:
        data, pos = self.ins(n)
        ty, signed = self.TYPED[n.aux]
        b = self.b
        x = b.load(self.typed_ptr(data, pos, ty), align=1)
        if signed is None:
            self.set(n, x if ty == F64 else b.fpext(x, F64))
        else:
            self.set(n, b.sitofp(x, F64) if signed else b.uitofp(x, F64))

    def op_StoreTypedF(self, n: Node) -> None:
        data, pos, v = self.ins(n)
        b = self.b
        ty, _ = self.TYPED[n.aux]
        if n.aux == "C":  # ToUint8Clamp: NaN is 0, clamp to [0, 255], round half to even
            v = b.select(b.fcmp_unordered("uno", v, v), ir.Constant(F64, 0.0), v)
            v = b.call(self.intrinsic("llvm.maxnum.f64", 2), [v, ir.Constant(F64, 0.0)])
            v = b.call(self.intrinsic("llvm.minnum.f64", 2), [v, ir.Constant(F64, 255.0)])
            v = b.fptoui(b.call(self.intrinsic("llvm.rint.f64", 1), [v]), ty)
        elif ty != F64:
            v = b.fptrunc(v, ty)
        b.store(v, self.typed_ptr(data, pos, ty), align=1)

    def op_StoreTypedI(self, n: Node) -> None:
        data, pos, v = self.ins(n)
        ty, _ = self.TYPED[n.aux]
        self.b.store(v if ty == I32 else self.b.trunc(v, ty), self.typed_ptr(data, pos, ty), align=1)

    def op_StoreField(self, n: Node) -> None:
        o, v = self.ins(n)
        p = self.ptr(o, self.F[n.aux])
        self.incref(v)
        old = self.b.load(p)
        self.b.store(v, p)
        self.b.call(self.helper("xdecref", self._xdecref), [old])

    def op_ListAppend(self, n: Node) -> None:
        lst, v = self.ins(n)
        r = self.b.call(self.api("PyList_Append", ir.IntType(32), [I64, I64]), [lst, v])
        bad = self.fn.append_basic_block()
        cont = self.fn.append_basic_block()
        self.b.cbranch(self.b.icmp_signed("<", r, ir.Constant(I32, 0)), bad, cont)
        self.b.position_at_end(bad)
        self.b.branch(self.exc_block)
        self.b.position_at_end(cont)

    def op_AppendElem(self, n: Node) -> None:
        """elements.append(value); array.length = the new len (a new int); every CHUNK appends,
        memory.grown(elements) as access.set_dense_element does (it may end the run: stores
        frame.pc first)."""
        arr, el, v = self.ins(n)
        b = self.b
        old_n = self.load(el, LIST_SIZE)
        # the new length first: a failed allocation then leaves the array as it was
        length = b.call(self.api("PyLong_FromLongLong", I64, [I64]), [b.add(old_n, c64(1))])
        self.check_null(length)
        r = b.call(self.api("PyList_Append", I32, [I64, I64]), [el, v])
        failed, ok = self.fn.append_basic_block(), self.fn.append_basic_block()
        b.cbranch(b.icmp_signed("<", r, ir.Constant(I32, 0)), failed, ok)
        b.position_at_end(failed)
        self.decref(length)
        b.branch(self.exc_block)
        b.position_at_end(ok)
        p = self.ptr(arr, self.F["length"])
        old = b.load(p)
        b.store(length, p)
        self.b.call(self.helper("xdecref", self._xdecref), [old])
        with b.if_then(b.icmp_unsigned("==", b.and_(old_n, c64(CHUNK - 1)), c64(CHUNK - 1)), likely=False):
            if n.pc >= 0:
                self.store_pc(n.pc)
            g = self.vectorcall(self.obj(grown), [el])
            self.check_null(g)
            self.decref(g)

    def op_CheckNoIndexProps(self, n: Node) -> None:
        """elements is None or an empty list, and sparse is False."""
        (o,) = self.ins(n)
        b = self.b
        self.guard(b.icmp_unsigned("==", self.load(o, self.F["sparse"]), c64(self.L["false"])), n)
        el = self.load(o, self.F["elements"])
        is_none = b.icmp_unsigned("==", el, c64(self.L["none"]))
        start = b.block
        check = self.fn.append_basic_block()
        done = self.fn.append_basic_block()
        b.cbranch(is_none, done, check)
        b.position_at_end(check)
        empty = b.and_(b.icmp_unsigned("==", self.load(el, TYPE), c64(id(list))),
                       b.icmp_unsigned("==", self.load(el, LIST_SIZE), c64(0)))
        self.guard(self.join(done, I1, [(ir.Constant(I1, 1), start), (empty, b.block)]), n)

    def op_ListLen(self, n: Node) -> None:
        self.set(n, self.b.trunc(self.load(self.value(n.inputs[0]), LIST_SIZE), I32))

    def op_Length(self, n: Node) -> None:
        """An array's length (its int field, through PyLong_AsDouble) or a string's length."""
        b = self.b
        (v,) = self.ins(n)
        t = self.load(v, TYPE)
        arr_bb, other_bb, done = (self.fn.append_basic_block() for _ in range(3))
        b.cbranch(b.icmp_unsigned("==", t, c64(self.L["array_type"])), arr_bb, other_bb)
        b.position_at_end(other_bb)
        self.guard(b.icmp_unsigned("==", t, c64(self.L["str_type"])), n)
        s_len = b.sitofp(self.load(v, STR_LENGTH), F64)
        s_end = b.block
        b.branch(done)
        b.position_at_end(arr_bb)
        length = self.load(v, self.F["length"])
        a_len = b.call(self.api("PyLong_AsDouble", F64, [I64]), [length])
        self.set(n, self.join(done, F64, [(a_len, arr_bb), (s_len, s_end)]))

    def join(self, done: ir.Block, ty: ir.Type, incoming: list[tuple[ir.Value, ir.Block]]) -> ir.Value:
        """End the current block with a jump to ``done`` and merge ``incoming`` (value, block
        it comes from) there."""
        b = self.b
        b.branch(done)
        b.position_at_end(done)
        phi = b.phi(ty)
        for v, bb in incoming:
            phi.add_incoming(v, bb)
        return phi

    def op_CallPy(self, n: Node) -> None:
        if n.pc >= 0:
            self.store_pc(n.pc)
        r = self.vectorcall(self.obj(n.aux), self.ins(n))
        self.check_null(r)
        self.own(n, r)
        self.set(n, r)

    def op_TruthyT(self, n: Node) -> None:
        """True/False by identity, undefined is false; anything else asks ToBoolean."""
        b = self.b
        (v,) = self.ins(n)
        start = b.block
        slow = self.fn.append_basic_block()
        done = self.fn.append_basic_block()
        is_true = b.icmp_unsigned("==", v, c64(self.L["true"]))
        known = b.or_(is_true, b.or_(b.icmp_unsigned("==", v, c64(self.L["false"])),
                                     b.icmp_unsigned("==", v, c64(self.L["none"]))))
        b.cbranch(known, done, slow)
        b.position_at_end(slow)
        r = self.vectorcall(self.obj(to_boolean), [v])
        self.check_null(r)
        rt = b.icmp_unsigned("==", r, c64(self.L["true"]))
        self.decref(r)
        self.set(n, self.join(done, I1, [(is_true, start), (rt, b.block)]))

    def op_Tick(self, n: Node) -> None:
        b = self.b
        t = b.add(b.load(self.ticks), c64(1))
        b.store(t, self.ticks)
        with b.if_then(b.icmp_unsigned("==", b.and_(t, c64(1023)), c64(0)), likely=False):
            r = self.vectorcall(c64(self.tick_addr), [])
            self.check_null(r)
            self.decref(r)

    # ---- control -------------------------------------------------------------------------------
    def op_Jump(self, n: Node) -> None:
        blk = n.block
        (succ,) = blk.succs
        k = succ.preds.index(blk)
        for phi in succ.phis():
            if phi.type == "T":
                self.incref(self.value(phi.inputs[k]))
        self.end[blk.id] = self.b.block
        self.b.branch(self.blocks[succ.id])

    def op_Branch(self, n: Node) -> None:
        blk = n.block
        self.end[blk.id] = self.b.block
        self.b.cbranch(self.value(n.inputs[0]), self.blocks[blk.succs[0].id], self.blocks[blk.succs[1].id])

    def op_Return(self, n: Node) -> None:
        v = self.value(n.inputs[0])
        self.incref(v)
        self.end[n.block.id] = self.b.block
        self.exits.append((v, self.b.block))
        self.b.branch(self.exit_block)

    def op_Deopt(self, n: Node) -> None:
        self.end[n.block.id] = self.b.block
        self.guard(ir.Constant(I1, 0), n)
        self.b.unreachable()
