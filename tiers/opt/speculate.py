"""Speculation from feedback: the builder's translation of arithmetic, compares, property and
element accesses and calls (a mixin of ``builder.Builder``). Each method either emits the
speculated operation behind guards that carry the instruction's frame state, or the generic
runtime call tiers 0/1 make (``call_py``); see docs/TIERS.md, "Building and speculation"."""
from __future__ import annotations

from typing import Any

from pyjs.engine.bytecode import opcodes as O
from pyjs.engine.interp import ops_runtime as R
from pyjs.engine.runtime.builtins.array_buffer import ElementType
from pyjs.engine.runtime.builtins.typedarray import TypedArrayObject
from pyjs.engine.runtime.function import BuiltinFunction
from pyjs.engine.runtime.objects import JSArray, JSObject
from pyjs.engine.runtime.realm import current_realm

from pyjs.engine.runtime.shapes import PROTO_EPOCH, WRITABLE
from pyjs.tiers.baseline.ic import PropIC, _chain as ic_chain

from . import helpers as H
from .ir import FrameState, Node

BINARY_F = {O.ADD: "AddF", O.SUB: "SubF", O.MUL: "MulF", O.DIV: "DivF", O.MOD: "ModF"}
BINARY_GENERIC = {O.ADD: R.add, O.SUB: R.sub, O.MUL: R.mul, O.DIV: R.div, O.MOD: R.mod,
                  O.POW: R.pow, O.BITAND: R.bitand, O.BITOR: R.bitor, O.BITXOR: R.bitxor,
                  O.SHL: R.shl, O.SAR: R.sar, O.SHR: R.shr}
BITWISE = {O.BITAND: "and", O.BITOR: "or", O.BITXOR: "xor", O.SHL: "shl", O.SAR: "sar"}
COMPARE_F = {O.LT: "LtF", O.GT: "GtF", O.LE: "LeF", O.GE: "GeF", O.SEQ: "EqF", O.SNE: "NeF"}
COMPARE_I = {O.LT: "<", O.GT: ">", O.LE: "<=", O.GE: ">=", O.SEQ: "==", O.SNE: "!="}
ARITH_I = {O.ADD: "CheckedAddI", O.SUB: "CheckedSubI", O.MUL: "CheckedMulI", O.MOD: "CheckedModI",
           O.INC: "CheckedAddI", O.DEC: "CheckedSubI"}
COMPARE_GENERIC = {O.LT: R.lt, O.GT: R.gt, O.LE: R.le, O.GE: R.ge, O.SEQ: R.strict_equals,
                   O.SNE: H.not_strict_equals, O.EQ: R.loose_equals, O.NE: H.not_loose_equals}
UNARY_F = {O.NEG: "NegF", O.INC: "AddF", O.DEC: "SubF", O.PLUS: None, O.TO_NUMERIC: None}
UNARY_GENERIC = {O.NEG: R.neg, O.INC: R.inc, O.DEC: R.dec, O.PLUS: R.to_number,
                 O.TO_NUMERIC: R.to_numeric, O.BITNOT: R.bitnot, O.TYPEOF: R.typeof,
                 O.TO_STRING: R.to_string}
TYPED_NODES = ("CheckSmallInt", "ByteLen", "LoadTyped", "StoreTypedF", "StoreTypedI", "CheckedAddI",
               "CheckedMulI", "AddI", "MulI", "CmpI")
TYPED_CODES = frozenset("bBhHiIfd")  # the element types tier 2 accesses natively (not Float16, BigInt64)
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
            if op in BITWISE or op == O.SHR:
                ia, ib = self.int32(a, s), self.int32(b, s)
                r = self.emit("ShrI", [ia, ib]) if op == O.SHR else self.emit("BitI", [ia, ib], BITWISE[op])
            elif op in ARITH_I and self.is_int(a) and self.is_int(b) and self.int_site():
                r = self.emit(ARITH_I[op], [self.as_int(a), self.as_int(b)], ("int", self.pc), s)
            else:
                r = self.emit(BINARY_F[op], [self.as_float(a, s), self.as_float(b, s)])
        else:
            r = self.call_py(BINARY_GENERIC[op], [a, b])
        del st[-2:]
        st.append(r)

    def unary(self, op: int) -> None:
        st = self.stack
        a = st[-1]
        if op in UNARY_F or op == O.BITNOT:
            if self.fb[self.pc] is None and self.speculating(a):
                if op == O.BITNOT:
                    r = self.emit("BitNotI", [self.int32(a, self.state())])
                elif op in (O.INC, O.DEC) and self.is_int(a) and self.int_site():
                    r = self.emit(ARITH_I[op], [self.as_int(a), self.iconst(1)], ("int", self.pc), self.state())
                elif op in (O.INC, O.DEC):
                    r = self.emit(UNARY_F[op], [self.as_float(a), self.const(1.0)])
                elif op == O.NEG:
                    r = self.emit("NegF", [self.as_float(a)])
                else:
                    r = a if a.type == "I" else self.as_float(a)
                st[-1] = r
                return
        elif op == O.TO_STRING and a.op == "ConstT" and type(a.aux) is str:
            return
        st[-1] = self.call_py(UNARY_GENERIC[op], [a])

    def compare(self, op: int) -> None:
        st = self.stack
        a, b = st[-2], st[-1]
        if op in COMPARE_F and self.fb[self.pc] is None and self.speculating(a, b):
            if self.is_int(a) and self.is_int(b) and self.g.can("CmpI"):
                r = self.emit("CmpI", [self.as_int(a), self.as_int(b)], COMPARE_I[op])
            else:
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
        speculable = obj.type == "T" and obj.op != "ConstT" and self.site_ok()
        if type(c) is tuple and speculable:
            s = self.state()
            self.emit("CheckClass", [obj], JSObject, s)
            self.emit("CheckShape", [obj], c[0], s)
            self.emit("StoreItemK", [self.emit("LoadField", [obj], "slots"), self.as_tagged(v)], c[1])
        elif type(c) is list and speculable and self.g.can("StoreField", "ListAppend") and self.transition_holds(key, c):
            self.add_property(obj, v, c)
        else:
            self.call_py(self.prop_ic(key, i).set, [obj, v, self.tconst(self.code.strict)])
        del st[-2:]
        st.append(v)

    @staticmethod
    def transition_holds(key: str, c: list) -> bool:
        """A property-adding store (tier 0's [old shape, new shape, prototype]) that still
        adds a plain data property: no prototype has a setter or a read-only ``key`` (the
        chain's shapes become watched: a change there moves PROTO_EPOCH)."""
        old, new, proto = c
        if old.dictionary or new.dictionary or proto is None:
            return False
        found = ic_chain(proto, key)
        return found is not None and (found[1] < 0 or bool(found[0].shape.flags[found[1]] & WRITABLE))

    def add_property(self, obj: Node, v: Node, c: list) -> None:
        """OrdinarySet's add of a new data property (10.1.9.2 step 2.e), as tier 1's inline
        cache does it: guarded by the receiver's shape, prototype, extensibility, the shape
        not being a watched prototype's, and the prototype epoch; the value is appended to
        the slots and the shape moves along the transition."""
        old, new, proto = c
        s = self.state()
        self.emit("CheckClass", [obj], JSObject, s)
        self.emit("CheckShape", [obj], old, s)
        self.emit("CheckIs", [self.emit("LoadField", [obj], "proto")], proto, s)
        self.emit("CheckIs", [self.emit("LoadField", [obj], "extensible")], True, s)
        self.emit("CheckIs", [self.emit("LoadField", [self.tconst(old)], "watched")], False, s)
        self.emit("CheckIs", [self.emit("LoadItemK", [self.tconst(PROTO_EPOCH)], 0)], PROTO_EPOCH[0], s)
        self.emit("ListAppend", [self.emit("LoadField", [obj], "slots"), self.as_tagged(v)])
        self.emit("StoreField", [obj, self.tconst(new)], "shape")

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
        # an int32 index needs no conversion: the unsigned bounds check also rejects negatives
        idx = self.as_int(key) if self.is_int(key) else self.emit("CheckIndex", [self.as_float(key, s)], state=s)
        self.emit("CheckBounds", [idx, self.emit("ListLen", [el])], state=s)
        return el, idx

    def typed(self, obj: Node, key: Node, etype: Any, s: FrameState) -> tuple[Node, Node]:
        """The guards of a typed array element access (etype: the site's one ElementType): a
        fixed-length view of that type on an attached buffer that still covers it, an
        integral index below its length. Returns (the buffer's bytearray, byte position)."""
        self.emit("CheckClass", [obj], TypedArrayObject, s)
        self.emit("CheckIs", [self.emit("LoadField", [obj], "etype")], etype, s)
        data = self.emit("LoadField", [self.emit("LoadField", [obj], "buffer")], "data")
        self.emit("CheckNotNone", [data], state=s)
        length = self.emit("CheckSmallInt", [self.emit("LoadField", [obj], "array_length")], state=s)
        off = self.emit("CheckSmallInt", [self.emit("LoadField", [obj], "byte_offset")], state=s)
        site = ("pc", self.pc)
        size = self.iconst(etype.size)
        end = self.emit("CheckedAddI", [off, self.emit("CheckedMulI", [length, size], site, s)], site, s)
        self.emit("CheckTrue", [self.emit("CmpI", [end, self.emit("ByteLen", [data], state=s)], "<=")], state=s)
        idx = self.as_int(key) if self.is_int(key) else self.emit("CheckIndex", [self.as_float(key, s)], state=s)
        self.emit("CheckBounds", [idx, length], state=s)
        # idx < length and off + length * size did not overflow: neither can this
        return data, self.emit("AddI", [off, self.emit("MulI", [idx, size])])

    def typed_kind(self) -> Any:
        """The ElementType of a typed-array element site tier 2 reads or writes natively."""
        t = self.fb[self.pc]
        return t if type(t) is ElementType and t.code in TYPED_CODES and self.g.can(*TYPED_NODES) else None

    def elem_speculable(self, obj: Node, key: Node, typed: bool = False) -> bool:
        return ((self.typed_kind() is not None) if typed else self.fb[self.pc] is None) and self.site_ok() \
            and obj.type == "T" and obj.op != "ConstT" and self.floatable(key)

    def get_elem(self, i: int) -> None:
        st = self.stack
        obj, key = st[-2], st[-1]
        if self.elem_speculable(obj, key):
            s = self.state()
            el, idx = self.dense(obj, key, s)
            v = self.emit("LoadItem", [el, idx])
            self.emit("CheckNotHole", [v], state=s)
        elif self.elem_speculable(obj, key, typed=True):
            etype = self.typed_kind()
            v = self.emit("LoadTyped", list(self.typed(obj, key, etype, self.state())), etype.code)
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
        elif (chain := self.append_chain(obj, key)) is not None:
            self.append(obj, key, v, chain)
        elif self.elem_speculable(obj, key, typed=True) and self.floatable(v):
            etype = self.typed_kind()
            s = self.state()
            data, pos = self.typed(obj, key, etype, s)
            if etype.code in "fd":
                self.emit("StoreTypedF", [data, pos, self.as_float(v, s)], etype.code)
            elif etype.name == "Uint8Clamped":
                self.emit("StoreTypedF", [data, pos, self.as_float(v, s)], "C")
            else:  # ToInt8 ... ToUint32 are ToInt32's low bits
                self.emit("StoreTypedI", [data, pos, self.int32(v, s)], etype.code)
        else:
            self.call_py(R.set_elem, [obj, key, v, self.tconst(self.code.strict), self.tconst(self.fb),
                                 self.tconst(i + 1)])
        del st[-3:]
        st.append(v)

    def append_chain(self, obj: Node, key: Node) -> list[JSObject] | None:
        """The prototypes an append store's guards pin, when tier 0 saw the site only grow a
        dense array (``E_GROWS``): the realm's Array.prototype and its prototypes, none exotic
        (but arrays) or holding index properties now; None when the store stays generic."""
        if self.fb[self.pc] != R.E_GROWS or not self.site_ok() or obj.type != "T" or obj.op == "ConstT" \
                or not self.floatable(key) or not self.g.can("AppendElem", "CheckNoIndexProps", "CheckSmallInt", "CmpI"):
            return None
        chain = []
        p = current_realm().intrinsics["%Array.prototype%"]
        while p is not None:
            if (p.exotic and type(p) is not JSArray) or p.elements or p.sparse:
                return None
            chain.append(p)
            p = p.proto
        return chain

    def append(self, obj: Node, key: Node, v: Node, chain: list[JSObject]) -> None:
        """``a[n] = v`` with n = len(a.elements) = a.length: access.set_dense_element's append
        (CreateDataProperty, 10.1.9.2 step 2.e: a new element of an extensible array with a
        writable length, no prototype holding index properties), guarded; AppendElem appends
        and sets the length."""
        s = self.state()
        self.emit("CheckClass", [obj], JSArray, s)
        el = self.emit("LoadField", [obj], "elements")
        self.emit("CheckNotNone", [el], state=s)
        idx = self.as_int(key) if self.is_int(key) else self.emit("CheckIndex", [self.as_float(key, s)], state=s)
        n = self.emit("ListLen", [el])
        self.emit("CheckTrue", [self.emit("CmpI", [idx, n], "==")], state=s)
        length = self.emit("CheckSmallInt", [self.emit("LoadField", [obj], "length")], state=s)
        self.emit("CheckTrue", [self.emit("CmpI", [length, n], "==")], state=s)
        self.emit("CheckIs", [self.emit("LoadField", [obj], "extensible")], True, s)
        self.emit("CheckIs", [self.emit("LoadField", [obj], "length_writable")], True, s)
        holder = obj
        for p in chain:
            self.emit("CheckIs", [self.emit("LoadField", [holder], "proto")], p, s)
            holder = self.tconst(p)
            self.emit("CheckNoIndexProps", [holder], state=s)
        self.emit("CheckIs", [self.emit("LoadField", [holder], "proto")], None, s)
        self.emit("AppendElem", [obj, el, self.as_tagged(v)])

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
