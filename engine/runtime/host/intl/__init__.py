"""Intl (ECMA-402) for the en-US locale, on CLDR data from Babel: NumberFormat,
DateTimeFormat, PluralRules, Collator, ListFormat and RelativeTimeFormat, and the
locale-sensitive methods of ECMA-262 rebuilt on them (locale_methods.py). Every requested
locale resolves to en-US (options.resolve_locale)."""
from __future__ import annotations

from typing import Any, Callable

from ...access import create_array_from_list, describe_value, get_prototype_from_constructor
from ...conversions import to_string
from ...errors import throw_range_error, throw_type_error
from ...function import builtin, define_getter, define_method, make_constructor
from ...objects import JSObject
from ...shapes import CONFIGURABLE, WRITABLE
from ...values import WellKnown
from . import cldr
from .options import canonicalize_locale_list, get_option, lookup_locale, options_object


def supported_locales(locales: Any, options: Any) -> JSObject:
    """SupportedLocales (9.2.10) with the lookup matcher: the requested tags that have data."""
    requested = canonicalize_locale_list(locales)
    get_option(options_object(options), "localeMatcher", "string", ("lookup", "best fit"), "best fit",
               "supportedLocalesOf")
    return create_array_from_list([t for t in requested if lookup_locale(t) is not None])


def define_service(realm: Any, intl: JSObject, name: str, length: int, cls: type,
                   initialize: Callable[[Any, Any, Any], Any], callable_without_new: bool) -> JSObject:
    """An Intl service constructor (Intl.X) and its prototype: construct with
    ``initialize(obj, locales, options)``; supportedLocalesOf; @@toStringTag "Intl.X"."""
    proto = JSObject(realm.intrinsics["%Object.prototype%"])
    full = f"Intl.{name}"

    def construct(args: list, new_target: JSObject) -> JSObject:
        obj = cls(get_prototype_from_constructor(new_target, f"%{full}.prototype%"))
        return initialize(obj, args[0] if args else None, args[1] if len(args) > 1 else None)

    def call(this: Any, args: list) -> JSObject:
        if not callable_without_new:
            throw_type_error(f"Constructor {full} requires 'new'")
        return construct(args, ctor)

    ctor = make_constructor(realm, full, length, call, construct, proto, global_binding=False)
    ctor.define_data("name", name, CONFIGURABLE)
    intl.define_data(name, ctor, WRITABLE | CONFIGURABLE)
    define_method(ctor, realm, "supportedLocalesOf", 1, lambda this, args: supported_locales(
        args[0] if args else None, args[1] if len(args) > 1 else None))
    proto.define_data(WellKnown.toStringTag, full, CONFIGURABLE)
    return proto


def define_bound_getter(realm: Any, proto: JSObject, name: str, cls: type, length: int,
                        fn: Callable[[Any, list], Any]) -> None:
    """An accessor whose getter returns a function bound to the service object (``bound``),
    made on first use: NumberFormat's and DateTimeFormat's format, Collator's compare."""
    service = cls.class_name

    def getter(this: Any, args: list) -> JSObject:
        obj = this_service(this, cls, f"get {service}.prototype.{name}")
        if obj.bound is None:
            obj.bound = builtin(realm, "", length, lambda _, a: fn(obj, a))
        return obj.bound

    define_getter(proto, realm, name, getter)


def this_service(this: Any, cls: type, method: str) -> Any:
    """The brand check of an Intl method."""
    if not isinstance(this, cls):
        throw_type_error(f"Method {method} called on incompatible receiver {describe_value(this)}")
    return this


def supported_values_of(key: Any) -> JSObject:
    """Intl.supportedValuesOf (8.3.2): what this implementation accepts for each key."""
    from . import number_format
    from .date_time_format import available_time_zones
    key = to_string(key)
    if key == "calendar":
        values = ["gregory", "iso8601"]
    elif key == "collation":
        values = []  # only the default collation
    elif key == "currency":
        values = sorted(c for c in cldr.locale().currencies if len(c) == 3 and c.isalpha() and c.isupper())
    elif key == "numberingSystem":
        values = ["latn"]
    elif key == "timeZone":
        values = available_time_zones()
    elif key == "unit":
        values = sorted(number_format.SANCTIONED_UNITS)
    else:
        throw_range_error(f"Invalid key : {key}")
    return create_array_from_list(values)


def setup(realm: Any) -> None:
    from . import collator, date_time_format, list_format, locale_methods, number_format, plural_rules
    from . import relative_time_format
    intl = JSObject(realm.intrinsics["%Object.prototype%"])
    intl.define_data(WellKnown.toStringTag, "Intl", CONFIGURABLE)
    define_method(intl, realm, "getCanonicalLocales", 1,
                  lambda this, args: create_array_from_list(canonicalize_locale_list(args[0] if args else None)))
    define_method(intl, realm, "supportedValuesOf", 1,
                  lambda this, args: supported_values_of(args[0] if args else None))
    realm.global_object.define_data("Intl", intl, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%Intl%"] = intl
    for mod in (number_format, date_time_format, plural_rules, collator, list_format, relative_time_format):
        mod.setup(realm, intl)
    locale_methods.setup(realm)

