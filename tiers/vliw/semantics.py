"""What each machine operation computes, on the engine's real values (docs/VLIW.md,
"Simulator").

Registers hold Python values: a tagged value is the object itself, a float64 a Python float,
an int32 a Python int, a predicate a bool. ``EXPR`` gives each value-producing operation a
Python expression over its operands ``{0}``, ``{1}`` ... (a register read or a literal) and
``{aux}``; the simulator compiles bundles from them. Speculative loads have their own
expressions (``SPEC``): they never fault and yield NAT instead. NAT, the invalid value, answers
every arithmetic operator and comparison with itself, so it flows through pure operations; an
exit, branch, store, call or return that meets it traps (``VLIWTrap``: a compiler bug).
"""
from __future__ import annotations

import math
import struct
from typing import Any

from pyjs.engine.runtime.builtins.math import UNARY, math_max, math_min
from pyjs.engine.runtime.objects import JSArray
from pyjs.engine.runtime.conversions import to_uint8_clamp
from pyjs.engine.runtime.access import set_dense_element
from pyjs.engine.runtime.operators import number_divide, number_remainder

TWO31 = 2147483648.0


class VLIWTrap(Exception):
    """A non-speculative operation used the invalid value NAT, or faulted (a backend bug)."""


class _Nat:
    """The invalid tagged value of a failed speculative load."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "NAT"

    def _self(self, *_: Any) -> "_Nat":
        return self

    def __bool__(self) -> bool:
        raise VLIWTrap("NAT used as a condition")


for _name in ("add", "sub", "mul", "truediv", "and", "or", "xor", "lshift", "rshift", "mod"):
    setattr(_Nat, f"__{_name}__", _Nat._self)
    setattr(_Nat, f"__r{_name}__", _Nat._self)
for _name in ("neg", "invert", "abs", "lt", "le", "gt", "ge", "eq", "ne"):
    setattr(_Nat, f"__{_name}__", _Nat._self)
_Nat.__hash__ = object.__hash__

NAT = _Nat()


def nat_guard(f):
    """f applied to plain values; NAT when any operand is NAT."""
    def g(*args: Any) -> Any:
        for a in args:
            if a is NAT:
                return NAT
        return f(*args)
    g.__name__ = getattr(f, "__name__", "op")
    return g


def _i32(i: int) -> int:
    i &= 0xFFFFFFFF
    return i - 0x100000000 if i & 0x80000000 else i


def _cvti(x: float) -> int:
    """float64 -> int32 by truncation; 0 where the hardware would give an indefinite value."""
    if x != x or x >= TWO31 or x <= -TWO31:
        return 0
    return int(x)


def _toi32(x: float) -> int:
    """ToInt32 (7.1.6) of a float64 below 2**63 in magnitude; 0 for NaN and beyond (the guard
    before it bails out there)."""
    if x != x or not -9.2233720368547758e18 < x < 9.2233720368547758e18:
        return 0
    return _i32(int(x))


def _srem(a: int, b: int) -> int:
    """The remainder of truncating division (the sign of a); 0 when b is 0."""
    if b == 0:
        return 0
    r = abs(a) % abs(b)
    return -r if a < 0 else r


# typed-array elements (little-endian, as engine/runtime/builtins/array_buffer.py stores them)
TYPED = {c: struct.Struct("<" + c) for c in "bBhHiIfd"}
TYPED["C"] = TYPED["B"]
INT_MASK = {"b": 0xFF, "B": 0xFF, "h": 0xFFFF, "H": 0xFFFF, "i": 0xFFFFFFFF, "I": 0xFFFFFFFF}


def _ldt(data: bytearray, pos: int, code: str) -> float:
    return float(TYPED[code].unpack_from(data, pos)[0])


def _ldt_s(data: Any, pos: Any, code: str) -> Any:
    if type(data) is bytearray and type(pos) is int and 0 <= pos <= len(data) - TYPED[code].size:
        return float(TYPED[code].unpack_from(data, pos)[0])
    return NAT


def _sttf(data: bytearray, pos: int, x: float, code: str) -> None:
    """Element f (rounded to float32: beyond its range, an infinity), d, or C (ToUint8Clamp:
    NaN is 0, clamped to 0..255, rounded half to even)."""
    if code == "C":
        TYPED["B"].pack_into(data, pos, to_uint8_clamp(x))
        return
    try:
        TYPED[code].pack_into(data, pos, x)
    except OverflowError:
        TYPED[code].pack_into(data, pos, math.copysign(math.inf, x))


def _stti(data: bytearray, pos: int, i: int, code: str) -> None:
    """The int32's low bits as element b B h H i I (ToInt8 ... ToUint32)."""
    s = TYPED[code]
    data[pos:pos + s.size] = (i & INT_MASK[code]).to_bytes(s.size, "little")


def _jslen(v: Any) -> Any:
    t = type(v)
    if t is JSArray:
        return float(v.length)
    if t is str:
        return float(len(v))
    return NAT


def _pand(*ps: Any) -> Any:
    for p in ps:
        if p is NAT:
            return NAT
    return all(ps)


def _truthy_slow(v: Any) -> Any:
    from pyjs.engine.runtime.conversions import to_boolean
    if v is None:
        return False
    if v is NAT:
        return NAT
    return to_boolean(v)


def _ldf_s(o: Any, field: str) -> Any:
    return getattr(o, field, NAT) if o is not NAT else NAT


def _ldi_s(lst: Any, i: Any) -> Any:
    if type(lst) is list and type(i) is int and 0 <= i < len(lst):
        return lst[i]
    return NAT


def _ldfv_s(v: Any) -> Any:
    return v if type(v) is float else NAT


def _ldlen_s(v: Any) -> Any:
    return len(v) if type(v) is list else NAT


def _ldint_s(v: Any) -> Any:
    return v if type(v) is int else NAT


def _ldblen_s(v: Any) -> Any:
    return len(v) if type(v) is bytearray else NAT


def _ldin_s(d: Any, key: Any) -> Any:
    return key in d if type(d) is dict else NAT


def _noidx(o: Any) -> Any:
    """CheckNoIndexProps' test (NAT for what is not an object, when speculated)."""
    el, sparse = getattr(o, "elements", NAT), getattr(o, "sparse", NAT)
    if el is NAT or sparse is NAT:
        return NAT
    return (el is None or (type(el) is list and not el)) and sparse is False


def _append_elem(arr: Any, el: list, v: Any) -> None:
    """AppendElem: access.set_dense_element's append (the guards made the store that case)."""
    set_dense_element(arr, float(len(el)), v)


# names the expressions may use
ENV: dict[str, Any] = {
    "NAT": NAT, "i32": nat_guard(_i32), "cvti": nat_guard(_cvti), "fdiv": nat_guard(number_divide),
    "cmpltu": nat_guard(lambda i, n: 0 <= i < n), "ftruthy": nat_guard(lambda x: x == x and x != 0.0),
    "fmod": nat_guard(number_remainder), "tofloat": nat_guard(float),
    "u32": nat_guard(lambda x: float(x & 0xFFFFFFFF)),
    "fsqrt": nat_guard(UNARY["sqrt"]), "ffloor": nat_guard(UNARY["floor"]), "fceil": nat_guard(UNARY["ceil"]),
    "ftrunc": nat_guard(UNARY["trunc"]), "fround": nat_guard(UNARY["round"]),
    "fmin": nat_guard(lambda a, b: math_min([a, b])), "fmax": nat_guard(lambda a, b: math_max([a, b])),
    "toi32": nat_guard(_toi32), "srem": nat_guard(_srem), "ldt": _ldt, "sttf": _sttf, "stti": _stti,
    "fits32": nat_guard(lambda x: -2147483648 <= x < 2147483648), "por": nat_guard(lambda *ps: any(ps)),
    "isnegz": nat_guard(lambda x: x == 0.0 and math.copysign(1.0, x) < 0.0),
    "ldt_s": _ldt_s, "ldint_s": _ldint_s, "ldblen_s": _ldblen_s, "ldin_s": _ldin_s,
    "jslen": _jslen, "pand": _pand, "truthy_slow": _truthy_slow, "ldf_s": _ldf_s, "ldi_s": _ldi_s,
    "ldfv_s": _ldfv_s, "ldlen_s": _ldlen_s, "noidx": _noidx, "appendel": _append_elem
}

# value-producing operations: a Python expression of the operands {0} {1} {2} and {aux}
EXPR: dict[str, str] = {
    "mov": "{0}", "pmov": "{0}", "copy": "{0}", "pcopy": "{0}", "boxb": "{0}", "boxf": "{0}",
    "sel": "({1} if {0} is True else {2})", "psel": "({1} if {0} is True else {2})",
    "and": "({0} & {1})", "or": "({0} | {1})", "xor": "({0} ^ {1})",
    "shl": "i32({0} << ({1} & 31))", "sar": "({0} >> ({1} & 31))",
    "shru": "(({0} & 0xFFFFFFFF) >> ({1} & 31))", "not": "(~{0})",
    "add": "({0} + {1})", "sub": "({0} - {1})", "mul": "({0} * {1})", "rem": "srem({0}, {1})",
    "fitsi32": "fits32({0})", "icmplt": "({0} < {1})", "icmple": "({0} <= {1})", "icmpgt": "({0} > {1})",
    "icmpge": "({0} >= {1})", "icmpeq": "({0} == {1})", "icmpne": "({0} != {1})",
    "ftoi32": "toi32({0})", "fisnegz": "isnegz({0})", "por": "por({args})",
    "cmpeq": "(NAT if {0} is NAT else {0} is {1})", "cmpltu": "cmpltu({0}, {1})",
    "cmpnat": "({0} is NAT)",
    "truthy": "({0} if {0} is True or {0} is False else truthy_slow({0}))",
    "fadd": "({0} + {1})", "fsub": "({0} - {1})", "fmul": "({0} * {1})",
    "fdiv": "fdiv({0}, {1})", "fmod": "fmod({0}, {1})",
    "fneg": "(-{0})", "fabs": "abs({0})", "fsqrt": "fsqrt({0})", "ffloor": "ffloor({0})",
    "fceil": "fceil({0})", "ftrunc": "ftrunc({0})", "fround": "fround({0})",
    "fmin": "fmin({0}, {1})", "fmax": "fmax({0}, {1})",
    "fcmplt": "({0} < {1})", "fcmple": "({0} <= {1})", "fcmpgt": "({0} > {1})",
    "fcmpge": "({0} >= {1})", "fcmpeq": "({0} == {1})", "fcmpne": "({0} != {1})",
    "ftruthy": "ftruthy({0})",
    "icvtf": "tofloat({0})", "ucvtf": "u32({0})", "fcvti": "cvti({0})",
    "pand": "pand({args})", "pnot": "(NAT if {0} is NAT else not {0})",
    "ldtype": "(NAT if {0} is NAT else type({0}))",
    "ldfv": "{0}", "ldf": "{0}.{aux}", "ldi": "{0}[{1}]", "ldik": "{0}[{aux}]", "ldlen": "len({0})",
    "spill": "{0}", "spillmov": "{0}", "fill": "{0}", "pfill": "{0}",
    "jslen": "jslen({0})", "ldint": "{0}", "ldblen": "len({0})", "ldtyped": "ldt({0}, {1}, {aux!r})",
    "ldin": "({1} in {0})", "noidx": "noidx({0})",
}

# stores: a Python statement of the operands and {aux}
STORE: dict[str, str] = {
    "st": "{0}[{1}] = {2}", "stk": "{0}[{aux}] = {1}", "stf": "{0}.{aux} = {1}", "append": "{0}.append({1})",
    "sttf": "sttf({0}, {1}, {2}, {aux!r})", "stti": "stti({0}, {1}, {2}, {aux!r})",
    "appendel": "appendel({0}, {1}, {2})",
}

# speculative loads: never fault
SPEC: dict[str, str] = {
    "ldtype": EXPR["ldtype"], "ldfv": "ldfv_s({0})", "ldf": "ldf_s({0}, {aux!r})",
    "ldi": "ldi_s({0}, {1})", "ldik": "ldi_s({0}, {aux})", "ldlen": "ldlen_s({0})", "jslen": "jslen({0})",
    "ldint": "ldint_s({0})", "ldblen": "ldblen_s({0})", "ldtyped": "ldt_s({0}, {1}, {aux!r})",
    "ldin": "ldin_s({0}, {1})", "noidx": "noidx({0})",
}
