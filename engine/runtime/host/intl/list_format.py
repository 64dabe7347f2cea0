"""Intl.ListFormat (ECMA-402 13): CLDR's list patterns (conjunction, disjunction and unit, in
the long, short and narrow styles)."""
from __future__ import annotations

from typing import Any

from ...access import describe_value
from ...errors import throw_type_error
from ...function import define_method
from ...iteration import DONE, get_iterator, iterator_close, iterator_step_value
from ...objects import JSObject
from . import cldr
from .options import get_option, get_options_object, plain_object, resolve_locale

_PATTERN_KEY = {"conjunction": "standard", "disjunction": "or", "unit": "unit"}


class ListFormatObject(JSObject):
    __slots__ = ("locale", "type", "style")
    class_name = "Intl.ListFormat"


def initialize_list_format(lf: ListFormatObject, locales: Any, options: Any) -> ListFormatObject:
    """Intl.ListFormat (13.1.1)."""
    options = get_options_object(options)
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit", "Intl.ListFormat")
    lf.locale = resolve_locale(locales)
    lf.type = get_option(options, "type", "string", ("conjunction", "disjunction", "unit"), "conjunction",
                         "Intl.ListFormat")
    lf.style = get_option(options, "style", "string", ("long", "short", "narrow"), "long", "Intl.ListFormat")
    return lf


def string_list_from_iterable(iterable: Any) -> list[str]:
    """StringListFromIterable (13.5.3): every element must be a String."""
    if iterable is None:
        return []
    record = get_iterator(iterable, "sync")
    out = []
    while True:
        value = iterator_step_value(record)
        if value is DONE:
            return out
        if type(value) is not str:
            iterator_close(record, True)
            throw_type_error(f"Iterable yielded {describe_value(value)} which is not a string")
        out.append(value)


def create_parts_from_list(lf: ListFormatObject, items: list[str]) -> list[tuple[str, str]]:
    """CreatePartsFromList (13.5.1): the elements joined by the CLDR patterns."""
    n = len(items)
    if n == 0:
        return []
    if n == 1:
        return [("element", items[0])]
    key = _PATTERN_KEY[lf.type] + ("" if lf.style == "long" else "-" + lf.style)
    patterns = cldr.locale().list_patterns[key]
    parts: list[tuple[str, str]] = [("element", items[-1])]
    if n == 2:
        return _fill(patterns["2"], [("element", items[0])], parts)
    parts = _fill(patterns["end"], [("element", items[-2])], parts)
    for i in range(n - 3, 0, -1):
        parts = _fill(patterns["middle"], [("element", items[i])], parts)
    return _fill(patterns["start"], [("element", items[0])], parts)


def _fill(pattern: str, first: list, second: list) -> list:
    """Put the parts of {0} and {1} into a pattern; its text becomes literal parts."""
    before, _, rest = pattern.partition("{0}")
    middle, _, after = rest.partition("{1}")
    out = []
    for text, parts in ((before, None), (None, first), (middle, None), (None, second), (after, None)):
        if parts is not None:
            out += parts
        elif text:
            out.append(("literal", text))
    return out


def setup(realm: Any, intl: JSObject) -> None:
    from . import define_service, this_service
    from .number_format import parts_array
    proto = define_service(realm, intl, "ListFormat", 0, ListFormatObject, initialize_list_format, False)

    def parts(this: Any, args: list, method: str) -> list:
        lf = this_service(this, ListFormatObject, f"Intl.ListFormat.prototype.{method}")
        return create_parts_from_list(lf, string_list_from_iterable(args[0] if args else None))

    define_method(proto, realm, "format", 1, lambda this, args: "".join(v for _, v in parts(this, args, "format")))
    define_method(proto, realm, "formatToParts", 1, lambda this, args: parts_array(parts(this, args, "formatToParts")))
    def resolved_options(this: Any, args: list) -> JSObject:
        lf = this_service(this, ListFormatObject, "Intl.ListFormat.prototype.resolvedOptions")
        return plain_object([("locale", lf.locale), ("type", lf.type), ("style", lf.style)])

    define_method(proto, realm, "resolvedOptions", 0, resolved_options)
