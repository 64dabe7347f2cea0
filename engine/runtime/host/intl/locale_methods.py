"""The locale-sensitive methods of ECMA-262 as ECMA-402 (chapter 19) redefines them on top of
Intl: String.prototype.localeCompare, Number.prototype / BigInt.prototype.toLocaleString,
Date.prototype.toLocaleString / toLocaleDateString / toLocaleTimeString and
Array.prototype.toLocaleString (which passes locales and options on to the elements).
Without Intl (Context(web_apis=False)) the ECMA-262 versions stay."""
from __future__ import annotations

import weakref
from typing import Any, Callable

from ...access import invoke, this_primitive_value
from ...builtins.array import locale_join
from ...builtins.date import this_time_value
from ...builtins.number import this_number_value
from ...conversions import require_object_coercible, to_string
from ...function import define_method
from ...realm import current_realm
from .collator import compare_strings, new_collator
from .date_time_format import format_date_time, new_date_time_format
from .number_format import format_number, new_number_format


def _args(args: list) -> tuple:
    return (args[0] if args else None), (args[1] if len(args) > 1 else None)


_DEFAULTS: "weakref.WeakKeyDictionary[Any, dict]" = weakref.WeakKeyDictionary()


def _service(make: Callable[..., Any], locales: Any, options: Any, *extra: Any) -> Any:
    """A new service object, or, without locales and options, the realm's default one (made
    once: nothing about it can change)."""
    if locales is not None or options is not None:
        return make(locales, options, *extra)
    per_realm = _DEFAULTS.setdefault(current_realm(), {})
    key = (make, extra)
    service = per_realm.get(key)
    if service is None:
        service = per_realm[key] = make(None, None, *extra)
    return service


def number_to_locale_string(this: Any, args: list) -> str:
    """Number.prototype.toLocaleString (19.2.1)."""
    x = this_number_value(this, "toLocaleString")
    return format_number(_service(new_number_format, *_args(args)), x)


def bigint_to_locale_string(this: Any, args: list) -> str:
    """BigInt.prototype.toLocaleString (19.3.1)."""
    x = this_primitive_value(this, int, "BigInt.prototype.toLocaleString", "BigInt")
    return format_number(_service(new_number_format, *_args(args)), x)


def _date_method(method: str, required: str, defaults: str):
    """Date.prototype.toLocale{,Date,Time}String (19.4.1-3)."""
    def fn(this: Any, args: list) -> str:
        t = this_time_value(this, method)
        if t != t:
            return "Invalid Date"
        return format_date_time(_service(new_date_time_format, *_args(args), required, defaults), t)
    return fn


def string_locale_compare(this: Any, args: list) -> float:
    """String.prototype.localeCompare (19.1.1)."""
    s = to_string(require_object_coercible(this, "String.prototype.localeCompare"))
    that = to_string(args[0] if args else None)
    return compare_strings(_service(new_collator, *_args(args[1:])), s, that)


def array_to_locale_string(this: Any, args: list) -> str:
    """Array.prototype.toLocaleString (19.5.1): each element's toLocaleString(locales, options)."""
    forwarded = list(_args(args))
    return locale_join(this, lambda v: to_string(invoke(v, "toLocaleString", forwarded)))


def setup(realm: Any) -> None:
    intrinsics = realm.intrinsics
    define_method(intrinsics["%Number.prototype%"], realm, "toLocaleString", 0, number_to_locale_string)
    define_method(intrinsics["%BigInt.prototype%"], realm, "toLocaleString", 0, bigint_to_locale_string)
    date_proto = intrinsics["%Date.prototype%"]
    for name, required, defaults in (("toLocaleString", "any", "all"), ("toLocaleDateString", "date", "date"),
                                     ("toLocaleTimeString", "time", "time")):
        define_method(date_proto, realm, name, 0, _date_method(name, required, defaults))
    define_method(intrinsics["%String.prototype%"], realm, "localeCompare", 1, string_locale_compare)
    define_method(intrinsics["%Array.prototype%"], realm, "toLocaleString", 0, array_to_locale_string)
