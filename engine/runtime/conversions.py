"""Type conversion (ECMA-262 7.1) and Number::toString (6.1.6.1.20).

Conversions to integers used internally (``to_int32``, ``to_length``, ``to_index`` ...) return a
Python ``int`` (``to_integer_or_infinity`` may also return ``±inf`` as a float); the JS-visible
results of operators are converted back to ``float`` by the caller.

``to_object`` of a primitive makes a wrapper object: ``WRAPPERS[type(v)](realm, v)`` when a
built-in module registered a factory for that type (builtins/string.py registers the String
exotic object), otherwise a ``JSPrimitiveWrapper`` whose prototype is the intrinsic
``%Number.prototype%`` / ``%Boolean.prototype%`` / ``%Symbol.prototype%`` / ``%BigInt.prototype%``.
"""
from __future__ import annotations

import math
import re
from typing import Any, Callable

from .errors import throw_range_error, throw_type_error
from .objects import JSObject, JSPrimitiveWrapper
from .values import JSNull, JSSymbol, WellKnown

INF = math.inf
NAN = math.nan

# type(primitive) -> factory(realm, value) -> wrapper object; filled in by builtins modules.
WRAPPERS: dict[type, Callable[[Any, Any], JSObject]] = {}
_WRAPPER_PROTO = {float: "%Number.prototype%", bool: "%Boolean.prototype%", str: "%String.prototype%",
                  int: "%BigInt.prototype%", JSSymbol: "%Symbol.prototype%"}


# ---------------------------------------------------------------------------------------------
# ToPrimitive / ToBoolean / ToNumber
# ---------------------------------------------------------------------------------------------

def to_primitive(v: Any, hint: str = "default") -> Any:
    """ToPrimitive (7.1.1); ``hint`` is "default", "number" or "string"."""
    if not isinstance(v, JSObject):
        return v
    exotic = v.get(WellKnown.toPrimitive, v)
    if exotic is not None and exotic is not JSNull:
        if not (isinstance(exotic, JSObject) and exotic.callable):
            from .access import describe_typed
            throw_type_error(f"{describe_typed(exotic)} is not a function")
        result = exotic.call(v, [hint])
        if isinstance(result, JSObject):
            throw_type_error("Cannot convert object to primitive value")
        return result
    return ordinary_to_primitive(v, "number" if hint == "default" else hint)


def ordinary_to_primitive(o: JSObject, hint: str) -> Any:
    """OrdinaryToPrimitive (7.1.1.1)."""
    for name in (("toString", "valueOf") if hint == "string" else ("valueOf", "toString")):
        method = o.get(name, o)
        if isinstance(method, JSObject) and method.callable:
            result = method.call(o, [])
            if not isinstance(result, JSObject):
                return result
    throw_type_error("Cannot convert object to primitive value")


def to_boolean(v: Any) -> bool:
    """ToBoolean (7.1.2)."""
    t = type(v)
    if t is bool:
        return v
    if t is float:
        return not (v == 0.0 or v != v)
    if t is str:
        return len(v) > 0
    if v is None or v is JSNull:
        return False
    if t is int:
        return v != 0
    return True  # symbols and objects


def to_numeric(v: Any) -> float | int:
    """ToNumeric (7.1.3): a float, or an int for a BigInt."""
    t = type(v)
    if t is float or t is int:
        return v
    if isinstance(v, JSObject):
        v = to_primitive(v, "number")
        if type(v) is int:
            return v
    return to_number(v)


def to_number(v: Any) -> float:
    """ToNumber (7.1.4)."""
    t = type(v)
    if t is float:
        return v
    if t is str:
        return string_to_number(v)
    if t is bool:
        return 1.0 if v else 0.0
    if v is None:
        return NAN
    if v is JSNull:
        return 0.0
    if t is int:
        throw_type_error("Cannot convert a BigInt value to a number")
    if t is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a number")
    return to_number(to_primitive(v, "number"))


# WhiteSpace and LineTerminator code points (12.2, 12.3) that StringToNumber trims.
WHITESPACE = ("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
              "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
_RADIX_PREFIX = {"x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2}
_RADIX_DIGITS = {16: re.compile(r"[0-9a-fA-F]+\Z"), 8: re.compile(r"[0-7]+\Z"), 2: re.compile(r"[01]+\Z")}


def string_to_number(s: str) -> float:
    """StringToNumber (7.1.4.1.1): StringNumericLiteral, NaN when the grammar does not match."""
    if s.isdigit() and s.isascii():
        return float(s)
    s = s.strip(WHITESPACE)
    if not s:
        return 0.0
    c = s[0]
    if c == "0" and len(s) > 2 and s[1] in _RADIX_PREFIX:
        radix = _RADIX_PREFIX[s[1]]
        digits = s[2:]
        if _RADIX_DIGITS[radix].match(digits):
            return int_to_float(int(digits, radix))
        return NAN
    if _DECIMAL.match(s):
        return float(s)
    if s == "Infinity" or s == "+Infinity":
        return INF
    if s == "-Infinity":
        return -INF
    return NAN


def int_to_float(i: int) -> float:
    """The Number value for a mathematical integer (rounding to nearest, ∞ when too large)."""
    try:
        return float(i)
    except OverflowError:
        return INF if i > 0 else -INF


# ---------------------------------------------------------------------------------------------
# Integer conversions
# ---------------------------------------------------------------------------------------------

def to_integer_or_infinity(v: Any) -> int | float:
    """ToIntegerOrInfinity (7.1.5): an int, or ±inf."""
    n = v if type(v) is float else to_number(v)
    if n != n:
        return 0
    if n == INF or n == -INF:
        return n
    return int(n)


def to_int32(v: Any) -> int:
    """ToInt32 (7.1.6)."""
    n = v if type(v) is float else to_number(v)
    if -2147483648.0 <= n <= 2147483647.0:
        return int(n)
    if n != n or n == INF or n == -INF:
        return 0
    i = int(n) & 0xFFFFFFFF
    return i - 0x100000000 if i & 0x80000000 else i


def to_uint32(v: Any) -> int:
    """ToUint32 (7.1.7)."""
    n = v if type(v) is float else to_number(v)
    if 0.0 <= n <= 4294967295.0:
        return int(n)
    if n != n or n == INF or n == -INF:
        return 0
    return int(n) & 0xFFFFFFFF


def to_int16(v: Any) -> int:
    """ToInt16 (7.1.8)."""
    i = to_uint32(v) & 0xFFFF
    return i - 0x10000 if i & 0x8000 else i


def to_uint16(v: Any) -> int:
    """ToUint16 (7.1.9)."""
    return to_uint32(v) & 0xFFFF


def to_int8(v: Any) -> int:
    """ToInt8 (7.1.10)."""
    i = to_uint32(v) & 0xFF
    return i - 0x100 if i & 0x80 else i


def to_uint8(v: Any) -> int:
    """ToUint8 (7.1.11)."""
    return to_uint32(v) & 0xFF


def to_uint8_clamp(v: Any) -> int:
    """ToUint8Clamp (7.1.12): round half to even, clamp to 0..255."""
    n = to_number(v)
    if n != n or n <= 0:
        return 0
    if n >= 255:
        return 255
    return round(n)  # Python's round() is round-half-even, as the spec asks


MAX_SAFE_INTEGER = 9007199254740991


def to_length(v: Any) -> int:
    """ToLength (7.1.20)."""
    n = to_integer_or_infinity(v)
    if n <= 0:
        return 0
    return MAX_SAFE_INTEGER if n > MAX_SAFE_INTEGER else int(n)


def to_index(v: Any, message: str = "Invalid array length") -> int:
    """ToIndex (7.1.22); the RangeError's ``message`` (V8's, one per caller) may show the
    integer as ``{}``."""
    if v is None:
        return 0
    n = to_integer_or_infinity(v)
    if n < 0 or n > MAX_SAFE_INTEGER:
        throw_range_error(message.format(number_to_string(float(n))))
    return int(n)


# ---------------------------------------------------------------------------------------------
# ToString and Number::toString
# ---------------------------------------------------------------------------------------------

def to_string(v: Any) -> str:
    """ToString (7.1.17)."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is None:
        return "undefined"
    if v is JSNull:
        return "null"
    if t is int:
        return str(v)
    if t is JSSymbol:
        throw_type_error("Cannot convert a Symbol value to a string")
    return to_string(to_primitive(v, "string"))


def to_property_key(v: Any) -> str | JSSymbol:
    """ToPropertyKey (7.1.19)."""
    t = type(v)
    if t is str or t is JSSymbol:
        return v
    if t is float:
        return number_to_string(v)
    if isinstance(v, JSObject):
        v = to_primitive(v, "string")
        if type(v) is JSSymbol:
            return v
    return to_string(v)


def number_to_string(x: float, radix: int = 10) -> str:
    """Number::toString (6.1.6.1.20): shortest round-trip digits; V8's algorithm for radix != 10."""
    if x != x:
        return "NaN"
    if x == 0.0:
        return "0"
    if x == INF:
        return "Infinity"
    if x == -INF:
        return "-Infinity"
    if radix != 10:
        return _double_to_radix_string(x, radix)
    if x.is_integer() and -9007199254740992.0 <= x <= 9007199254740992.0:
        return str(int(x))
    if x < 0:
        return "-" + number_to_string(-x)
    # repr() gives the shortest digits that round-trip, positionally for 1e-4 <= x < 1e16 (a
    # range where JS also prints positionally); otherwise re-lay them out per the spec.
    r = repr(x)
    if "e" not in r:
        return r[:-2] if r.endswith(".0") else r
    mantissa, _, exp = r.partition("e")
    ip, _, fp = mantissa.partition(".")
    digits = ip + fp
    n = len(ip) + (int(exp) if exp else 0)  # position of the decimal point
    stripped = digits.lstrip("0")
    n -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    exp_s = f"e{'+' if n - 1 >= 0 else '-'}{abs(n - 1)}"
    if k == 1:
        return digits + exp_s
    return digits[0] + "." + digits[1:] + exp_s


_DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _double_to_radix_string(value: float, radix: int) -> str:
    """Non-decimal Number::toString, digit for digit as V8 prints it: fraction digits are
    generated only up to the precision of the input double (half the gap to the next double)."""
    negative = value < 0
    if negative:
        value = -value
    integer = math.floor(value)
    fraction = value - integer
    delta = max(0.5 * (math.nextafter(value, INF) - value), math.nextafter(0.0, 1.0))
    frac_digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and (digit & 1)):
                if fraction + delta > 1:
                    # round up, propagating the carry through the digits written so far
                    while True:
                        if not frac_digits:
                            integer += 1
                            break
                        d = frac_digits.pop()
                        if d + 1 < radix:
                            frac_digits.append(d + 1)
                            break
                    break
            if fraction < delta:
                break
    # Integer digits, in double arithmetic as V8 does: beyond 2**53 the low digits are not
    # represented, so they print as zeros.
    int_digits: list[str] = []
    while integer / radix >= 9007199254740992.0:
        integer /= radix
        int_digits.append("0")
    while True:
        rem = math.fmod(integer, radix)
        int_digits.append(_DIGIT_CHARS[int(rem)])
        integer = (integer - rem) / radix
        if integer <= 0:
            break
    s = "".join(reversed(int_digits))
    if frac_digits:
        s += "." + "".join(_DIGIT_CHARS[d] for d in frac_digits)
    return "-" + s if negative else s


# ---------------------------------------------------------------------------------------------
# ToObject and friends
# ---------------------------------------------------------------------------------------------

def to_object(v: Any) -> JSObject:
    """ToObject (7.1.18): wrapper objects for primitives; TypeError for undefined and null."""
    if isinstance(v, JSObject):
        return v
    if v is None or v is JSNull:
        throw_type_error("Cannot convert undefined or null to object")
    from .realm import current_realm
    realm = current_realm()
    t = type(v)
    factory = WRAPPERS.get(t)
    if factory is not None:
        return factory(realm, v)
    return JSPrimitiveWrapper(wrapper_prototype(realm, v), v)


def wrapper_prototype(realm: Any, v: Any) -> JSObject:
    """The intrinsic prototype of the wrapper of primitive ``v`` (%Object.prototype% while a
    built-in family such as BigInt is not installed)."""
    intr = realm.intrinsics
    return intr.get(_WRAPPER_PROTO[type(v)]) or intr["%Object.prototype%"]


def require_object_coercible(v: Any, what: str = "value") -> Any:
    """RequireObjectCoercible (7.2.1); ``what`` names the operation for the message."""
    if v is None or v is JSNull:
        throw_type_error(f"{what} called on null or undefined")
    return v


def canonical_numeric_index_string(s: Any) -> float | None:
    """CanonicalNumericIndexString (7.1.21): the number, or None (undefined)."""
    if type(s) is not str:
        return None
    if s == "-0":
        return -0.0
    n = string_to_number(s)
    if number_to_string(n) == s:
        return n
    return None


def string_to_bigint(s: str) -> int | None:
    """StringToBigInt (7.1.14): None when ``s`` is not a StringIntegerLiteral."""
    s = s.strip(WHITESPACE)
    if not s:
        return 0
    if s[0] == "0" and len(s) > 2 and s[1] in _RADIX_PREFIX:
        radix = _RADIX_PREFIX[s[1]]
        return int(s[2:], radix) if _RADIX_DIGITS[radix].match(s[2:]) else None
    body = s[1:] if s[0] in "+-" else s
    if body.isascii() and body.isdigit():
        return int(s)
    return None


def to_bigint(v: Any) -> int:
    """ToBigInt (7.1.13)."""
    prim = to_primitive(v, "number")
    t = type(prim)
    if t is int:
        return prim
    if t is bool:
        return 1 if prim else 0
    if t is str:
        n = string_to_bigint(prim)
        if n is None:
            from .errors import throw_syntax_error
            throw_syntax_error(f"Cannot convert {prim} to a BigInt")
        return n
    if prim is None or prim is JSNull:
        throw_type_error(f"Cannot convert {to_string(prim)} to a BigInt")
    if t is float:
        throw_type_error(f"Cannot convert {number_to_string(prim)} to a BigInt")
    throw_type_error("Cannot convert a Symbol value to a bigint")


