"""Number objects (ECMA-262 21.1) and the global parseInt / parseFloat (19.2.5, 19.2.4).

``%parseInt%`` and ``%parseFloat%`` are created here and stored in ``realm.intrinsics``; they are
also ``Number.parseInt`` / ``Number.parseFloat`` (the same function objects).
"""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from ..access import get_prototype_from_constructor, this_primitive_value
from ..conversions import WHITESPACE, int_to_float, number_to_string, to_int32, to_integer_or_infinity, to_numeric, to_string
from ..errors import throw_range_error
from ..function import BuiltinFunction, arg, define_method
from ..objects import JSPrimitiveWrapper
from ..shapes import CONFIGURABLE, WRITABLE

ORDER = 12

MAX_SAFE_INTEGER = 9007199254740991.0
_EXACT = Context(prec=400)  # wide enough for every float's exact decimal expansion


def this_number_value(value: Any, method: str) -> float:
    """ThisNumberValue (21.1.3.7.1)."""
    if type(value) is float:
        return value
    return this_primitive_value(value, float, f"Number.prototype.{method}", "Number")


# -- exact decimal formatting (toFixed / toExponential / toPrecision) --

def _round_digits(x: float, p: int) -> tuple[str, int]:
    """The p significant decimal digits of x > 0, ties rounded up, and the exponent e of the first
    digit (x ~ d.ddd * 10**e). This is the 'n' and 'e' choice of 21.1.3.3 / 21.1.3.5."""
    d = Context(prec=p, rounding=ROUND_HALF_UP).plus(Decimal(x))
    _, digits, exp = d.as_tuple()
    s = "".join(map(str, digits))
    e = exp + len(s) - 1
    return s.ljust(p, "0"), e


def _shortest_digits(x: float) -> tuple[str, int]:
    """The shortest round-tripping digits of x > 0 and the exponent of the first digit."""
    _, digits, exp = Decimal(repr(x)).as_tuple()
    s = "".join(map(str, digits)).rstrip("0") or "0"
    e = exp + len(digits) - 1
    return s, e


def _exp_suffix(e: int) -> str:
    return f"e{'+' if e >= 0 else '-'}{abs(e)}"


def number_to_fixed(x: float, f: int) -> str:
    """Number.prototype.toFixed's formatting of a finite x (21.1.3.3 steps 6-13)."""
    if abs(x) >= 1e21:
        return number_to_string(x)
    sign = "-" if x < 0 else ""
    d = Decimal(abs(x)).quantize(Decimal(1).scaleb(-f), rounding=ROUND_HALF_UP, context=_EXACT)
    return sign + format(d, "f")


def number_to_exponential(x: float, f: int | None) -> str:
    """Number.prototype.toExponential's formatting of a finite x (21.1.3.2 steps 9-15)."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    if x == 0:
        s, e = "0" * ((f or 0) + 1), 0
    elif f is None:
        s, e = _shortest_digits(x)
    else:
        s, e = _round_digits(x, f + 1)
    m = s if len(s) == 1 else f"{s[0]}.{s[1:]}"
    return sign + m + _exp_suffix(e)


def number_to_precision(x: float, p: int) -> str:
    """Number.prototype.toPrecision's formatting of a finite x (21.1.3.5 steps 8-13)."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    if x == 0:
        s, e = "0" * p, 0
    else:
        s, e = _round_digits(x, p)
    if e < -6 or e >= p:
        m = s if p == 1 else f"{s[0]}.{s[1:]}"
        return sign + m + _exp_suffix(e)
    if e == p - 1:
        return sign + s
    if e >= 0:
        return sign + s[:e + 1] + "." + s[e + 1:]
    return sign + "0." + "0" * (-(e + 1)) + s


def number_to_locale_string(x: float) -> str:
    """A basic en-US Number.prototype.toLocaleString: grouping, at most 3 fraction digits."""
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    sign = "-" if x < 0 or (x == 0 and math.copysign(1.0, x) < 0) else ""
    d = Decimal(abs(x)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP, context=_EXACT)
    whole, _, frac = format(d, "f").partition(".")
    frac = frac.rstrip("0")
    return sign + f"{int(whole):,}" + ("." + frac if frac else "")


# -- parseInt / parseFloat (19.2.5, 19.2.4) --

_WS = "[" + re.escape(WHITESPACE) + "]*"
_FLOAT_PREFIX = re.compile(_WS + r"([+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?))")
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def parse_float(string: str) -> float:
    """parseFloat's grammar: the longest StrDecimalLiteral prefix after white space."""
    m = _FLOAT_PREFIX.match(string)
    if m is None:
        return math.nan
    t = m.group(1)
    if t.endswith("Infinity"):
        return -math.inf if t[0] == "-" else math.inf
    return float(t)


def parse_int(string: str, radix: Any) -> float:
    """parseInt (19.2.5) on an already converted string."""
    s = string.lstrip(WHITESPACE)
    sign = 1.0
    if s[:1] in ("-", "+"):
        if s[0] == "-":
            sign = -1.0
        s = s[1:]
    r = int(to_int32(radix))
    strip_prefix = True
    if r != 0:
        if r < 2 or r > 36:
            return math.nan
        if r != 16:
            strip_prefix = False
    else:
        r = 10
    if strip_prefix and s[:2] in ("0x", "0X"):
        s = s[2:]
        r = 16
    valid = _DIGITS[:r]
    end = 0
    n = len(s)
    while end < n and s[end].isascii() and s[end].lower() in valid:
        end += 1
    if end == 0:
        return math.nan
    return sign * int_to_float(int(s[:end], r))


# -- setup --

def setup(realm) -> None:
    obj_proto = realm.intrinsics["%Object.prototype%"]
    proto = JSPrimitiveWrapper(obj_proto, 0.0)

    def number_call(this, args):
        if not args:
            return 0.0
        n = to_numeric(args[0])
        return int_to_float(n) if type(n) is int else n

    def number_construct(args, new_target):
        n = number_call(None, args)
        return JSPrimitiveWrapper(get_prototype_from_constructor(new_target, "%Number.prototype%"), n)

    ctor = BuiltinFunction(realm, "Number", 1, number_call, number_construct)
    ctor.define_data("prototype", proto, 0)
    proto.define_data("constructor", ctor, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%Number%"] = ctor
    realm.intrinsics["%Number.prototype%"] = proto

    for name, value in (("EPSILON", 2.0 ** -52), ("MAX_SAFE_INTEGER", MAX_SAFE_INTEGER),
                        ("MAX_VALUE", 1.7976931348623157e308), ("MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER),
                        ("MIN_VALUE", 5e-324), ("NaN", math.nan), ("NEGATIVE_INFINITY", -math.inf),
                        ("POSITIVE_INFINITY", math.inf)):
        ctor.define_data(name, value, 0)

    def is_integral(v) -> bool:
        return type(v) is float and math.isfinite(v) and v == math.floor(v)

    define_method(ctor, realm, "isFinite", 1, lambda this, args: type(a := arg(args, 0)) is float and math.isfinite(a))
    define_method(ctor, realm, "isInteger", 1, lambda this, args: is_integral(arg(args, 0)))
    define_method(ctor, realm, "isNaN", 1, lambda this, args: type(a := arg(args, 0)) is float and a != a)
    define_method(ctor, realm, "isSafeInteger", 1,
                  lambda this, args: is_integral(a := arg(args, 0)) and abs(a) <= MAX_SAFE_INTEGER)

    parse_float_fn = BuiltinFunction(realm, "parseFloat", 1,
                                     lambda this, args: parse_float(to_string(arg(args, 0))))
    parse_int_fn = BuiltinFunction(realm, "parseInt", 2,
                                   lambda this, args: parse_int(to_string(arg(args, 0)), arg(args, 1)))
    realm.intrinsics["%parseFloat%"] = parse_float_fn
    realm.intrinsics["%parseInt%"] = parse_int_fn
    ctor.define_data("parseFloat", parse_float_fn, WRITABLE | CONFIGURABLE)
    ctor.define_data("parseInt", parse_int_fn, WRITABLE | CONFIGURABLE)

    def to_exponential(this, args):
        x = this_number_value(this, "toExponential")
        fd = arg(args, 0)
        f = to_integer_or_infinity(fd)
        if not math.isfinite(x):
            return number_to_string(x)
        if f < 0 or f > 100:
            throw_range_error("toExponential() argument must be between 0 and 100")
        return number_to_exponential(x, None if fd is None else int(f))

    def to_fixed(this, args):
        x = this_number_value(this, "toFixed")
        f = to_integer_or_infinity(arg(args, 0))
        if not math.isfinite(f) or f < 0 or f > 100:
            throw_range_error("toFixed() digits argument must be between 0 and 100")
        if not math.isfinite(x):
            return number_to_string(x)
        return number_to_fixed(x, int(f))

    def to_precision(this, args):
        x = this_number_value(this, "toPrecision")
        p = arg(args, 0)
        if p is None:
            return number_to_string(x)
        p = to_integer_or_infinity(p)
        if not math.isfinite(x):
            return number_to_string(x)
        if p < 1 or p > 100:
            throw_range_error("toPrecision() argument must be between 1 and 100")
        return number_to_precision(x, int(p))

    def to_string_(this, args):
        x = this_number_value(this, "toString")
        radix = arg(args, 0)
        r = 10.0 if radix is None else to_integer_or_infinity(radix)
        if r < 2 or r > 36:
            throw_range_error("toString() radix argument must be between 2 and 36")
        return number_to_string(x, int(r))

    define_method(proto, realm, "toExponential", 1, to_exponential)
    define_method(proto, realm, "toFixed", 1, to_fixed)
    define_method(proto, realm, "toLocaleString", 0,
                  lambda this, args: number_to_locale_string(this_number_value(this, "toLocaleString")))
    define_method(proto, realm, "toPrecision", 1, to_precision)
    define_method(proto, realm, "toString", 1, to_string_)
    define_method(proto, realm, "valueOf", 0, lambda this, args: this_number_value(this, "valueOf"))

    realm.global_object.define_data("Number", ctor, WRITABLE | CONFIGURABLE)

