"""BigInt objects (ECMA-262 21.2). BigInt values are Python ``int``; the operators live in
engine/runtime/operators.py."""
from __future__ import annotations

import math
from typing import Any

from ..access import this_primitive_value
from ..conversions import number_to_string, to_bigint, to_integer_or_infinity, to_primitive
from ..errors import throw_range_error, throw_type_error
from ..function import arg, define_method, make_constructor
from ..objects import JSObject
from ..shapes import CONFIGURABLE
from ..values import JSSymbol, WellKnown

ORDER = 18

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def number_to_bigint(n: float) -> int:
    """NumberToBigInt (21.2.1.1.1)."""
    if not math.isfinite(n) or n != math.floor(n):
        throw_range_error(f"The number {number_to_string(n)} cannot be converted to a BigInt because it is not an integer")
    return int(n)


def bigint_to_string(x: int, radix: int = 10) -> str:
    """BigInt::toString (6.1.6.2.23)."""
    if radix == 10:
        return str(x)
    if x == 0:
        return "0"
    neg, x = x < 0, abs(x)
    out = []
    while x:
        x, r = divmod(x, radix)
        out.append(DIGITS[r])
    return ("-" if neg else "") + "".join(reversed(out))


def as_uint_n(bits: int, x: int) -> int:
    """BigInt.asUintN (21.2.2.2): x modulo 2**bits."""
    return x & ((1 << bits) - 1)


def as_int_n(bits: int, x: int) -> int:
    """BigInt.asIntN (21.2.2.1): x modulo 2**bits, as a signed value."""
    if bits == 0:
        return 0
    m = as_uint_n(bits, x)
    return m - (1 << bits) if m >= 1 << (bits - 1) else m


def setup(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def bigint_call(this, args):
        prim = to_primitive(arg(args, 0), "number")
        if type(prim) is float:
            return number_to_bigint(prim)
        if type(prim) is JSSymbol:
            throw_type_error(f"Cannot convert Symbol({prim.description or ''}) to a BigInt")
        return to_bigint(prim)

    def bigint_construct(args, new_target):
        throw_type_error("BigInt is not a constructor")

    ctor = make_constructor(realm, "BigInt", 1, bigint_call, bigint_construct, proto)

    def index_arg(v: Any) -> int:
        n = to_integer_or_infinity(v)
        if n < 0 or n > 2 ** 53 - 1:
            throw_range_error("Invalid value: not (convertible to) a safe integer")
        return int(n)

    def as_int(this, args):
        bits = index_arg(arg(args, 0))
        return as_int_n(bits, to_bigint(arg(args, 1)))

    def as_uint(this, args):
        bits = index_arg(arg(args, 0))
        return as_uint_n(bits, to_bigint(arg(args, 1)))

    define_method(ctor, realm, "asIntN", 2, as_int)
    define_method(ctor, realm, "asUintN", 2, as_uint)

    def to_string(this, args):
        x = this_primitive_value(this, int, "BigInt.prototype.toString", "BigInt")
        radix = arg(args, 0)
        r = 10 if radix is None else to_integer_or_infinity(radix)
        if not 2 <= r <= 36:
            throw_range_error("toString() radix argument must be between 2 and 36")
        return bigint_to_string(x, int(r))

    def to_locale_string(this, args):
        x = this_primitive_value(this, int, "BigInt.prototype.toLocaleString", "BigInt")
        s = str(abs(x))
        groups = []
        while len(s) > 3:
            groups.insert(0, s[-3:])
            s = s[:-3]
        groups.insert(0, s)
        return ("-" if x < 0 else "") + ",".join(groups)

    def value_of(this, args):
        return this_primitive_value(this, int, "BigInt.prototype.valueOf", "BigInt")

    define_method(proto, realm, "toLocaleString", 0, to_locale_string)
    define_method(proto, realm, "toString", 0, to_string)
    define_method(proto, realm, "valueOf", 0, value_of)
    proto.define_data(WellKnown.toStringTag, "BigInt", CONFIGURABLE)
