"""The Math object (ECMA-262 21.3), with the spec's -0 / NaN / Infinity edge cases.

Python's math module raises where JS returns NaN or an infinity, so each function handles its
edges before calling it.
"""
from __future__ import annotations

import math
from fractions import Fraction
import random
import struct
from typing import Any, Callable

from ..access import describe_value
from ..conversions import require_object_coercible, to_int32, to_number, to_uint32
from ..errors import throw_range_error, throw_type_error
from ..function import arg, define_method
from ..iteration import DONE, get_iterator, iterator_close, iterator_step_value
from ..objects import JSObject
from ..operators import number_exponentiate
from ..shapes import CONFIGURABLE, WRITABLE
from ..values import WellKnown

ORDER = 13

NAN = math.nan
INF = math.inf


def _nan_outside(f: Callable[[float], float], lo: float, hi: float) -> Callable[[float], float]:
    """f on [lo, hi], NaN elsewhere (asin, acos)."""
    return lambda x: f(x) if lo <= x <= hi else NAN


def _overflowing(f: Callable[[float], float]) -> Callable[[float], float]:
    """f, with an overflow giving an infinity of the right sign (exp, cosh, sinh, ...)."""
    def g(x: float) -> float:
        try:
            return f(x)
        except OverflowError:
            return INF if f is math.cosh else math.copysign(INF, x)
    return g


def _log_like(f: Callable[[float], float], pole: float) -> Callable[[float], float]:
    """A logarithm with a pole at ``pole`` (-Infinity there) and NaN below it."""
    def g(x: float) -> float:
        if x != x or x < pole:
            return NAN
        if x == pole:
            return -INF
        return f(x)
    return g


def _periodic(f: Callable[[float], float]) -> Callable[[float], float]:
    """sin / cos / tan: NaN for infinities."""
    return lambda x: NAN if math.isinf(x) else f(x)


def math_atanh(x: float) -> float:
    if x != x or abs(x) > 1:
        return NAN
    if abs(x) == 1:
        return math.copysign(INF, x)
    return math.atanh(x)


def math_acosh(x: float) -> float:
    return NAN if x != x or x < 1 else math.acosh(x)


def _integral(f: Callable[[float], int]) -> Callable[[float], float]:
    """ceil / floor / trunc: identity on NaN, infinities and zeros; -0 for results in (-1, 0]."""
    def g(x: float) -> float:
        if x != x or math.isinf(x) or x == 0:
            return x
        r = float(f(x))
        return -0.0 if r == 0 and x < 0 else r
    return g


def math_round(x: float) -> float:
    """Math.round (21.3.2.28): ties toward +Infinity, -0 for [-0.5, -0]."""
    if x != x or math.isinf(x) or x == 0:
        return x
    r = math.floor(x)
    if x - r >= 0.5:
        r += 1
    if r == 0 and x < 0:
        return -0.0
    return float(r)


def math_sign(x: float) -> float:
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def math_fround(x: float) -> float:
    """Math.fround (21.3.2.17): round to binary32."""
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(INF, x)


def math_f16round(x: float) -> float:
    """Math.f16round: round to binary16."""
    try:
        return struct.unpack("e", struct.pack("e", x))[0]
    except OverflowError:
        return math.copysign(INF, x)


def math_clz32(x: float) -> float:
    return float(32 - int(to_uint32(x)).bit_length())


def math_imul(a: float, b: float) -> float:
    r = (int(to_int32(a)) * int(to_int32(b))) & 0xFFFFFFFF
    return float(r - 0x100000000 if r >= 0x80000000 else r)


def math_max(values: list[float]) -> float:
    """Math.max (21.3.2.24): NaN wins, +0 is larger than -0."""
    r = -INF
    for v in values:
        if v != v:
            return NAN
        if v > r or (v == 0 and r == 0 and math.copysign(1.0, r) < 0):
            r = v
    return r


def math_min(values: list[float]) -> float:
    """Math.min (21.3.2.25): NaN wins, -0 is smaller than +0."""
    r = INF
    for v in values:
        if v != v:
            return NAN
        if v < r or (v == 0 and r == 0 and math.copysign(1.0, v) < 0):
            r = v
    return r


def math_hypot(values: list[float]) -> float:
    """Math.hypot (21.3.2.18): an infinity wins over NaN."""
    if any(math.isinf(v) for v in values):
        return INF
    if any(v != v for v in values):
        return NAN
    return math.hypot(*values) if values else 0.0


def math_cbrt(x: float) -> float:
    """Math.cbrt (21.3.2.9): the host's cbrt may be off by an ulp (cbrt(27) != 3), so pick the
    double next to it whose cube is exactly closest to x."""
    if x != x or x in (0.0, math.inf, -math.inf):
        return x
    r = math.cbrt(x)
    fx = Fraction(x)
    return min((math.nextafter(r, -math.inf), r, math.nextafter(r, math.inf)),
               key=lambda c: abs(Fraction(c) ** 3 - fx))


UNARY: dict[str, Callable[[float], float]] = {
    "abs": abs,
    "acos": _nan_outside(math.acos, -1.0, 1.0),
    "acosh": math_acosh,
    "asin": _nan_outside(math.asin, -1.0, 1.0),
    "asinh": math.asinh,
    "atan": math.atan,
    "atanh": math_atanh,
    "cbrt": math_cbrt,
    "ceil": _integral(math.ceil),
    "clz32": math_clz32,
    "cos": _periodic(math.cos),
    "cosh": _overflowing(math.cosh),
    "exp": _overflowing(math.exp),
    "expm1": _overflowing(math.expm1),
    "floor": _integral(math.floor),
    "fround": math_fround,
    "f16round": math_f16round,
    "log": _log_like(math.log, 0.0),
    "log1p": _log_like(math.log1p, -1.0),
    "log10": _log_like(math.log10, 0.0),
    "log2": _log_like(math.log2, 0.0),
    "round": math_round,
    "sign": math_sign,
    "sin": _periodic(math.sin),
    "sinh": _overflowing(math.sinh),
    "sqrt": lambda x: NAN if x < 0 else math.sqrt(x),
    "tan": _periodic(math.tan),
    "tanh": math.tanh,
    "trunc": _integral(math.trunc),
}


def _unary_method(f: Callable[[float], float]):
    def method(this, args):
        x = to_number(args[0]) if args else NAN
        return f(x)
    return method


def _variadic_method(f: Callable[[list[float]], float]):
    def method(this, args):
        return f([to_number(a) for a in args])
    return method


def math_sum_precise(items: Any) -> float:
    """Math.sumPrecise (proposal-math-sum): the exact sum of an iterable of Numbers, rounded
    once. The state tracks -0 (the empty sum), the infinities and NaN as the spec does."""
    require_object_coercible(items)
    rec = get_iterator(items, "sync")
    state = "minus-zero"
    total = Fraction(0)
    count = 0
    while True:
        n = iterator_step_value(rec)
        if n is DONE:
            break
        count += 1
        if count >= 2 ** 53:
            iterator_close(rec, True)
            throw_range_error("Too many values passed to Math.sumPrecise")
        if type(n) is not float:
            iterator_close(rec, True)
            throw_type_error(f"{describe_value(n)} is not a number")
        if state == "nan":
            continue
        if n != n:
            state = "nan"
        elif n == INF:
            state = "nan" if state == "minus-infinity" else "plus-infinity"
        elif n == -INF:
            state = "nan" if state == "plus-infinity" else "minus-infinity"
        elif state in ("minus-zero", "finite") and not (n == 0 and math.copysign(1.0, n) < 0):
            state = "finite"
            total += Fraction(n)
    if state == "nan":
        return NAN
    if state == "plus-infinity":
        return INF
    if state == "minus-infinity":
        return -INF
    if state == "minus-zero":
        return -0.0
    try:
        return float(total)
    except OverflowError:
        return INF if total > 0 else -INF


def setup(realm) -> None:
    m = JSObject(realm.intrinsics["%Object.prototype%"])
    for name, value in (("E", math.e), ("LN10", math.log(10)), ("LN2", math.log(2)),
                        ("LOG10E", math.log10(math.e)), ("LOG2E", math.log2(math.e)), ("PI", math.pi),
                        ("SQRT1_2", math.sqrt(0.5)), ("SQRT2", math.sqrt(2))):
        m.define_data(name, value, 0)
    for name, f in UNARY.items():
        define_method(m, realm, name, 1, _unary_method(f))
    define_method(m, realm, "atan2", 2,
                  lambda this, args: math.atan2(to_number(arg(args, 0)), to_number(arg(args, 1))))
    define_method(m, realm, "hypot", 2, _variadic_method(math_hypot))
    define_method(m, realm, "imul", 2,
                  lambda this, args: math_imul(to_number(arg(args, 0)), to_number(arg(args, 1))))
    define_method(m, realm, "max", 2, _variadic_method(math_max))
    define_method(m, realm, "min", 2, _variadic_method(math_min))
    define_method(m, realm, "pow", 2,
                  lambda this, args: number_exponentiate(to_number(arg(args, 0)), to_number(arg(args, 1))))
    define_method(m, realm, "random", 0, lambda this, args: random.random())
    define_method(m, realm, "sumPrecise", 1, lambda this, args: math_sum_precise(arg(args, 0)))
    m.define_data(WellKnown.toStringTag, "Math", CONFIGURABLE)
    realm.intrinsics["%Math%"] = m
    realm.global_object.define_data("Math", m, WRITABLE | CONFIGURABLE)
