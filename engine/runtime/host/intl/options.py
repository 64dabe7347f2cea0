"""ECMA-402's shared abstract operations (9.2): locale lists and option reading. Every locale
resolves to en-US (the one locale pyjs has data for), which 9.2 allows: a requested locale
that is not available falls back to the default locale."""
from __future__ import annotations

import re
from typing import Any

from ...access import create_data_property_or_throw, length_of_array_like
from ...conversions import to_boolean, to_number, to_object, to_string
from ...errors import throw_range_error, throw_type_error
from ...objects import JSObject
from ...realm import current_realm
from ...values import JSNull

DEFAULT_LOCALE = "en-US"

# A structurally valid language tag (UTS #35 unicode_locale_id, as 6.2.1 requires).
_LANGUAGE_TAG = re.compile(
    r"(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
    r"(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?", re.IGNORECASE | re.ASCII)
_VARIANT = re.compile(r"[a-z0-9]{5,8}|[0-9][a-z0-9]{3}", re.IGNORECASE | re.ASCII)


def utf8_as_latin1(s: str) -> str:
    """``s`` as V8 quotes it in the messages it builds from ICU-side byte strings (an invalid
    currency code, unit or time zone): its UTF-8 bytes read one by one ("é" -> "Ã©"; a lone
    surrogate's three bytes too), so that a program printing the message prints what node does."""
    return s.encode("utf-8", "surrogatepass").decode("latin-1")


def is_structurally_valid_language_tag(tag: str) -> bool:
    """IsStructurallyValidLanguageTag (6.2.1): the grammar, and no duplicate variant or
    singleton."""
    if not _LANGUAGE_TAG.fullmatch(tag):
        return False
    subtags = tag.lower().split("-")
    if "x" in subtags:
        subtags = subtags[:subtags.index("x")]
    singletons = [p for p in subtags[1:] if len(p) == 1]
    if len(singletons) != len(set(singletons)):
        return False
    first_singleton = next((i for i, p in enumerate(subtags) if i and len(p) == 1), len(subtags))
    variants = [p for p in subtags[1:first_singleton] if _VARIANT.fullmatch(p)]
    return len(variants) == len(set(variants))


def _canonicalize(tag: str) -> str:
    """Case-canonical form (UTS #35): language lowercase, script titlecase, region uppercase,
    variants lowercase in alphabetical order, extensions and private use lowercase."""
    parts = tag.lower().split("-")
    head = [parts[0]]
    i = 1
    if i < len(parts) and len(parts[i]) == 4 and parts[i][0].isalpha():
        head.append(parts[i].title())
        i += 1
    if i < len(parts) and (len(parts[i]) == 2 and parts[i].isalpha() or len(parts[i]) == 3 and parts[i].isdigit()):
        head.append(parts[i].upper())
        i += 1
    variants = []
    while i < len(parts) and len(parts[i]) > 1:
        variants.append(parts[i])
        i += 1
    return "-".join(head + sorted(variants) + parts[i:])


def canonicalize_locale_list(locales: Any) -> list[str]:
    """CanonicalizeLocaleList (9.2.1): RangeError for a malformed tag, TypeError for a
    non-string, non-object element."""
    if locales is None:
        return []
    if type(locales) is str:
        items = [locales]
    else:
        o = to_object(locales)
        items = []
        for k in range(length_of_array_like(o)):
            key = str(k)
            if o.has_property(key):
                v = o.get(key, o)
                if type(v) is not str and not isinstance(v, JSObject):
                    throw_type_error("Language ID should be string or object.")
                items.append(to_string(v))
    seen: list[str] = []
    for tag in items:
        if not is_structurally_valid_language_tag(tag):
            throw_range_error("Incorrect locale information provided")
        canonical = _canonicalize(tag)
        if canonical not in seen:
            seen.append(canonical)
    return seen


AVAILABLE_LOCALES = ("en-US", "en")


def lookup_locale(tag: str, available: tuple = AVAILABLE_LOCALES) -> str | None:
    """BestAvailableLocale (9.2.2): the tag or its longest available prefix (extensions
    dropped), or None."""
    candidate = re.split(r"-u-|-x-", tag)[0]
    while candidate:
        if candidate in available:
            return candidate
        cut = candidate.rfind("-")
        candidate = candidate[:cut] if cut > 0 else ""
    return None


def resolve_locale(locales: Any, available: tuple = AVAILABLE_LOCALES) -> str:
    """ResolveLocale (9.2.7) for a service without relevant extension keys."""
    return resolve_locale_with(locales, {}, available)[0]


# The values the locale data has for each relevant extension key, the default first
# (ECMA-402 9.1: [[LocaleData]]).
KEY_LOCALE_DATA: dict[str, tuple] = {
    "nu": ("latn",), "ca": ("gregory", "iso8601"), "hc": (None, "h11", "h12", "h23", "h24"),
    "co": (None,), "kn": ("false", "true"), "kf": ("false", "lower", "upper"),
}
_TYPE = re.compile(r"[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*", re.IGNORECASE | re.ASCII)


def check_type_sequence(value: str | None, prop: str) -> str | None:
    """A calendar / collation / numberingSystem option must be a Unicode type sequence."""
    if value is not None and not _TYPE.fullmatch(value):
        throw_range_error(f"Invalid {prop} : {value}")
    return value


def _unicode_extension(tag: str) -> tuple[str, dict[str, str]]:
    """The tag without its Unicode extension, and that extension's keywords (key -> type)."""
    parts = tag.split("-")
    end = parts.index("x") if "x" in parts else len(parts)
    if "u" not in parts[1:end]:
        return tag, {}
    i = parts.index("u", 1)
    j = next((k for k in range(i + 1, end) if len(parts[k]) == 1), end)
    keywords: dict[str, str] = {}
    key = None
    for p in parts[i + 1:j]:
        if len(p) == 2:
            key = p
            keywords.setdefault(key, "")
        elif key is not None and p:
            keywords[key] = f"{keywords[key]}-{p}" if keywords[key] else p
    return "-".join(parts[:i] + parts[j:]), keywords


def resolve_locale_with(locales: Any, options: dict[str, str | None],
                        available: tuple = AVAILABLE_LOCALES) -> tuple[str, dict[str, Any]]:
    """ResolveLocale (9.2.7) with the lookup matcher: the locale (with the Unicode extension
    keywords that were honoured) and the value of each relevant key in ``options`` (the
    option's value, or None), from the option, else the tag's extension, else the default."""
    found, keywords = None, {}
    for tag in canonicalize_locale_list(locales):
        base, extension = _unicode_extension(tag)
        found = lookup_locale(base, available)
        if found is not None:
            keywords = extension
            break
    if found is None:
        found = lookup_locale(DEFAULT_LOCALE, available)
    result: dict[str, Any] = {}
    supported = ""
    for key, option_value in options.items():
        data = KEY_LOCALE_DATA[key]
        value, addition = data[0], ""
        requested = keywords.get(key)
        if requested is not None:
            if requested != "" and requested in data:
                value, addition = requested, f"-{key}" if requested == "true" else f"-{key}-{requested}"
            elif requested == "" and "true" in data:
                value, addition = "true", f"-{key}"
        if option_value is not None:
            option_value = option_value or "true"
            if option_value != value and option_value in data:
                value, addition = option_value, ""
        result[key] = value
        supported += addition
    return (f"{found}-u{supported}" if supported else found), result


def options_object(options: Any) -> JSObject | None:
    """CoerceOptionsToObject (9.2.13): None stands for no options; a primitive other than
    null is wrapped."""
    if options is None:
        return None
    if isinstance(options, JSObject):
        return options
    if options is JSNull:
        throw_type_error("Options must be an object")
    return to_object(options)


def get_options_object(options: Any) -> JSObject | None:
    """GetOptionsObject (9.2.11): None stands for no options; a primitive is a TypeError."""
    if options is None or isinstance(options, JSObject):
        return options
    throw_type_error("Options must be an object")


def get_option(options: JSObject | None, prop: str, kind: str, values: tuple | None, default: Any,
               constructor: str = "") -> Any:
    """GetOption (9.2.12): ``kind`` "boolean" or "string"; ``values`` the allowed strings."""
    if options is None:
        return default
    value = options.get(prop, options)
    if value is None:
        return default
    if kind == "boolean":
        return to_boolean(value)
    value = to_string(value)
    if values is not None and value not in values:
        throw_range_error(f"Value {value} out of range for {constructor} options property {prop}")
    return value


def default_number_option(value: Any, minimum: int, maximum: int, fallback: Any, prop: str) -> Any:
    """DefaultNumberOption (9.2.14)."""
    if value is None:
        return fallback
    x = to_number(value)
    if x != x or x < minimum or x > maximum:
        throw_range_error(f"{prop} value is out of range.")
    return int(x)


def get_number_option(options: JSObject | None, prop: str, minimum: int, maximum: int, fallback: Any) -> Any:
    """GetNumberOption (9.2.15)."""
    value = None if options is None else options.get(prop, options)
    return default_number_option(value, minimum, maximum, fallback, prop)


def plain_object(pairs: list) -> JSObject:
    """An ordinary object with the (key, value) pairs whose value is not None, in order (the
    resolvedOptions() results)."""
    o = JSObject(current_realm().intrinsics["%Object.prototype%"])
    for key, value in pairs:
        if value is not None:
            create_data_property_or_throw(o, key, value)
    return o
