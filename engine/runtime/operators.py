"""The operators of the language on JS values (ECMA-262 6.1.6, 7.2, 13.5 - 13.15).

Every binary operator takes a fast path for two floats first. Results are JS values: Numbers
are floats, BigInts ints, booleans bools.
"""
from __future__ import annotations

import math
from typing import Any

from .conversions import (INF, NAN, number_to_string, string_to_bigint, string_to_number, to_boolean,
                          to_int32, to_numeric, to_primitive, to_property_key, to_string, to_uint32)
from .errors import throw_range_error, throw_type_error
from .objects import JSObject
from .values import JSNull, JSSymbol, WellKnown

_fmod = math.fmod
_copysign = math.copysign


def _mix_error() -> None:
    throw_type_error("Cannot mix BigInt and other types, use explicit conversions")


# ---------------------------------------------------------------------------------------------
# Number::  operations (6.1.6.1)
# ---------------------------------------------------------------------------------------------

def number_divide(x: float, y: float) -> float:
    """Number::divide (6.1.6.1.5)."""
    try:
        return x / y
    except ZeroDivisionError:
        if x != x or x == 0.0:
            return NAN
        return INF if _copysign(1.0, x) == _copysign(1.0, y) else -INF


def number_remainder(n: float, d: float) -> float:
    """Number::remainder (6.1.6.1.6): the sign of the dividend, like C fmod."""
    try:
        return _fmod(n, d)
    except ValueError:  # d is ±0 or n is ±∞
        return NAN


def number_exponentiate(base: float, exponent: float) -> float:
    """Number::exponentiate (6.1.6.1.3)."""
    if exponent != exponent:
        return NAN
    if exponent == 0.0:
        return 1.0
    if base != base:
        return NAN
    if (base == 1.0 or base == -1.0) and (exponent == INF or exponent == -INF):
        return NAN
    try:
        return math.pow(base, exponent)
    except OverflowError:
        odd = exponent.is_integer() and _fmod(exponent, 2.0) != 0.0
        return -INF if base < 0 and odd else INF
    except ValueError:
        if base == 0.0:  # ±0 to a negative power
            odd = exponent.is_integer() and _fmod(exponent, 2.0) != 0.0
            return -INF if odd and _copysign(1.0, base) < 0 else INF
        return NAN  # a negative base to a non-integer power


def _bigint_divide(x: int, y: int) -> int:
    if y == 0:
        throw_range_error("Division by zero")
    q = abs(x) // abs(y)
    return q if (x < 0) == (y < 0) else -q


def _bigint_remainder(x: int, y: int) -> int:
    if y == 0:
        throw_range_error("Division by zero")
    r = abs(x) % abs(y)
    return -r if x < 0 else r


def _bigint_pow(x: int, y: int) -> int:
    if y < 0:
        throw_range_error("undefined must be positive")  # sic: V8's text
    if y > 1_000_000 and abs(x) > 1:
        throw_range_error("Maximum BigInt size exceeded")
    return x ** y


def _bigint_shl(x: int, y: int) -> int:
    if y > 1_000_000_000:
        throw_range_error("Maximum BigInt size exceeded")
    return x << y if y >= 0 else x >> -y


def _bigint_sar(x: int, y: int) -> int:
    return _bigint_shl(x, -y)


def _bigint_shr(x: int, y: int) -> int:
    throw_type_error("BigInts have no unsigned right shift, use >> instead")


# ---------------------------------------------------------------------------------------------
# Binary operators (13.15.3 ApplyStringOrNumericBinaryOperator)
# ---------------------------------------------------------------------------------------------

def add(a: Any, b: Any) -> Any:
    """The + operator (13.8.1)."""
    ta = type(a)
    tb = type(b)
    if ta is float and tb is float:
        return a + b
    if ta is str and tb is str:
        return a + b
    if isinstance(a, JSObject):
        a = to_primitive(a)
        ta = type(a)
    if isinstance(b, JSObject):
        b = to_primitive(b)
        tb = type(b)
    if ta is str or tb is str:
        return (a if ta is str else to_string(a)) + (b if tb is str else to_string(b))
    a = to_numeric(a)
    b = to_numeric(b)
    if type(a) is not type(b):
        _mix_error()
    return a + b


def _numeric_op(a: Any, b: Any, number_op, bigint_op) -> Any:
    """Steps 3-8 of ApplyStringOrNumericBinaryOperator for everything but +."""
    a = to_numeric(a)
    b = to_numeric(b)
    ta = type(a)
    if ta is not type(b):
        _mix_error()
    if ta is float:
        return number_op(a, b)
    return bigint_op(a, b)


def sub(a: Any, b: Any) -> Any:
    """The - operator."""
    if type(a) is float and type(b) is float:
        return a - b
    return _numeric_op(a, b, float.__sub__, int.__sub__)


def mul(a: Any, b: Any) -> Any:
    """The * operator."""
    if type(a) is float and type(b) is float:
        return a * b
    return _numeric_op(a, b, float.__mul__, int.__mul__)


def div(a: Any, b: Any) -> Any:
    """The / operator."""
    if type(a) is float and type(b) is float and b:
        return a / b
    return _numeric_op(a, b, number_divide, _bigint_divide)


def mod(a: Any, b: Any) -> Any:
    """The % operator."""
    if type(a) is float and type(b) is float:
        return number_remainder(a, b)
    return _numeric_op(a, b, number_remainder, _bigint_remainder)


def pow(a: Any, b: Any) -> Any:  # noqa: A001 - the spec's name
    """The ** operator."""
    if type(a) is float and type(b) is float:
        return number_exponentiate(a, b)
    return _numeric_op(a, b, number_exponentiate, _bigint_pow)


def _int32_op(op):
    def number_op(x: float, y: float) -> float:
        return float(op(to_int32(x), to_int32(y)))
    return number_op


def _i32(i: int) -> int:
    i &= 0xFFFFFFFF
    return i - 0x100000000 if i & 0x80000000 else i


_number_and = _int32_op(int.__and__)
_number_or = _int32_op(int.__or__)
_number_xor = _int32_op(int.__xor__)


def _number_shl(x: float, y: float) -> float:
    return float(_i32(to_int32(x) << (to_uint32(y) & 31)))


def _number_sar(x: float, y: float) -> float:
    return float(to_int32(x) >> (to_uint32(y) & 31))


def _number_shr(x: float, y: float) -> float:
    return float(to_uint32(x) >> (to_uint32(y) & 31))


def bitand(a: Any, b: Any) -> Any:
    """The & operator."""
    if type(a) is float and type(b) is float:
        return _number_and(a, b)
    return _numeric_op(a, b, _number_and, int.__and__)


def bitor(a: Any, b: Any) -> Any:
    """The | operator."""
    if type(a) is float and type(b) is float:
        return _number_or(a, b)
    return _numeric_op(a, b, _number_or, int.__or__)


def bitxor(a: Any, b: Any) -> Any:
    """The ^ operator."""
    if type(a) is float and type(b) is float:
        return _number_xor(a, b)
    return _numeric_op(a, b, _number_xor, int.__xor__)


def shl(a: Any, b: Any) -> Any:
    """The << operator."""
    if type(a) is float and type(b) is float:
        return _number_shl(a, b)
    return _numeric_op(a, b, _number_shl, _bigint_shl)


def sar(a: Any, b: Any) -> Any:
    """The >> operator."""
    if type(a) is float and type(b) is float:
        return _number_sar(a, b)
    return _numeric_op(a, b, _number_sar, _bigint_sar)


def shr(a: Any, b: Any) -> Any:
    """The >>> operator."""
    if type(a) is float and type(b) is float:
        return _number_shr(a, b)
    return _numeric_op(a, b, _number_shr, _bigint_shr)


# ---------------------------------------------------------------------------------------------
# Unary operators (13.5)
# ---------------------------------------------------------------------------------------------

def neg(a: Any) -> Any:
    """Unary - (13.5.5)."""
    if type(a) is float:
        return -a
    a = to_numeric(a)
    return -a


def pos(a: Any) -> float:
    """Unary + (13.5.4): ToNumber."""
    from .conversions import to_number
    return to_number(a)


def bitnot(a: Any) -> Any:
    """The ~ operator (13.5.6)."""
    if type(a) is not float:
        a = to_numeric(a)
        if type(a) is int:
            return ~a
    return float(~to_int32(a))


def inc(a: Any) -> Any:
    """++ on a value already converted with ToNumeric."""
    return a + (1.0 if type(a) is float else 1)


def dec(a: Any) -> Any:
    """-- on a value already converted with ToNumeric."""
    return a - (1.0 if type(a) is float else 1)


def typeof(v: Any) -> str:
    """The typeof operator (13.5.3)."""
    t = type(v)
    if t is float:
        return "number"
    if t is str:
        return "string"
    if t is bool:
        return "boolean"
    if v is None:
        return "undefined"
    if v is JSNull:
        return "object"
    if t is int:
        return "bigint"
    if t is JSSymbol:
        return "symbol"
    return "function" if v.callable else "object"


# ---------------------------------------------------------------------------------------------
# Relational comparison (7.2.13) and equality (7.2.14, 7.2.15)
# ---------------------------------------------------------------------------------------------

def is_less_than(x: Any, y: Any, left_first: bool = True) -> bool | None:
    """IsLessThan (7.2.13): True, False, or None for undefined (a NaN was involved)."""
    if left_first:
        px = to_primitive(x, "number")
        py = to_primitive(y, "number")
    else:
        py = to_primitive(y, "number")
        px = to_primitive(x, "number")
    tx = type(px)
    ty = type(py)
    if tx is str and ty is str:
        return px < py  # code unit order: our strings hold UTF-16 code units
    if tx is int and ty is str:
        ny = string_to_bigint(py)
        return None if ny is None else px < ny
    if tx is str and ty is int:
        nx = string_to_bigint(px)
        return None if nx is None else nx < py
    nx = to_numeric(px)
    ny = to_numeric(py)
    if nx != nx or ny != ny:
        return None
    return nx < ny  # Python compares int and float exactly, as BigInt/Number comparison requires


def lt(a: Any, b: Any) -> bool:
    """a < b."""
    if type(a) is float and type(b) is float:
        return a < b
    return is_less_than(a, b, True) is True


def gt(a: Any, b: Any) -> bool:
    """a > b."""
    if type(a) is float and type(b) is float:
        return a > b
    return is_less_than(b, a, False) is True


def le(a: Any, b: Any) -> bool:
    """a <= b."""
    if type(a) is float and type(b) is float:
        return a <= b
    return is_less_than(b, a, False) is False


def ge(a: Any, b: Any) -> bool:
    """a >= b."""
    if type(a) is float and type(b) is float:
        return a >= b
    return is_less_than(a, b, True) is False


def strict_equals(x: Any, y: Any) -> bool:
    """IsStrictlyEqual (7.2.15)."""
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is float or tx is str or tx is int or tx is bool:
        return x == y
    return x is y


def same_value_zero(x: Any, y: Any) -> bool:
    """SameValueZero (7.2.11)."""
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is float:
        return x == y or (x != x and y != y)
    if tx is str or tx is int or tx is bool:
        return x == y
    return x is y


def loose_equals(x: Any, y: Any) -> bool:
    """IsLooselyEqual (7.2.14)."""
    tx = type(x)
    ty = type(y)
    if tx is ty:
        if tx is float or tx is str or tx is int or tx is bool:
            return x == y
        return x is y
    xn = x is None or x is JSNull
    yn = y is None or y is JSNull
    if xn or yn:
        return xn and yn
    if tx is float and ty is str:
        return x == string_to_number(y)
    if tx is str and ty is float:
        return string_to_number(x) == y
    if tx is int and ty is str:
        n = string_to_bigint(y)
        return n is not None and x == n
    if tx is str and ty is int:
        return loose_equals(y, x)
    if tx is bool:
        return loose_equals(1.0 if x else 0.0, y)
    if ty is bool:
        return loose_equals(x, 1.0 if y else 0.0)
    x_obj = isinstance(x, JSObject)
    y_obj = isinstance(y, JSObject)
    if y_obj and not x_obj:
        return loose_equals(x, to_primitive(y))
    if x_obj and not y_obj:
        return loose_equals(to_primitive(x), y)
    if (tx is int and ty is float) or (tx is float and ty is int):
        return x == y  # exact; NaN and ±∞ compare unequal to every int
    return False


# ---------------------------------------------------------------------------------------------
# instanceof and in
# ---------------------------------------------------------------------------------------------

def instance_of(v: Any, target: Any) -> bool:
    """InstanceofOperator (13.10.2)."""
    if not isinstance(target, JSObject):
        throw_type_error("Right-hand side of 'instanceof' is not an object")
    from .access import call, get_method
    handler = get_method(target, WellKnown.hasInstance)
    if handler is not None:
        return to_boolean(call(handler, target, [v]))
    if not target.callable:
        throw_type_error("Right-hand side of 'instanceof' is not callable")
    from .access import ordinary_has_instance
    return ordinary_has_instance(target, v)


def has_in(key: Any, obj: Any) -> bool:
    """The in operator (13.10.1)."""
    if not isinstance(obj, JSObject):
        shown = obj if type(obj) is str else _show(obj)
        throw_type_error(f"Cannot use 'in' operator to search for '{_show(key)}' in {shown}")
    return obj.has_property(to_property_key(key))


def _show(v: Any) -> str:
    if type(v) is JSSymbol:
        return f"Symbol({v.description or ''})"
    if type(v) is float:
        return number_to_string(v)
    if isinstance(v, JSObject):
        from .access import describe_value
        return describe_value(v)
    return to_string(v)
