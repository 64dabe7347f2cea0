"""Intl.DateTimeFormat (ECMA-402 11) for en-US with the Gregorian calendar: dateStyle /
timeStyle and the component options (patterns chosen from CLDR's availableFormats by
skeleton, then widened or narrowed to the requested field widths, as ICU does), hour cycles,
fractional seconds, time zone names, format and formatToParts. Time zones: UTC, offsets
("+05:30", "Etc/GMT+5") and the IANA zones of the host's tz database (zoneinfo); zone names
other than UTC's are written as GMT offsets."""
from __future__ import annotations

import itertools
import math
import re
import time
from functools import lru_cache
from typing import Any

from ...builtins.date import decompose, local_offset_ms, time_clip
from ...conversions import to_number, to_string
from ...errors import throw_range_error, throw_type_error
from ...function import define_method
from ...objects import JSObject
from ...realm import current_realm
from ..dependencies import require
from . import cldr
from .options import (check_type_sequence, get_number_option, get_option, options_object, plain_object,
                      resolve_locale_with, utf8_as_latin1)

# The component options in table order (11.2.3, Table 7): option, skeleton letter, values.
_TEXT = ("narrow", "short", "long")
_NUMERIC = ("2-digit", "numeric")
COMPONENTS = (
    ("weekday", "E", _TEXT), ("era", "G", _TEXT), ("year", "y", _NUMERIC),
    ("month", "M", _NUMERIC + _TEXT), ("day", "d", _NUMERIC), ("dayPeriod", "B", _TEXT),
    ("hour", "j", _NUMERIC), ("minute", "m", _NUMERIC), ("second", "s", _NUMERIC),
    ("fractionalSecondDigits", "S", None),
    ("timeZoneName", "z", ("short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric")),
)
_DATE_FIELDS = frozenset("GyMEd")
_STYLES = ("full", "long", "medium", "short")
_WIDTH = {"numeric": 1, "2-digit": 2, "short": 3, "long": 4, "narrow": 5}
_OPTION_OF_LETTER = {"E": "weekday", "c": "weekday", "G": "era", "y": "year", "M": "month", "L": "month", "d": "day",
                     "B": "dayPeriod", "h": "hour", "H": "hour", "K": "hour", "k": "hour", "m": "minute",
                     "s": "second", "S": "fractionalSecondDigits", "z": "timeZoneName", "O": "timeZoneName",
                     "v": "timeZoneName", "a": "dayPeriod"}
_PART_TYPE = {"E": "weekday", "c": "weekday", "G": "era", "y": "year", "M": "month", "L": "month", "d": "day", "a": "dayPeriod",
              "B": "dayPeriod", "h": "hour", "H": "hour", "K": "hour", "k": "hour", "m": "minute", "s": "second",
              "S": "fractionalSecond", "z": "timeZoneName", "O": "timeZoneName", "v": "timeZoneName"}
_HOUR_LETTER = {"h11": "K", "h12": "h", "h23": "H", "h24": "k"}


# ---------------------------------------------------------------------------------------------
# Time zones
# ---------------------------------------------------------------------------------------------

_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})\Z")
_ETC_GMT = re.compile(r"Etc/GMT([+-])(\d{1,2})\Z", re.IGNORECASE)


def default_time_zone() -> str:
    """DefaultTimeZone: the host's zone, "UTC" when it is UTC or unknown."""
    import os
    name = os.environ.get("TZ", "").lstrip(":")
    if name and _zone_offset_function(name) is not None:
        return canonical_time_zone(name)
    if time.timezone == 0 and time.daylight == 0:
        return "UTC"
    try:
        link = os.path.realpath("/etc/localtime")
        name = link.split("zoneinfo/", 1)[1]
        if _zone_offset_function(name) is not None:
            return name
    except (OSError, IndexError):
        pass
    return "UTC"


def canonical_time_zone(name: str) -> str | None:
    """The canonical form of a time zone identifier, or None when it is not one."""
    if name.upper() in ("UTC", "ETC/UTC", "GMT", "ETC/GMT", "ETC/UCT", "UCT", "ETC/ZULU", "ZULU", "UNIVERSAL"):
        return "UTC"
    m = _OFFSET.match(name)
    if m:
        return f"{m.group(1)}{m.group(2)}:{m.group(3)}" if int(m.group(2)) < 24 and int(m.group(3)) < 60 else None
    m = _ETC_GMT.match(name)
    if m:
        return f"Etc/GMT{m.group(1)}{int(m.group(2))}" if int(m.group(2)) <= 14 else None
    return name if _zone_offset_function(name) is not None else None


@lru_cache(maxsize=64)
def _zone_offset_function(name: str) -> Any:
    """For an IANA name: a function from epoch ms to the zone's offset in ms, or None."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        import zoneinfo
        zone = zoneinfo.ZoneInfo(name)
    except (ValueError, OSError, ImportError, KeyError):
        return None
    import datetime

    def offset(t: float) -> int:
        secs = max(min(t / 1000.0, 32503680000.0), -62135596800.0)
        dt = datetime.datetime.fromtimestamp(secs, zone)
        return int(dt.utcoffset().total_seconds()) * 1000
    return offset


def available_time_zones() -> list[str]:
    """The time zones Intl.supportedValuesOf lists: UTC and the host's tz database."""
    try:
        import zoneinfo
        names = {n for n in zoneinfo.available_timezones() if "/" in n and not n.startswith(("Etc/", "posix/", "right/"))}
    except ImportError:
        names = set()
    return sorted(names | {"UTC"})


def zone_offset_ms(zone: str, t: float) -> int:
    """The offset from UTC of ``zone`` at time value t."""
    if zone == "UTC":
        return 0
    m = _OFFSET.match(zone)
    if m:
        return (1 if m.group(1) == "+" else -1) * (int(m.group(2)) * 60 + int(m.group(3))) * 60000
    m = _ETC_GMT.match(zone)
    if m:  # Etc/GMT+5 is five hours *behind* UTC
        return (-1 if m.group(1) == "+" else 1) * int(m.group(2)) * 3600000
    if zone == default_time_zone() and _zone_offset_function(zone) is None:
        return local_offset_ms(t)
    return _zone_offset_function(zone)(t)


def _gmt_text(offset_ms: int, long: bool, zero_as_gmt: bool) -> str:
    """CLDR's localized GMT format: "GMT-5" / "GMT+5:30" short, "GMT-05:00" long; a zero
    offset is "GMT" as a zone name, "GMT+0" / "GMT+00:00" as an offset (as ICU writes it)."""
    if offset_ms == 0 and zero_as_gmt:
        return "GMT"
    sign = "-" if offset_ms < 0 else "+"
    minutes = abs(offset_ms) // 60000
    h, m = divmod(minutes, 60)
    if long:
        return f"GMT{sign}{h:02d}:{m:02d}"
    return f"GMT{sign}{h}" + (f":{m:02d}" if m else "")


def _zone_name(zone: str, offset_ms: int, style: str) -> str:
    if zone == "UTC" and style in ("short", "long"):
        return "UTC" if style == "short" else "Coordinated Universal Time"
    return _gmt_text(offset_ms, style in ("long", "longOffset", "longGeneric"), style in ("short", "long"))


# ---------------------------------------------------------------------------------------------
# Patterns: skeleton matching (ICU's DateTimePatternGenerator, simplified) and CLDR patterns
# ---------------------------------------------------------------------------------------------

_PATTERN_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")


def parse_pattern(pattern: str) -> list[tuple[str, str]]:
    """A CLDR date pattern as (field letter or "", text) tokens; "" marks literal text."""
    tokens = []
    for m in _PATTERN_TOKEN.finditer(pattern):
        text = m.group(0)
        if m.group(1):
            tokens.append((m.group(1), text))
        elif text.startswith("'"):
            tokens.append(("", "'" if text == "''" else text[1:-1].replace("''", "'")))
        else:
            tokens.append(("", text))
    return tokens


def _skeleton_fields(skeleton: str) -> dict[str, int]:
    fields: dict[str, int] = {}
    for m in re.finditer(r"([A-Za-z])\1*", skeleton):
        letter = m.group(1)
        letter = {"L": "M", "c": "E", "H": "j", "h": "j", "K": "j", "k": "j", "a": "", "B": "B"}.get(letter, letter)
        if letter:
            fields[letter] = len(m.group(0))
    return fields


@lru_cache(maxsize=256)
def best_pattern(wanted: tuple, h24: bool) -> str:
    """The availableFormats pattern whose skeleton has exactly the wanted fields (and the hour
    letter of the cycle), nearest in widths (text and numeric month never mix); "" when none
    has them. The "yy" skeletons CLDR 49 added (ICU's CLDR 48 has none) are passed over."""
    want = dict(wanted)
    best, best_score = "", None
    for skeleton, pattern in cldr.locale().datetime_skeletons.items():
        fields = _skeleton_fields(skeleton)
        if set(fields) != set(want) or ("j" in want and ("H" in skeleton) != h24) or "yy" in skeleton:
            continue
        score = 0
        for letter, width in want.items():
            have = fields[letter]
            if letter == "M" and (have >= 3) != (width >= 3):
                score += 100
            score += abs(have - width)
        if best_score is None or score < best_score:
            best, best_score = pattern.pattern if hasattr(pattern, "pattern") else str(pattern), score
    return best


# ---------------------------------------------------------------------------------------------
# The DateTimeFormat object
# ---------------------------------------------------------------------------------------------

class DateTimeFormatObject(JSObject):
    __slots__ = ("locale", "time_zone", "hour_cycle", "date_style", "time_style", "components", "pattern",
                 "bound")
    class_name = "Intl.DateTimeFormat"


def create_date_time_format(dtf: DateTimeFormatObject, locales: Any, options: Any, required: str = "any",
                            defaults: str = "date") -> DateTimeFormatObject:
    """CreateDateTimeFormat (11.1.2)."""
    options = options_object(options)
    get_option(options, "localeMatcher", "string", ("lookup", "best fit"), "best fit", "Intl.DateTimeFormat")
    calendar = check_type_sequence(get_option(options, "calendar", "string", None, None), "calendar")
    numbering = check_type_sequence(get_option(options, "numberingSystem", "string", None, None), "numberingSystem")
    hour12 = get_option(options, "hour12", "boolean", None, None)
    hour_cycle = get_option(options, "hourCycle", "string", ("h11", "h12", "h23", "h24"), None, "Intl.DateTimeFormat")
    dtf.locale, r = resolve_locale_with(locales, {"ca": calendar, "hc": None if hour12 is not None else hour_cycle,
                                                  "nu": numbering})
    # en's hour cycle is h12; hour12 picks the 12- or 24-hour cycle of the locale
    hour_cycle = r["hc"] if hour12 is None else "h12" if hour12 else "h23"
    tz = None if options is None else options.get("timeZone", options)
    if tz is None:
        dtf.time_zone = default_time_zone()
    else:
        name = to_string(tz)
        canonical = canonical_time_zone(name)
        if canonical is None:
            throw_range_error(f"Invalid time zone specified: {utf8_as_latin1(name)}")
        dtf.time_zone = canonical
    components: dict[str, Any] = {}
    for option, _, values in COMPONENTS:
        if option == "fractionalSecondDigits":
            value = get_number_option(options, option, 1, 3, None)
        else:
            value = get_option(options, option, "string", values, None, "Intl.DateTimeFormat")
        if value is not None:
            components[option] = value
    get_option(options, "formatMatcher", "string", ("basic", "best fit"), "best fit", "Intl.DateTimeFormat")
    dtf.date_style = get_option(options, "dateStyle", "string", _STYLES, None, "Intl.DateTimeFormat")
    dtf.time_style = get_option(options, "timeStyle", "string", _STYLES, None, "Intl.DateTimeFormat")
    if dtf.date_style is not None or dtf.time_style is not None:
        if components:
            style = "dateStyle" if dtf.date_style is not None else "timeStyle"
            throw_type_error(f"Can't set option {next(iter(components))} when {style} is used")
        if required == "date" and dtf.time_style is not None:
            throw_type_error("Invalid option : timeStyle")
        if required == "time" and dtf.date_style is not None:
            throw_type_error("Invalid option : dateStyle")
    else:
        # 11.1.2 steps 37-38: the defaults when no date or time component was asked for
        need_defaults = True
        if required in ("date", "any") and any(k in components for k in ("weekday", "year", "month", "day")):
            need_defaults = False
        if required in ("time", "any") and any(k in components for k in ("dayPeriod", "hour", "minute", "second",
                                                                          "fractionalSecondDigits")):
            need_defaults = False
        if need_defaults and defaults in ("date", "all"):
            components.update(year="numeric", month="numeric", day="numeric")
        if need_defaults and defaults in ("time", "all"):
            components.update(hour="numeric", minute="numeric", second="numeric")
    uses_hour = "hour" in components or dtf.time_style is not None
    dtf.hour_cycle = (hour_cycle or "h12") if uses_hour else None
    dtf.components = components
    dtf.pattern = _style_pattern(dtf) if dtf.date_style or dtf.time_style else _component_pattern(dtf)
    if dtf.date_style is None and dtf.time_style is None:
        _resolve_widths(dtf)
    dtf.bound = None
    return dtf


def _apply_hour_cycle(pattern: str, cycle: str | None, two_digit_24: bool = False) -> str:
    """Use the hour letter of ``cycle``; 24-hour cycles drop the AM/PM marker (and with
    ``two_digit_24``, as for the time styles, write two-digit hours)."""
    if cycle is None:
        return pattern
    letter = _HOUR_LETTER[cycle]
    out = []
    for field, text in parse_pattern(pattern):
        if field in "hHKk" and field:
            out.append(letter * (2 if two_digit_24 and cycle in ("h23", "h24") else len(text)))
        elif field == "a" and cycle in ("h23", "h24"):
            if out and out[-1].endswith(("\u202f", " ")):
                out[-1] = out[-1].rstrip("\u202f ")
        else:
            out.append(text if field else _quote(text))
    return "".join(out)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'" if any(c.isalpha() or c == "'" for c in text) else text


def _style_pattern(dtf: DateTimeFormatObject) -> str:
    loc = cldr.locale()
    date = loc.date_formats[dtf.date_style].pattern if dtf.date_style else None
    clock = _apply_hour_cycle(loc.time_formats[dtf.time_style].pattern, dtf.hour_cycle, True) \
        if dtf.time_style else None
    if date and clock:
        glue = "{1} 'at' {0}" if dtf.date_style in ("full", "long") else "{1}, {0}"
        return glue.replace("{1}", date).replace("{0}", clock)
    return date or clock


def _component_pattern(dtf: DateTimeFormatObject) -> str:
    """The pattern for the component options: the skeleton of all the fields matched whole,
    or else its date and time halves matched apart and joined by CLDR's dateTimeFormat glue;
    a single field without a skeleton of its own stands alone."""
    c = dtf.components
    want = {}
    for option, letter, _ in COMPONENTS:
        if option in c and option not in ("timeZoneName", "fractionalSecondDigits", "dayPeriod"):
            want[letter] = _WIDTH[c[option]]
    if "fractionalSecondDigits" in c and "m" in want and "s" not in want:
        c["second"] = "numeric"  # as ICU: fractions of a second follow minutes through seconds
        want["s"] = 1
    if "timeZoneName" in c:
        want["v"] = 1
    h24 = dtf.hour_cycle in ("h23", "h24")
    if "dayPeriod" in c and "j" in want and not h24:  # the "Bh" skeletons: "h B"
        want["B"] = {"narrow": 5, "short": 1, "long": 4}[c["dayPeriod"]]
    # (a skeleton with fractional seconds never matches whole: ICU splits it into date and time)
    whole = best_pattern(tuple(sorted(want.items())), h24) if want and "fractionalSecondDigits" not in c else ""
    pattern = _fit(whole, want) if whole else ""
    if not pattern:
        date_want = {k: v for k, v in want.items() if k in _DATE_FIELDS}
        time_want = {k: v for k, v in want.items() if k not in _DATE_FIELDS}
        date_pattern, time_pattern = _match(date_want, h24), _match(time_want, h24)
        glue = "{1} 'at' {0}" if date_want.get("M", 0) == 4 else "{1}, {0}"
        pattern = glue.replace("{1}", date_pattern).replace("{0}", time_pattern) \
            if date_pattern and time_pattern else date_pattern or time_pattern
    pattern = _apply_hour_cycle(pattern, dtf.hour_cycle) if "j" in want else pattern
    pattern = re.sub(r" (?=a\b)", "\u202f", pattern)  # as ICU's (CLDR 48) availableFormats have it
    if "fractionalSecondDigits" in c:
        digits = "S" * c["fractionalSecondDigits"]
        pattern = re.sub(r"(s+)", lambda m: m.group(1) + "." + digits, pattern, count=1) if "s" in want \
            else (pattern + " " + digits if pattern else digits)
    if "dayPeriod" in c and "j" not in want:
        period = "B" * {"narrow": 5, "short": 1, "long": 4}[c["dayPeriod"]]
        pattern = f"{pattern} {period}" if pattern else period
    if "timeZoneName" in c:  # the zone takes the place of the skeleton's "v" field
        zone = {"short": "z", "long": "zzzz", "shortOffset": "O", "longOffset": "OOOO", "shortGeneric": "v",
                "longGeneric": "vvvv"}[c["timeZoneName"]]
        pattern = "".join(zone if field == "v" else text if field else _quote(text)
                          for field, text in parse_pattern(pattern))
    return pattern


def _match(want: dict[str, int], h24: bool) -> str:
    """The pattern for the wanted fields: a skeleton's, or else the largest subset's with the
    other fields appended after a space (CLDR's appendItems, simplified), so that no field
    asked for is ever left out."""
    if not want:
        return ""
    pattern = best_pattern(tuple(sorted(want.items())), h24)
    if pattern:
        return _fit(pattern, want)
    if len(want) == 1:
        letter = next(iter(want))
        return _fit(("H" if h24 else "h") if letter == "j" else letter, want)
    for size in range(len(want) - 1, 0, -1):
        for subset in itertools.combinations(sorted(want), size):
            part = {k: want[k] for k in subset}
            pattern = best_pattern(tuple(sorted(part.items())), h24)
            if pattern:
                rest = {k: v for k, v in want.items() if k not in part}
                return _fit(pattern, part) + " " + _match(rest, h24)
    first = next(iter(want))
    return _match({first: want[first]}, h24) + " " + _match({k: v for k, v in want.items() if k != first}, h24)


def _fit(pattern: str, want: dict[str, int]) -> str:
    """Adjust the matched pattern's field widths to the requested ones (minutes and seconds
    keep a pattern's two digits)."""
    out = []
    for field, text in parse_pattern(pattern):
        key = {"L": "M", "c": "E", "h": "j", "H": "j", "K": "j", "k": "j"}.get(field, field)
        width = want.get(key)
        if not field:
            out.append(_quote(text))
        elif width is None or key in "ms" and len(text) == 2:
            out.append(text)
        elif key == "j":  # numeric keeps the pattern's width ("HH" in 24-hour patterns)
            out.append(field * 2 if width == 2 else text)
        elif key == "G":
            out.append(field * (1 if width == 3 else width))
        elif key == "E":
            out.append(field * max(width, 3))
        else:
            out.append(field * width)
    return "".join(out)


def _resolve_widths(dtf: DateTimeFormatObject) -> None:
    """resolvedOptions reports the widths of the pattern's fields."""
    c = dtf.components
    for field, text in parse_pattern(dtf.pattern):
        option = _OPTION_OF_LETTER.get(field)
        if option in ("hour", "minute", "second", "day", "year") and option in c:
            c[option] = "2-digit" if len(text) == 2 else "numeric"


# ---------------------------------------------------------------------------------------------
# Formatting (11.5.5 FormatDateTimePattern)
# ---------------------------------------------------------------------------------------------

def _field_text(field: str, width: int, f: dict) -> str:
    loc = cldr.locale()
    if field == "G":
        return loc.eras[{4: "wide", 5: "narrow"}.get(width, "abbreviated")][f["era"]]
    if field == "y":
        y = f["year"]
        return f"{y % 100:02d}" if width == 2 else str(y)
    if field in "ML":
        m = f["month"]
        if width <= 2:
            return f"{m:0{width}d}"
        kind = "stand-alone" if field == "L" else "format"
        return loc.months[kind][{3: "abbreviated", 4: "wide", 5: "narrow"}[width]][m]
    if field in "Ec":
        return loc.days["format"][{4: "wide", 5: "narrow"}.get(width, "abbreviated")][f["weekday"]]
    if field == "d":
        return f"{f['day']:0{width}d}"
    if field in "hHKk":
        h = f["hour"]
        value = {"h": (h % 12) or 12, "H": h, "K": h % 12, "k": h or 24}[field]
        return f"{value:0{width}d}"
    if field == "m":
        return f"{f['minute']:0{width}d}"
    if field == "s":
        return f"{f['second']:0{width}d}"
    if field == "S":
        return f"{f['ms']:03d}"[:width]
    if field == "a":
        return loc.periods["am" if f["hour"] < 12 else "pm"]
    if field == "B":
        return _flexible_day_period(f["hour"], f["period_minute"], width)
    return _zone_name(f["zone"], f["offset"], {1: "short", 4: "long"}.get(width, "short") if field == "z"
                      else ("longOffset" if width == 4 else "shortOffset"))


def _flexible_day_period(hour: int, minute: int, width: int) -> str:
    """The "B" field: CLDR's day period rules (via Babel). As in ICU, "midnight" is never
    used: 00:00 takes the period that follows it."""
    import datetime
    get_period_id = require("babel.dates", "babel", "Intl (its CLDR data)").get_period_id
    when = datetime.time(hour, minute)
    period = get_period_id(when, locale=cldr.locale())
    if period == "midnight":
        period = get_period_id(datetime.time(hour, minute, 1), locale=cldr.locale())
    return cldr.locale().day_periods["format"][{4: "wide", 5: "narrow"}.get(width, "abbreviated")][period]


def _fields(dtf: DateTimeFormatObject, t: float) -> dict:
    offset = zone_offset_ms(dtf.time_zone, t)
    y, m, d, h, mi, s, ms, wd = decompose(t + offset)
    return {"era": 1 if y > 0 else 0, "year": y if y > 0 else 1 - y, "month": m + 1, "day": d, "hour": h,
            "minute": mi, "second": s, "ms": ms, "weekday": (wd - 1) % 7, "zone": dtf.time_zone, "offset": offset}


def partition_date_time_pattern(dtf: DateTimeFormatObject, x: Any) -> list[tuple[str, str]]:
    """PartitionDateTimePattern (11.5.5)."""
    t = time_clip(x)
    if t != t:
        throw_range_error("Invalid time value")
    f = _fields(dtf, t)
    tokens = parse_pattern(dtf.pattern)
    # the day period of the time as shown: without minutes, 12:30 is "noon" (as in ICU)
    f["period_minute"] = f["minute"] if any(field == "m" for field, _ in tokens) else 0
    parts: list[tuple[str, str]] = []
    for field, text in tokens:
        if not field:
            if parts and parts[-1][0] == "literal":
                parts[-1] = ("literal", parts[-1][1] + text)
            else:
                parts.append(("literal", text))
        elif field == "S":
            if parts and parts[-1] == ("literal", "."):
                parts[-1] = ("literal", ".")
            parts.append(("fractionalSecond", _field_text(field, len(text), f)))
        else:
            parts.append((_PART_TYPE[field], _field_text(field, len(text), f)))
    return parts


def format_date_time(dtf: DateTimeFormatObject, x: Any) -> str:
    """FormatDateTime (11.5.6); the narrow no-break space before AM/PM becomes a space, as V8
    writes it (formatToParts keeps it)."""
    return "".join(v for _, v in partition_date_time_pattern(dtf, x)).replace("\u202f", " ")


def _date_value(v: Any) -> float:
    """The time value formatted: now for undefined, else ToNumber."""
    if v is None:
        return float(math.floor(time.time() * 1000))
    return to_number(v)


def resolved_options(dtf: DateTimeFormatObject) -> JSObject:
    pairs = [("locale", dtf.locale), ("calendar", "gregory"), ("numberingSystem", "latn"),
             ("timeZone", dtf.time_zone)]
    if dtf.hour_cycle is not None:
        pairs += [("hourCycle", dtf.hour_cycle), ("hour12", dtf.hour_cycle in ("h11", "h12"))]
    for option, _, _ in COMPONENTS:
        if option in dtf.components:
            value = dtf.components[option]
            pairs.append((option, float(value) if option == "fractionalSecondDigits" else value))
    pairs += [("dateStyle", dtf.date_style), ("timeStyle", dtf.time_style)]
    return plain_object(pairs)


def new_date_time_format(locales: Any, options: Any, required: str, defaults: str) -> DateTimeFormatObject:
    """A DateTimeFormat of the current realm (for the Date.prototype.toLocale*String methods)."""
    dtf = DateTimeFormatObject(current_realm().intrinsics["%Intl.DateTimeFormat.prototype%"])
    return create_date_time_format(dtf, locales, options, required, defaults)


def setup(realm: Any, intl: JSObject) -> None:
    from . import define_bound_getter, define_service, this_service
    from .number_format import parts_array
    proto = define_service(realm, intl, "DateTimeFormat", 0, DateTimeFormatObject,
                           lambda dtf, locales, options: create_date_time_format(dtf, locales, options), True)

    define_bound_getter(realm, proto, "format", DateTimeFormatObject, 1,
                        lambda dtf, a: format_date_time(dtf, _date_value(a[0] if a else None)))
    define_method(proto, realm, "formatToParts", 1, lambda this, args: parts_array(partition_date_time_pattern(
        this_service(this, DateTimeFormatObject, "Intl.DateTimeFormat.prototype.formatToParts"),
        _date_value(args[0] if args else None))))
    define_method(proto, realm, "resolvedOptions", 0, lambda this, args: resolved_options(
        this_service(this, DateTimeFormatObject, "Intl.DateTimeFormat.prototype.resolvedOptions")))
