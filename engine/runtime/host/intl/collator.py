"""Intl.Collator (ECMA-402 10): the Unicode Collation Algorithm with the DUCET (the pyuca
package's allkeys table; CLDR's root collation, which en uses, differs from it only in
places English text rarely meets), with the sensitivity, numeric, caseFirst and
ignorePunctuation options."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from ...conversions import to_string
from ...function import define_method
from ...objects import JSObject
from ...realm import current_realm
from ...values import to_host_str
from ..dependencies import require
from .options import check_type_sequence, get_option, options_object, plain_object, resolve_locale_with

_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _uca() -> Any:
    return require("pyuca", "pyuca", "Intl.Collator (the DUCET)").Collator()


class CollatorObject(JSObject):
    __slots__ = ("locale", "usage", "sensitivity", "ignore_punctuation", "numeric", "case_first", "bound")
    class_name = "Intl.Collator"


def initialize_collator(c: CollatorObject, locales: Any, options: Any) -> CollatorObject:
    """InitializeCollator (10.1.2)."""
    options = options_object(options)
    c.usage = get_option(options, "usage", "string", ("sort", "search"), "sort", "Intl.Collator")
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit", "Intl.Collator")
    collation = check_type_sequence(get_option(options, "collation", "string", None, None), "collation")
    numeric = get_option(options, "numeric", "boolean", None, None)
    case_first = get_option(options, "caseFirst", "string", ("upper", "lower", "false"), None, "Intl.Collator")
    c.locale, r = resolve_locale_with(locales, {"co": collation, "kf": case_first,
                                                "kn": None if numeric is None else str(numeric).lower()})
    c.numeric = r["kn"] == "true"
    c.case_first = r["kf"]
    c.sensitivity = get_option(options, "sensitivity", "string", ("base", "accent", "case", "variant"), "variant",
                               "Intl.Collator")
    c.ignore_punctuation = get_option(options, "ignorePunctuation", "boolean", None, False)
    c.bound = None
    return c


def _levels(c: CollatorObject, s: str) -> tuple:
    return _sort_levels(s, c.numeric, c.ignore_punctuation)


@lru_cache(maxsize=4096)
def _sort_levels(s: str, numeric: bool, ignore_punctuation: bool) -> tuple:
    """The UCA sort key of s split into its (primary, secondary, tertiary) levels."""
    s = to_host_str(s)
    if ignore_punctuation:
        s = "".join(ch for ch in s if unicodedata.category(ch)[0] not in "PZ")
    uca = _uca()
    if not numeric:
        return _split(uca.sort_key(s))
    levels: tuple = ((), (), ())
    pos = 0
    for m in _DIGITS.finditer(s):
        levels = _join(levels, _split(uca.sort_key(s[pos:m.start()])))
        levels = _join(levels, _number_levels(uca, m.group(0)))
        pos = m.end()
    return _join(levels, _split(uca.sort_key(s[pos:])))


def _number_levels(uca: Any, digits: str) -> tuple:
    """A digit run compared by its value: the zero digit's weight, the count of significant
    digits, then the digits' own weights."""
    digits = digits.lstrip("0") or "0"
    zero = _split(uca.sort_key("0"))
    key = _split(uca.sort_key(digits))
    return ((zero[0][0], zero[0][0] + len(digits)) + key[0], key[1], key[2])


def _split(key: tuple) -> tuple:
    """pyuca's key is the levels joined by 0 separators."""
    levels: list[list[int]] = [[], [], []]
    i = 0
    for w in key:
        if w == 0:
            i = min(i + 1, 2)
        else:
            levels[i].append(w)
    return tuple(tuple(level) for level in levels)


def _join(a: tuple, b: tuple) -> tuple:
    return tuple(x + y for x, y in zip(a, b))


def compare_strings(c: CollatorObject, x: str, y: str) -> float:
    """CompareStrings (10.3.3.1): -1, 0 or 1."""
    if x == y:
        return 0.0
    kx, ky = _levels(c, x), _levels(c, y)
    upper_first = c.case_first == "upper"
    for level in {"base": (0,), "accent": (0, 1), "case": (0, 3), "variant": (0, 1, 2)}[c.sensitivity]:
        if level == 3:  # the case level alone: accents are not looked at
            a, b = _case_level(x, upper_first), _case_level(y, upper_first)
        else:
            a, b = kx[level], ky[level]
        if level == 2 and upper_first:
            a, b = _upper_first(a), _upper_first(b)
        if a != b:
            return -1.0 if a < b else 1.0
    return 0.0


def _case_level(s: str, upper_first: bool) -> tuple:
    """Each base character's case: lower case first unless caseFirst is "upper"."""
    chars = unicodedata.normalize("NFD", to_host_str(s))
    return tuple(int(ch.isupper() != upper_first) for ch in chars if not unicodedata.combining(ch))


def _upper_first(weights: tuple) -> tuple:
    """Swap DUCET's lowercase (2) and uppercase (8) tertiary weights."""
    return tuple({2: 8, 8: 2}.get(w, w) for w in weights)


def new_collator(locales: Any, options: Any) -> CollatorObject:
    c = CollatorObject(current_realm().intrinsics["%Intl.Collator.prototype%"])
    return initialize_collator(c, locales, options)


def resolved_options(c: CollatorObject) -> JSObject:
    return plain_object([("locale", c.locale), ("usage", c.usage), ("sensitivity", c.sensitivity),
                         ("ignorePunctuation", c.ignore_punctuation), ("collation", "default"),
                         ("numeric", c.numeric), ("caseFirst", c.case_first)])


def setup(realm: Any, intl: JSObject) -> None:
    from . import define_bound_getter, define_service, this_service
    proto = define_service(realm, intl, "Collator", 0, CollatorObject, initialize_collator, True)

    define_bound_getter(realm, proto, "compare", CollatorObject, 2, lambda c, a: compare_strings(
        c, to_string(a[0] if a else None), to_string(a[1] if len(a) > 1 else None)))
    define_method(proto, realm, "resolvedOptions", 0, lambda this, args: resolved_options(
        this_service(this, CollatorObject, "Intl.Collator.prototype.resolvedOptions")))
