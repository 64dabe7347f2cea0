"""Intl.PluralRules (ECMA-402 16) for English: CLDR's cardinal and ordinal rules (from
Babel), applied to the number as formatted with the digit options."""
from __future__ import annotations

from typing import Any

from ...access import create_array_from_list
from ...conversions import to_number
from ...errors import throw_range_error, throw_type_error
from ...function import define_method
from ...objects import JSObject
from . import cldr
from .number_format import Digits, decimal_of, round_decimal, set_digit_options
from .options import get_option, options_object, plain_object, resolve_locale

# The plural categories of each type, in the order V8 lists them.
_CATEGORIES = {"cardinal": ("one", "other"), "ordinal": ("few", "one", "two", "other")}


class PluralRulesObject(JSObject):
    __slots__ = ("locale", "type", "digits")
    class_name = "Intl.PluralRules"


def initialize_plural_rules(pr: PluralRulesObject, locales: Any, options: Any) -> PluralRulesObject:
    """InitializePluralRules (16.1.2); plural rules are per language, so en-US resolves to en."""
    options = options_object(options)
    pr.locale = resolve_locale(locales, ("en",))
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit", "Intl.PluralRules")
    pr.type = get_option(options, "type", "string", ("cardinal", "ordinal"), "cardinal", "Intl.PluralRules")
    pr.digits = Digits()
    set_digit_options(pr.digits, options, 0, 3, "standard")
    return pr


def resolve_plural(pr: PluralRulesObject, n: float) -> str:
    """ResolvePlural (16.5.3): the category of n as formatted (so 1.0 with one fraction digit
    is "other")."""
    if n != n or n in (float("inf"), float("-inf")):
        return "other"
    value = round_decimal(decimal_of(n), pr.digits, n < 0)
    return cldr.plural_category(value, pr.type == "ordinal")


def _select_range(pr: PluralRulesObject, x: Any, y: Any) -> str:
    """ResolvePluralRange (16.5.5): CLDR's English pluralRanges give the end's category, and
    "other" for one-one."""
    if x is None or y is None:
        throw_type_error("start or end is undefined")
    x, y = to_number(x), to_number(y)
    if x != x or y != y:
        throw_range_error("Invalid number value")
    resolve_plural(pr, x)
    end = resolve_plural(pr, y)
    return "other" if pr.type == "cardinal" else end


def resolved_options(pr: PluralRulesObject) -> JSObject:
    d = pr.digits
    f = lambda v: None if v is None else float(v)  # noqa: E731
    return plain_object([
        ("locale", pr.locale), ("type", pr.type), ("minimumIntegerDigits", float(d.mnid)),
        ("minimumFractionDigits", f(d.mnfd)), ("maximumFractionDigits", f(d.mxfd)),
        ("minimumSignificantDigits", f(d.mnsd)), ("maximumSignificantDigits", f(d.mxsd)),
        ("pluralCategories", create_array_from_list(list(_CATEGORIES[pr.type])))])


def setup(realm: Any, intl: JSObject) -> None:
    from . import define_service, this_service
    proto = define_service(realm, intl, "PluralRules", 0, PluralRulesObject, initialize_plural_rules, False)
    define_method(proto, realm, "select", 1, lambda this, args: resolve_plural(
        this_service(this, PluralRulesObject, "Intl.PluralRules.prototype.select"),
        to_number(args[0] if args else None)))
    define_method(proto, realm, "selectRange", 2, lambda this, args: _select_range(
        this_service(this, PluralRulesObject, "Intl.PluralRules.prototype.selectRange"),
        args[0] if args else None, args[1] if len(args) > 1 else None))
    define_method(proto, realm, "resolvedOptions", 0, lambda this, args: resolved_options(
        this_service(this, PluralRulesObject, "Intl.PluralRules.prototype.resolvedOptions")))
