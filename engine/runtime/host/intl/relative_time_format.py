"""Intl.RelativeTimeFormat (ECMA-402 17): CLDR's relative time patterns ("in 3 days",
"2 hr. ago") and, with numeric "auto", its phrases ("yesterday", "next week")."""
from __future__ import annotations

import math
from typing import Any

from ...access import create_array_from_list
from ...conversions import to_number, to_string
from ...errors import throw_range_error
from ...function import define_method
from ...objects import JSObject
from . import cldr
from .number_format import decimal_of, new_number_format, partition_number_pattern, round_decimal
from .options import check_type_sequence, get_option, options_object, plain_object, resolve_locale_with

_UNITS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year")


class RelativeTimeFormatObject(JSObject):
    __slots__ = ("locale", "style", "numeric", "number_format")
    class_name = "Intl.RelativeTimeFormat"


def initialize_relative_time_format(rtf: RelativeTimeFormatObject, locales: Any,
                                    options: Any) -> RelativeTimeFormatObject:
    """InitializeRelativeTimeFormat (17.1.2)."""
    options = options_object(options)
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit", "Intl.RelativeTimeFormat")
    numbering = check_type_sequence(get_option(options, "numberingSystem", "string", None, None), "numberingSystem")
    rtf.locale, _ = resolve_locale_with(locales, {"nu": numbering})
    rtf.style = get_option(options, "style", "string", ("long", "short", "narrow"), "long", "Intl.RelativeTimeFormat")
    rtf.numeric = get_option(options, "numeric", "string", ("always", "auto"), "always", "Intl.RelativeTimeFormat")
    rtf.number_format = new_number_format(rtf.locale, None)
    return rtf


def partition_relative_time_pattern(rtf: RelativeTimeFormatObject, value: float, unit: str) -> list:
    """PartitionRelativeTimePattern (17.5.2)."""
    if value != value or value in (math.inf, -math.inf):
        throw_range_error("Value need to be finite number for Intl.RelativeTimeFormat.prototype.format()")
    singular = unit[:-1] if unit.endswith("s") and unit[:-1] in _UNITS else unit
    if singular not in _UNITS:
        throw_range_error(f"Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '{unit}'")
    fields = cldr.data("date_fields")[singular if rtf.style == "long" else f"{singular}-{rtf.style}"]
    if rtf.numeric == "auto":
        phrase = fields.get("relative", {}).get(int(value)) if value == int(value) else None
        if phrase is not None:
            return [("literal", phrase)]
    past = value < 0 or (value == 0 and math.copysign(1.0, value) < 0)
    number_parts = partition_number_pattern(rtf.number_format, abs(value))
    category = cldr.plural_category(round_decimal(decimal_of(abs(value)), rtf.number_format.digits, False))
    patterns = fields["past" if past else "future"]
    pattern = patterns.get(category, patterns["other"])
    before, _, after = pattern.partition("{0}")
    parts = [("literal", before)] if before else []
    parts += [(t, v, singular) for t, v in number_parts]
    return parts + ([("literal", after)] if after else [])


def _format_to_parts(rtf: RelativeTimeFormatObject, value: float, unit: str) -> JSObject:
    out = []
    for part in partition_relative_time_pattern(rtf, value, unit):
        pairs = [("type", part[0]), ("value", part[1])]
        if len(part) == 3:
            pairs.append(("unit", part[2]))
        out.append(plain_object(pairs))
    return create_array_from_list(out)


def setup(realm: Any, intl: JSObject) -> None:
    from . import define_service, this_service
    proto = define_service(realm, intl, "RelativeTimeFormat", 0, RelativeTimeFormatObject,
                           initialize_relative_time_format, False)

    def args_of(this: Any, args: list, method: str) -> tuple:
        rtf = this_service(this, RelativeTimeFormatObject, f"Intl.RelativeTimeFormat.prototype.{method}")
        return rtf, to_number(args[0] if args else None), to_string(args[1] if len(args) > 1 else None)

    define_method(proto, realm, "format", 2, lambda this, args: "".join(
        p[1] for p in partition_relative_time_pattern(*args_of(this, args, "format"))))
    define_method(proto, realm, "formatToParts", 2, lambda this, args: _format_to_parts(
        *args_of(this, args, "formatToParts")))

    def resolved_options(this: Any, args: list) -> JSObject:
        rtf = this_service(this, RelativeTimeFormatObject, "Intl.RelativeTimeFormat.prototype.resolvedOptions")
        return plain_object([("locale", rtf.locale), ("style", rtf.style), ("numeric", rtf.numeric),
                             ("numberingSystem", "latn")])

    define_method(proto, realm, "resolvedOptions", 0, resolved_options)
