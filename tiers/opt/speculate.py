"""Speculation from feedback: the builder's translation of arithmetic, compares, property and
element accesses and calls (a mixin of ``builder.Builder``). Each method either emits the
speculated operation behind guards that carry the instruction's frame state, or the generic
runtime call tiers 0/1 make (``call_py``); see docs/TIERS.md, "Building and speculation"."""
from __future__ import annotations

from typing import Any

from pyjs.engine.bytecode import opcodes as O
from pyjs.engine.interp import ops_runtime as R
from pyjs.engine.runtime.function import BuiltinFunction
from pyjs.engine.runtime.objects import JSArray, JSObject

from pyjs.tiers.baseline.ic import PropIC

from . import helpers as H
from .ir import FrameState, Node

BINARY_F = {O.ADD: "AddF", O.SUB: "SubF", O.MUL: "MulF", O.DIV: "DivF", O.MOD: "ModF"}
BINARY_GENERIC = {O.ADD: R.add, O.SUB: R.sub, O.MUL: R.mul, O.DIV: R.div, O.MOD: R.mod,
                  O.POW: R.pow, O.BITAND: R.bitand, O.BITOR: R.bitor, O.BITXOR: R.bitxor,
                  O.SHL: R.shl, O.SAR: R.sar, O.SHR: R.shr}
BITWISE = {O.BITAND: "and", O.BITOR: "or", O.BITXOR: "xor", O.SHL: "shl", O.SAR: "sar"}
COMPARE_F = {O.LT: "LtF", O.GT: "GtF", O.LE: "LeF", O.GE: "GeF", O.SEQ: "EqF", O.SNE: "NeF"}
COMPARE_GENERIC = {O.LT: R.lt, O.GT: R.gt, O.LE: R.le, O.GE: R.ge, O.SEQ: R.strict_equals,
                   O.SNE: H.not_strict_equals, O.EQ: R.loose_equals, O.NE: H.not_loose_equals}
UNARY_F = {O.NEG: "NegF", O.INC: "AddF", O.DEC: "SubF", O.PLUS: None, O.TO_NUMERIC: None}
UNARY_GENERIC = {O.NEG: R.neg, O.INC: R.inc, O.DEC: R.dec, O.PLUS: R.to_number,
                 O.TO_NUMERIC: R.to_numeric, O.BITNOT: R.bitnot, O.TYPEOF: R.typeof,
                 O.TO_STRING: R.to_string}
MATH_UNARY = ("sqrt", "floor", "ceil", "abs", "trunc", "round")
MATH_BINARY = ("min", "max")


class Generic(Exception):
    """Speculation is not possible at this site: emit the generic operation."""


def math_intrinsic(fn: Any) -> str | None:
    """The name of the Math function ``fn`` is, if it is one of the realm's originals."""
    if type(fn) is not BuiltinFunction:
        return None
    math = fn.realm.intrinsics.get("%Math%")
    if math is None or fn.name not in MATH_UNARY + MATH_BINARY:
        return None
    i = math.shape.table.get(fn.name)
    return fn.name if i is not None and math.slots[i] is fn else None


class Speculation:
    """Per-instruction speculation (mixed into Builder)."""

    def speculating(self, *vals: Node) -> bool:
        return self.site_ok() and all(self.floatable(v) for v in vals)

    def binary(self, op: int) -> None:
        st = self.stack
        a, b = st[-2], st[-1]
        fb = self.fb[self.pc]
        if fb is None and op != O.POW and self.speculating(a, b):
            s = self.state()
            fa, fb_ = self.as_float(a, s), self.as_float(b, s)
            if op in BITWISE or op == O.SHR:
                ia, ib = self.emit("ToInt32", [fa], state=s), self.emit("ToInt32", [fb_], state=s)
                r = (self.emit("ShrI", [ia, ib]) if op == O.SHR
                     else self.emit("IToF", [self.emit("BitI", [ia, ib], BITWISE[op])]))
            else:
                r = self.emit(BINARY_F[op], [fa, fb_])
        else:
            r = self.call_py(BINARY_GENERIC[op], [a, b])
        del st[-2:]
        st.append(r)

    def unary(self, op: int) -> None:
        st = self.stack
        a = st[-1]
        if op in UNARY_F or op == O.BITNOT:
            if self.fb[self.pc] is None and self.speculating(a):
                fa = self.as_float(a)
                if op == O.BITNOT:
                    r = self.emit("IToF", [self.emit("BitNotI", [self.emit("ToInt32", [fa], state=self.state())])])
                elif op in (O.INC, O.DEC):
                    r = self.emit(UNARY_F[op], [fa, self.const(1.0)])
                elif op == O.NEG:
                    r = self.emit("NegF", [fa])
                else:
                    r = fa
                st[-1] = r
                return
        elif op == O.TO_STRING and a.op == "ConstT" and type(a.aux) is str:
            return
        st[-1] = self.call_py(UNARY_GENERIC[op], [a])

    def compare(self, op: int) -> None:
        st = self.stack
        a, b = st[-2], st[-1]
        if op in COMPARE_F and self.fb[self.pc] is None and self.speculating(a, b):
            s = self.state()
            r = self.emit(COMPARE_F[op], [self.as_float(a, s), self.as_float(b, s)])
        elif op in (O.SEQ, O.SNE) and any(x.op == "ConstT" and (x.aux is None or x.aux is R.JSNull or type(x.aux) is bool)
                                         for x in (a, b)):
            r = self.emit("SameT", [self.as_tagged(a), self.as_tagged(b)])
            if op == O.SNE:
                r = self.emit("NotB", [r])
        else:
            r = self.call_py(COMPARE_GENERIC[op], [a, b])
        del st[-2:]
        st.append(r)

    def get_prop(self, obj: Node, key: str, i: int) -> Node:
        c = self.fb[i]
        if obj.type == "T" and obj.op != "ConstT" and self.site_ok():
            s = self.state()
            if type(c) is tuple:
                self.emit("CheckClass", [obj], JSObject, s)
                self.emit("CheckShape", [obj], c[0], s)
                return self.emit("LoadItemK", [self.emit("LoadField", [obj], "slots")], c[1])
            if type(c) is list:
                self.emit("CheckClass", [obj], JSObject, s)
                self.emit("CheckShape", [obj], c[0], s)
                holder = self.tconst(c[1])
                self.emit("CheckIs", [self.emit("LoadField", [obj], "proto")], c[1], s)
                self.emit("CheckShape", [holder], c[2], s)
                return self.emit("LoadItemK", [self.emit("LoadField", [holder], "slots")], c[3])
            if c is None and key == "length":
                return self.emit("Length", [obj], state=s)
        return self.call_py(self.prop_ic(key, i).get, [obj])

    def set_prop(self, key: str, i: int) -> None:
        st = self.stack
        obj, v = st[-2], st[-1]
        c = self.fb[i]
        if type(c) is tuple and obj.type == "T" and obj.op != "ConstT" and self.site_ok():
            s = self.state()
            self.emit("CheckClass", [obj], JSObject, s)
            self.emit("CheckShape", [obj], c[0], s)
            self.emit("StoreItemK", [self.emit("LoadField", [obj], "slots"), self.as_tagged(v)], c[1])
        else:
            self.call_py(self.prop_ic(key, i).set, [obj, v, self.tconst(self.code.strict)])
        del st[-2:]
        st.append(v)

    def prop_ic(self, key: str, i: int) -> Any:
        """The inline cache of a property site compiled generically: tier 1's (polymorphic,
        megamorphic, prototype loads, property-adding stores), so such a site is no slower
        than in tier 1; its bound get/set is the runtime call."""
        ic = self.ics.get(i)
        if ic is None:
            ic = self.ics[i] = PropIC(key, self.fb, i)
        return ic

    def dense(self, obj: Node, key: Node, s: FrameState) -> tuple[Node, Node]:
        """The guards of the dense-element fast path: an array with elements, an integral
        in-bounds index. Returns (elements list, int32 index)."""
        self.emit("CheckClass", [obj], JSArray, s)
        el = self.emit("LoadField", [obj], "elements")
        self.emit("CheckNotNone", [el], state=s)
        idx = self.emit("CheckIndex", [self.as_float(key, s)], state=s)
        self.emit("CheckBounds", [idx, self.emit("ListLen", [el])], state=s)
        return el, idx

    def elem_speculable(self, obj: Node, key: Node) -> bool:
        return (self.fb[self.pc] is None and self.site_ok() and obj.type == "T" and obj.op != "ConstT"
                and self.floatable(key))

    def get_elem(self, i: int) -> None:
        st = self.stack
        obj, key = st[-2], st[-1]
        if self.elem_speculable(obj, key):
            s = self.state()
            el, idx = self.dense(obj, key, s)
            v = self.emit("LoadItem", [el, idx])
            self.emit("CheckNotHole", [v], state=s)
        else:
            v = self.call_py(R.get_elem, [obj, key, self.tconst(self.fb), self.tconst(i + 1)])
        del st[-2:]
        st.append(v)

    def set_elem(self, i: int) -> None:
        st = self.stack
        obj, key, v = st[-3], st[-2], st[-1]
        if self.elem_speculable(obj, key):
            s = self.state()
            el, idx = self.dense(obj, key, s)
            self.emit("CheckNotHole", [self.emit("LoadItem", [el, idx])], state=s)
            self.emit("StoreItem", [el, idx, self.as_tagged(v)])
        else:
            self.call_py(R.set_elem, [obj, key, v, self.tconst(self.code.strict), self.tconst(self.fb),
                                 self.tconst(i + 1)])
        del st[-3:]
        st.append(v)

    def call(self, argc: int, i: int) -> None:
        st = self.stack
        args = st[len(st) - argc:] if argc else []
        fn, this = st[-argc - 1], st[-argc - 2]
        target = self.fb[i]
        name = math_intrinsic(target) if self.site_ok() else None
        if name is not None and fn.type == "T" and (
                (name in MATH_UNARY and argc == 1 and self.speculating(args[0]))
                or (name in MATH_BINARY and argc == 2 and self.speculating(*args))):
            s = self.state()
            self.emit("CheckIs", [fn], target, s)
            fargs = [self.as_float(a, s) for a in args]
            r = (self.emit("MathF", fargs, name) if name in MATH_UNARY
                 else self.emit("MinMaxF", fargs, name))
        else:
            if self.inlinable(target):
                r = self.inline(target, fn, this, args, i)
                if r is not None:
                    del st[len(st) - argc - 2:]
                    st.append(r)
                    return
            r = self.call_py(H.call, [self.frame, self.tconst(i + 1), fn, this] + args)
        del st[len(st) - argc - 2:]
        st.append(r)
