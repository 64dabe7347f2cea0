"""Intl.NumberFormat (ECMA-402 15) for en-US: decimal, percent, currency and unit styles;
standard, scientific, engineering and compact notation; the digit options and rounding modes;
grouping and sign display. Digits come from the shortest decimal that round-trips the Number
(as ICU does), rounded in exact decimal arithmetic."""
from __future__ import annotations

import decimal
import math
import re
import unicodedata
from decimal import Decimal
from typing import Any

from ...access import create_array_from_list
from ...conversions import (WHITESPACE, string_to_number, to_boolean, to_number, to_primitive,
                             to_string)
from ...errors import throw_range_error, throw_type_error
from ...function import define_method
from ...objects import JSObject
from ...realm import current_realm
from . import cldr
from .options import (check_type_sequence, default_number_option, get_number_option, get_option, options_object,
                      plain_object, resolve_locale_with, utf8_as_latin1)

# wide enough for every Number's digits plus 100 fraction digits
_CTX = decimal.Context(prec=1000, Emax=10 ** 6, Emin=-10 ** 6)
_MODES = ("ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven")
# Rounding modes on the magnitude: (for positive, for negative) numbers.
_DECIMAL_MODE = {
    "ceil": (decimal.ROUND_UP, decimal.ROUND_DOWN), "floor": (decimal.ROUND_DOWN, decimal.ROUND_UP),
    "expand": (decimal.ROUND_UP,) * 2, "trunc": (decimal.ROUND_DOWN,) * 2,
    "halfCeil": (decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN),
    "halfFloor": (decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_UP),
    "halfExpand": (decimal.ROUND_HALF_UP,) * 2, "halfTrunc": (decimal.ROUND_HALF_DOWN,) * 2,
    "halfEven": (decimal.ROUND_HALF_EVEN,) * 2,
}
_INCREMENTS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000)
# IsSanctionedSingleUnitIdentifier (6.6.2, table 2).
SANCTIONED_UNITS = frozenset((
    "acre", "bit", "byte", "celsius", "centimeter", "day", "degree", "fahrenheit", "fluid-ounce", "foot",
    "gallon", "gigabit", "gigabyte", "gram", "hectare", "hour", "inch", "kilobit", "kilobyte", "kilogram",
    "kilometer", "liter", "megabit", "megabyte", "meter", "microsecond", "mile", "mile-scandinavian",
    "milliliter", "millimeter", "millisecond", "minute", "month", "nanosecond", "ounce", "percent", "petabyte",
    "pound", "second", "stone", "terabit", "terabyte", "week", "yard", "year"))
NBSP = "\u00a0"


class Digits:
    """The resolved digit options (SetNumberFormatDigitOptions, 15.1.3)."""

    __slots__ = ("mnid", "mnfd", "mxfd", "mnsd", "mxsd", "rounding_type", "priority", "increment", "mode",
                 "trailing_zero")


def set_digit_options(d: Digits, options: JSObject | None, mnfd_default: int, mxfd_default: int,
                      notation: str) -> None:
    """SetNumberFormatDigitOptions (15.1.3)."""
    d.mnid = get_number_option(options, "minimumIntegerDigits", 1, 21, 1)
    get = (lambda key: None) if options is None else (lambda key: options.get(key, options))
    mnfd, mxfd, mnsd, mxsd = get("minimumFractionDigits"), get("maximumFractionDigits"), \
        get("minimumSignificantDigits"), get("maximumSignificantDigits")
    d.increment = get_number_option(options, "roundingIncrement", 1, 5000, 1)
    if d.increment not in _INCREMENTS:
        throw_range_error("roundingIncrement value is out of range.")
    d.mode = get_option(options, "roundingMode", "string", _MODES, "halfExpand", "Intl.NumberFormat")
    priority = get_option(options, "roundingPriority", "string", ("auto", "morePrecision", "lessPrecision"),
                          "auto", "Intl.NumberFormat")
    d.trailing_zero = get_option(options, "trailingZeroDisplay", "string", ("auto", "stripIfInteger"), "auto",
                                 "Intl.NumberFormat")
    if d.increment != 1:
        mxfd_default = mnfd_default
    has_sd = mnsd is not None or mxsd is not None
    has_fd = mnfd is not None or mxfd is not None
    need_sd = need_fd = True
    if priority == "auto":
        need_sd = has_sd
        if need_sd or (not has_fd and notation == "compact"):
            need_fd = False
    d.mnsd = d.mxsd = d.mnfd = d.mxfd = None
    if need_sd:
        if has_sd:
            d.mnsd = default_number_option(mnsd, 1, 21, 1, "minimumSignificantDigits")
            d.mxsd = default_number_option(mxsd, d.mnsd, 21, 21, "maximumSignificantDigits")
        else:
            d.mnsd, d.mxsd = 1, 21
    if need_fd:
        if has_fd:
            lo = default_number_option(mnfd, 0, 100, None, "minimumFractionDigits")
            hi = default_number_option(mxfd, 0, 100, None, "maximumFractionDigits")
            if lo is None:
                lo = min(mnfd_default, hi)
            elif hi is None:
                hi = max(mxfd_default, lo)
            elif lo > hi:
                throw_range_error("maximumFractionDigits value is out of range.")
            d.mnfd, d.mxfd = lo, hi
        else:
            d.mnfd, d.mxfd = mnfd_default, mxfd_default
    if not need_sd and not need_fd:
        d.mnfd, d.mxfd, d.mnsd, d.mxsd = 0, 0, 1, 2
        d.rounding_type, d.priority = "morePrecision", "morePrecision"
    elif priority == "auto":
        d.rounding_type = "significantDigits" if has_sd else "fractionDigits"
        d.priority = "auto"
    else:
        d.rounding_type = d.priority = priority
    if d.increment != 1:
        if d.rounding_type != "fractionDigits":
            throw_type_error("roundingIncrement requires fraction-digit rounding")
        if d.mxfd != d.mnfd:
            throw_range_error("maximumFractionDigits must equal minimumFractionDigits with a roundingIncrement")


# ---------------------------------------------------------------------------------------------
# Rounding (15.5.3 FormatNumericToString, ToRawPrecision, ToRawFixed)
# ---------------------------------------------------------------------------------------------

def _raw_fixed(x: Decimal, mnfd: int, mxfd: int, increment: int, rounding: str) -> tuple[Decimal, int]:
    """ToRawFixed: x rounded to mxfd fraction digits (in steps of ``increment``); the result
    keeps at least mnfd fraction digits. Returns (value, rounding magnitude)."""
    quantum = Decimal(increment).scaleb(-mxfd)
    q = (x / quantum).quantize(Decimal(1), rounding=rounding, context=_CTX) * quantum
    q = q.quantize(Decimal(1).scaleb(-mxfd), context=_CTX)
    return _strip(q, mnfd), -mxfd


def _raw_precision(x: Decimal, mnsd: int, mxsd: int, rounding: str) -> tuple[Decimal, int]:
    """ToRawPrecision: x rounded to mxsd significant digits, keeping mnsd."""
    if x == 0:
        return Decimal(0).quantize(Decimal(1).scaleb(-(mnsd - 1))), 1 - mxsd
    e = x.adjusted()
    magnitude = e - mxsd + 1
    q = x.quantize(Decimal(1).scaleb(magnitude), rounding=rounding, context=_CTX)
    keep = q.adjusted() - mnsd + 1
    return _strip(q, -keep if keep < 0 else 0), magnitude


def _strip(q: Decimal, min_fraction: int) -> Decimal:
    """Drop trailing fraction zeros of q down to min_fraction digits."""
    sign, digits, exp = q.as_tuple()
    digits = list(digits)
    while exp < -min_fraction and digits and digits[-1] == 0 and len(digits) > 1:
        digits.pop()
        exp += 1
    if exp < -min_fraction and digits == [0]:
        exp = -min_fraction
    return Decimal((sign, tuple(digits), exp))


def round_decimal(x: Decimal, d: Digits, negative: bool) -> Decimal:
    """FormatNumericToString's rounding (15.5.3) of a non-negative decimal."""
    rounding = _DECIMAL_MODE[d.mode][1 if negative else 0]
    if d.rounding_type == "fractionDigits":
        value, _ = _raw_fixed(x, d.mnfd, d.mxfd, d.increment, rounding)
    elif d.rounding_type == "significantDigits":
        value, _ = _raw_precision(x, d.mnsd, d.mxsd, rounding)
    else:
        s_value, s_mag = _raw_precision(x, d.mnsd, d.mxsd, rounding)
        f_value, f_mag = _raw_fixed(x, d.mnfd, d.mxfd, d.increment, rounding)
        more = d.rounding_type == "morePrecision"
        value = s_value if (s_mag <= f_mag) == more else f_value
    if d.trailing_zero == "stripIfInteger" and value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value


def decimal_of(x: Any) -> Decimal:
    """The magnitude to format: the shortest decimal that round-trips a Number, or the exact
    value of a BigInt or a decimal string."""
    if type(x) is int:
        return Decimal(abs(x))
    if type(x) is Decimal:
        return x.copy_abs()
    return Decimal(repr(abs(x)))


# ---------------------------------------------------------------------------------------------
# The NumberFormat object and PartitionNumberPattern (15.5.4)
# ---------------------------------------------------------------------------------------------

class NumberFormatObject(JSObject):
    __slots__ = ("locale", "style", "currency", "currency_display", "currency_sign", "unit", "unit_display",
                 "notation", "compact_display", "use_grouping", "sign_display", "digits", "bound")
    class_name = "Intl.NumberFormat"


def initialize_number_format(nf: NumberFormatObject, locales: Any, options: Any) -> NumberFormatObject:
    """InitializeNumberFormat (15.1.2)."""
    options = options_object(options)
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit", "Intl.NumberFormat")
    numbering = check_type_sequence(get_option(options, "numberingSystem", "string", None, None), "numberingSystem")
    nf.locale, _ = resolve_locale_with(locales, {"nu": numbering})
    # SetNumberFormatUnitOptions (15.1.4)
    nf.style = get_option(options, "style", "string", ("decimal", "percent", "currency", "unit"), "decimal",
                          "Intl.NumberFormat")
    currency = get_option(options, "currency", "string", None, None)
    if currency is None and nf.style == "currency":  # step 4.a, before the other options are read
        throw_type_error("Currency code is required with currency style.")
    if currency is not None and not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        throw_range_error(f"Invalid currency code : {utf8_as_latin1(currency)}")
    nf.currency_display = get_option(options, "currencyDisplay", "string", ("code", "symbol", "narrowSymbol", "name"),
                                     "symbol", "Intl.NumberFormat")
    nf.currency_sign = get_option(options, "currencySign", "string", ("standard", "accounting"), "standard",
                                  "Intl.NumberFormat")
    unit = get_option(options, "unit", "string", None, None)
    if unit is None and nf.style == "unit":  # step 9.a
        throw_type_error("Invalid unit argument for Intl.NumberFormat() ''")
    if unit is not None and not _well_formed_unit(unit):
        throw_range_error(f"Invalid unit argument for Intl.NumberFormat() '{utf8_as_latin1(unit)}'")
    nf.unit_display = get_option(options, "unitDisplay", "string", ("short", "narrow", "long"), "short",
                                 "Intl.NumberFormat")
    nf.currency = currency.upper() if currency is not None and nf.style == "currency" else None
    nf.unit = unit if nf.style == "unit" else None
    if nf.style != "currency":
        nf.currency_display = nf.currency_sign = None
    if nf.style != "unit":
        nf.unit_display = None
    nf.notation = get_option(options, "notation", "string", ("standard", "scientific", "engineering", "compact"),
                             "standard", "Intl.NumberFormat")
    if nf.style == "currency" and nf.notation == "standard":
        c_digits = cldr.currency_digits(nf.currency)
        mnfd_default, mxfd_default = c_digits, c_digits
    else:
        mnfd_default = 0
        mxfd_default = 0 if nf.style == "percent" else 3
    nf.digits = Digits()
    set_digit_options(nf.digits, options, mnfd_default, mxfd_default, nf.notation)
    nf.compact_display = get_option(options, "compactDisplay", "string", ("short", "long"), "short",
                                    "Intl.NumberFormat")
    if nf.notation != "compact":
        nf.compact_display = None
    default_grouping = "min2" if nf.notation == "compact" else "auto"
    grouping = None if options is None else options.get("useGrouping", options)
    if grouping is None:
        nf.use_grouping = default_grouping
    elif grouping is True:
        nf.use_grouping = "always"
    elif not to_boolean(grouping):
        nf.use_grouping = False
    else:
        g = to_string(grouping)
        if g in ("true", "false"):
            nf.use_grouping = default_grouping
        elif g in ("min2", "auto", "always"):
            nf.use_grouping = g
        else:
            throw_range_error(f"Value {g} out of range for Intl.NumberFormat options property useGrouping")
    nf.sign_display = get_option(options, "signDisplay", "string",
                                 ("auto", "never", "always", "exceptZero", "negative"), "auto", "Intl.NumberFormat")
    nf.bound = None
    return nf


def _well_formed_unit(unit: str) -> bool:
    """IsWellFormedUnitIdentifier (6.6.3)."""
    if unit in SANCTIONED_UNITS:
        return True
    num, sep, den = unit.partition("-per-")
    return bool(sep) and num in SANCTIONED_UNITS and den in SANCTIONED_UNITS


def _group(integer: str, mode: Any) -> list[str]:
    """The integer digits in groups of three (en-US), as the grouping strategy allows."""
    if mode is False or len(integer) < (5 if mode == "min2" else 4):
        return [integer]
    head = len(integer) % 3 or 3
    return [integer[:head]] + [integer[i:i + 3] for i in range(head, len(integer), 3)]


def _number_parts(value: Decimal, nf: NumberFormatObject) -> list[tuple[str, str]]:
    """integer / group / decimal / fraction parts of a rounded non-negative decimal."""
    text = format(value, "f")
    integer, _, fraction = text.partition(".")
    integer = integer.rjust(nf.digits.mnid, "0")
    parts: list[tuple[str, str]] = []
    for i, g in enumerate(_group(integer, nf.use_grouping)):
        if i:
            parts.append(("group", ","))
        parts.append(("integer", g))
    if fraction:
        parts += [("decimal", "."), ("fraction", fraction)]
    return parts


def _compact_exponent(magnitude: int, display: str) -> tuple[int, str]:
    """ComputeExponentForMagnitude (15.5.2) from the CLDR compact patterns: (exponent, pattern)."""
    patterns = cldr.locale().compact_decimal_formats[display]["other"]
    best = None
    for key, pattern in patterns.items():
        if len(key) - 1 <= magnitude:
            best = (key, pattern)
    if best is None:
        return 0, "0"
    key, pattern = best
    text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
    zeros = text.count("0")
    return len(key) - 1 - (zeros - 1), text


def _sign_of(nf: NumberFormatObject, negative: bool, is_zero: bool) -> str:
    """The sign shown for signDisplay (15.5.4 step 7's pattern choice)."""
    s = nf.sign_display
    if s == "never":
        return ""
    if s == "auto":
        return "-" if negative else ""
    if s == "always":
        return "-" if negative else "+"
    if s == "exceptZero":
        return "" if is_zero else "-" if negative else "+"
    return "-" if negative and not is_zero else ""


def partition_number_pattern(nf: NumberFormatObject, x: Any) -> list[tuple[str, str]]:
    """PartitionNumberPattern (15.5.4): the formatted parts of a Number or BigInt."""
    if type(x) is float:
        negative = x < 0 or (x == 0 and math.copysign(1.0, x) < 0)
    else:
        negative = x.is_signed() if type(x) is Decimal else x < 0
    literal_number = None
    if type(x) is float and x != x:  # NaN takes the zero pattern's sign display
        literal_number, negative = [("nan", "NaN")], False
    elif type(x) is float and x in (math.inf, -math.inf):
        literal_number = [("infinity", "∞")]
    magnitude_parts: list[tuple[str, str]] = []
    is_zero = False
    value = None
    if literal_number is None:
        value = decimal_of(x)
        if nf.style == "percent":
            value = value * 100
        exponent = 0
        if nf.notation != "standard" and value != 0:
            magnitude = value.adjusted()
            exponent, pattern = _exponent(nf, magnitude)
            rounded = round_decimal(value.scaleb(-exponent), nf.digits, negative)
            if rounded != 0 and rounded.adjusted() + exponent > magnitude:  # rounding reached the next power
                exponent, pattern = _exponent(nf, magnitude + 1)
                rounded = round_decimal(value.scaleb(-exponent), nf.digits, negative)
        else:
            pattern = "0"
            rounded = round_decimal(value, nf.digits, negative)
        is_zero = rounded == 0
        magnitude_parts = _number_parts(rounded, nf)
        if nf.notation in ("scientific", "engineering") and not (value == 0):
            magnitude_parts += [("exponentSeparator", "E")]
            if exponent < 0:
                magnitude_parts.append(("exponentMinusSign", "-"))
            magnitude_parts.append(("exponentInteger", str(abs(exponent))))
        elif nf.notation in ("scientific", "engineering"):
            magnitude_parts += [("exponentSeparator", "E"), ("exponentInteger", "0")]
        elif nf.notation == "compact" and pattern != "0":
            suffix = pattern.replace("0", "")
            if nf.compact_display == "long":
                magnitude_parts += [("literal", " "), ("compact", suffix.strip())]
            else:
                magnitude_parts.append(("compact", suffix))
        value = rounded
    number = literal_number or magnitude_parts
    if literal_number is not None and literal_number[0][0] == "nan":
        is_zero = True
    sign = _sign_of(nf, negative, is_zero)
    sign_parts = [("minusSign" if sign == "-" else "plusSign", sign)] if sign else []
    return _apply_style(nf, number, sign_parts, value)


def _exponent(nf: NumberFormatObject, magnitude: int) -> tuple[int, str]:
    if nf.notation == "compact":
        return _compact_exponent(magnitude, nf.compact_display)
    if nf.notation == "engineering":
        return magnitude - magnitude % 3, "0"
    return magnitude, "0"


def _plural_of(value: Decimal | None) -> str:
    return "other" if value is None else cldr.plural_category(value)


def _apply_style(nf: NumberFormatObject, number: list, sign: list, value: Decimal | None) -> list:
    """The style's pattern around the number: percent sign, currency, unit."""
    style = nf.style
    if style == "decimal":
        return sign + number
    if style == "percent":
        return sign + number + [("percentSign", "%")]
    if style == "currency":
        return _currency_parts(nf, number, sign, value)
    return sign + _unit_parts(nf, number, value)


def _currency_parts(nf: NumberFormatObject, number: list, sign: list, value: Decimal | None) -> list:
    code = nf.currency
    if nf.currency_display == "name":
        plural = _plural_of(value)
        names = cldr.data("currency_names_plural").get(code)
        name = names.get(plural, names.get("other")) if names else code
        return sign + number + [("literal", " "), ("currency", name)]
    symbol = code if nf.currency_display == "code" else cldr.locale().currency_symbols.get(code, code)
    # currencySpacing: a symbol that does not end in a symbol character is set off from digits
    spaced = unicodedata.category(symbol[-1])[0] != "S" and number[0][0] == "integer"
    body = [("currency", symbol)] + ([("literal", NBSP)] if spaced else []) + number
    if nf.currency_sign == "accounting" and sign and sign[0][1] == "-":
        return [("literal", "(")] + body + [("literal", ")")]
    return sign + body


def _unit_pattern(unit: str, display: str) -> Any:
    """The CLDR unit patterns for a simple unit ("kilometer" -> length-kilometer)."""
    for key, patterns in cldr.data("unit_patterns").items():
        if key.split("-", 1)[-1] == unit:
            return patterns[display]
    return None


def _unit_parts(nf: NumberFormatObject, number: list, value: Decimal | None) -> list:
    plural = _plural_of(value)
    unit, display = nf.unit, nf.unit_display
    patterns = _unit_pattern(unit, display)
    if patterns is None:  # X-per-Y without its own pattern: X's pattern inside Y's "per" pattern
        num, _, den = unit.partition("-per-")
        inner = _unit_pattern(num, display)
        inner = inner.get(plural, inner["other"])
        per = _unit_pattern(den, display).get("per")
        pattern = per.replace("{0}", inner) if per else inner + "/" + den
    else:
        pattern = patterns.get(plural, patterns["other"])
    before, _, after = pattern.partition("{0}")
    out = []
    if before:
        out += _unit_literal(before, True)
    out += number
    if after:
        out += _unit_literal(after, False)
    return out


def _unit_literal(text: str, leading: bool) -> list:
    """A unit pattern's text as its literal space and unit parts."""
    stripped = text.strip()
    if not stripped:
        return [("literal", text)]
    if leading:
        return [("unit", stripped)] + ([("literal", text[len(text.rstrip()):])] if text != text.rstrip() else [])
    space = text[:len(text) - len(text.lstrip())]
    return ([("literal", space)] if space else []) + [("unit", stripped)]


# ---------------------------------------------------------------------------------------------
# The constructor and prototype
# ---------------------------------------------------------------------------------------------

_DECIMAL_STRING = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def to_intl_mathematical_value(v: Any) -> Any:
    """ToIntlMathematicalValue (15.5.16): a Number, a BigInt, or for a decimal string its exact
    value as a Decimal (so "1.0000000000000001" keeps its last digit)."""
    prim = to_primitive(v, "number")
    if type(prim) is int:
        return prim
    if type(prim) is not str:
        return to_number(prim)
    text = prim.strip(WHITESPACE)
    if not _DECIMAL_STRING.fullmatch(text) or "Infinity" in text:
        return string_to_number(prim)  # "", Infinity, 0x.. / 0o.. / 0b.. forms, or NaN
    exact = Decimal(text)
    rounded = float(exact)  # RoundMVResult: beyond the Number range is infinity, below it zero
    return rounded if rounded == 0 or rounded in (math.inf, -math.inf) else exact


def format_number(nf: NumberFormatObject, x: Any) -> str:
    """FormatNumeric (15.5.5)."""
    return "".join(v for _, v in partition_number_pattern(nf, x))


def format_to_parts(nf: NumberFormatObject, x: Any) -> JSObject:
    return parts_array(partition_number_pattern(nf, x))


def parts_array(parts: list) -> JSObject:
    """An Array of {type, value} objects."""
    return create_array_from_list([plain_object([("type", t), ("value", v)]) for t, v in parts])


def resolved_options(nf: NumberFormatObject) -> JSObject:
    d = nf.digits
    return plain_object([
        ("locale", nf.locale), ("numberingSystem", "latn"), ("style", nf.style), ("currency", nf.currency),
        ("currencyDisplay", nf.currency_display), ("currencySign", nf.currency_sign), ("unit", nf.unit),
        ("unitDisplay", nf.unit_display), ("minimumIntegerDigits", float(d.mnid)),
        # significant digits before fraction digits, in V8's order
        ("minimumSignificantDigits", _f(d.mnsd)), ("maximumSignificantDigits", _f(d.mxsd)),
        ("minimumFractionDigits", _f(d.mnfd)), ("maximumFractionDigits", _f(d.mxfd)),
        ("useGrouping", nf.use_grouping), ("notation", nf.notation), ("compactDisplay", nf.compact_display),
        ("signDisplay", nf.sign_display), ("roundingMode", d.mode), ("roundingIncrement", float(d.increment)),
        ("trailingZeroDisplay", d.trailing_zero), ("roundingPriority", d.priority)])


def _f(v: int | None) -> float | None:
    return None if v is None else float(v)


def new_number_format(locales: Any, options: Any) -> NumberFormatObject:
    """A NumberFormat of the current realm (for Number.prototype.toLocaleString)."""
    nf = NumberFormatObject(current_realm().intrinsics["%Intl.NumberFormat.prototype%"])
    return initialize_number_format(nf, locales, options)


def setup(realm: Any, intl: JSObject) -> None:
    from . import define_bound_getter, define_service, this_service
    proto = define_service(realm, intl, "NumberFormat", 0, NumberFormatObject,
                           lambda nf, locales, options: initialize_number_format(nf, locales, options), True)

    define_bound_getter(realm, proto, "format", NumberFormatObject, 1,
                        lambda nf, a: format_number(nf, to_intl_mathematical_value(a[0] if a else None)))
    define_method(proto, realm, "formatToParts", 1, lambda this, args: format_to_parts(
        this_service(this, NumberFormatObject, "Intl.NumberFormat.prototype.formatToParts"),
        to_intl_mathematical_value(args[0] if args else None)))
    define_method(proto, realm, "resolvedOptions", 0, lambda this, args: resolved_options(
        this_service(this, NumberFormatObject, "Intl.NumberFormat.prototype.resolvedOptions")))
