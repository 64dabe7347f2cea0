"""Date objects (ECMA-262 21.4): time values, local time through the host time zone.

Time values are float milliseconds since the epoch (NaN for an invalid date). Day arithmetic is
exact integer arithmetic (days_to_civil / civil_to_days), so every year the spec allows works.
The host offset comes from ``time.localtime``; outside the platform's range it uses the offset
at the nearest representable instant.
"""
from __future__ import annotations

import math
import re
import time
from typing import Any

from ..access import describe_value, ordinary_create_from_constructor
from ..conversions import to_number, to_object, to_primitive, to_string
from ..errors import throw_range_error, throw_type_error
from ..function import arg, define_method, make_constructor
from ..objects import JSObject
from ..shapes import CONFIGURABLE
from ..values import JSNull, WellKnown

ORDER = 16

MS_PER_DAY = 86400000
NAN = math.nan
MAX_TIME = 8.64e15
DAY_NAMES = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class DateObject(JSObject):
    """An object with [[DateValue]] (``date_value``)."""

    __slots__ = ("date_value",)
    class_name = "Date"

    def __init__(self, proto: JSObject | None, tv: float = NAN) -> None:
        super().__init__(proto)
        self.date_value = tv


# ---------------------------------------------------------------------------------------------
# Day and time arithmetic (21.4.1)
# ---------------------------------------------------------------------------------------------

def days_to_civil(z: int) -> tuple[int, int, int]:
    """(year, month 0-11, day 1-31) of day number z (days since 1970-01-01)."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m - 1, d)


def civil_to_days(y: int, m: int, d: int) -> int:
    """Day number of year y, month m (0-11), day 1."""
    m += 1
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def decompose(t: float) -> tuple[int, int, int, int, int, int, int, int]:
    """(year, month, date, hours, minutes, seconds, ms, weekday) of a finite time value."""
    ti = int(t)
    day, ms_in_day = divmod(ti, MS_PER_DAY)
    y, m, d = days_to_civil(day)
    h, rest = divmod(ms_in_day, 3600000)
    mi, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return y, m, d, h, mi, s, ms, (day + 4) % 7


def make_time(h: float, m: float, s: float, ms: float) -> float:
    """MakeTime (21.4.1.27)."""
    if not all(math.isfinite(x) for x in (h, m, s, ms)):
        return NAN
    return math.trunc(h) * 3600000.0 + math.trunc(m) * 60000.0 + math.trunc(s) * 1000.0 + math.trunc(ms)


def make_day(year: float, month: float, date: float) -> float:
    """MakeDay (21.4.1.28)."""
    if not all(math.isfinite(x) for x in (year, month, date)):
        return NAN
    y, m, dt = math.trunc(year), math.trunc(month), math.trunc(date)
    ym = y + m // 12
    if abs(ym) > 400000:
        return NAN
    mn = m % 12
    return float(civil_to_days(int(ym), int(mn), 1)) + dt - 1


def make_date(day: float, t: float) -> float:
    """MakeDate (21.4.1.29)."""
    if not (math.isfinite(day) and math.isfinite(t)):
        return NAN
    tv = day * MS_PER_DAY + t
    return tv if math.isfinite(tv) else NAN


def time_clip(t: float) -> float:
    """TimeClip (21.4.1.31)."""
    if not math.isfinite(t) or abs(t) > MAX_TIME:
        return NAN
    return float(math.trunc(t)) + 0.0


def local_offset_ms(t_utc: float) -> int:
    """The host's offset from UTC at UTC time t (LocalTZA(t, true) with DST included)."""
    secs = max(min(t_utc / 1000.0, 32503680000.0), -2208988800.0)  # clamp to 1900..3000
    try:
        return int(time.localtime(secs).tm_gmtoff) * 1000
    except (OverflowError, OSError, ValueError):
        return 0


def local_time(t: float) -> float:
    """LocalTime (21.4.1.25)."""
    return t + local_offset_ms(t)


def utc_from_local(t: float) -> float:
    """UTC (21.4.1.26): the UTC time of local time t (earlier instant on a DST overlap)."""
    if not math.isfinite(t):
        return NAN
    guess = t - local_offset_ms(t)
    off = local_offset_ms(guess)
    return t - off


# ---------------------------------------------------------------------------------------------
# Formatting (21.4.4.41)
# ---------------------------------------------------------------------------------------------

def _year_text(y: int) -> str:
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def _tz_text(offset_ms: int) -> str:
    sign = "+" if offset_ms >= 0 else "-"
    mins = abs(offset_ms) // 60000
    return f"GMT{sign}{mins // 60:02d}{mins % 60:02d}"


_ZONE_NAMES = {
    "EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time", "CST": "Central Standard Time",
    "CDT": "Central Daylight Time", "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
    "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time", "CET": "Central European Standard Time",
    "CEST": "Central European Summer Time", "EET": "Eastern European Standard Time",
    "EEST": "Eastern European Summer Time", "WET": "Western European Standard Time",
    "WEST": "Western European Summer Time", "BST": "British Summer Time", "GMT": "Greenwich Mean Time",
    "IST": "India Standard Time", "JST": "Japan Standard Time", "KST": "Korean Standard Time",
    "AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
    "MSK": "Moscow Standard Time", "HST": "Hawaii-Aleutian Standard Time",
}


def _tz_name(t: float, offset_ms: int) -> str:
    """The zone name V8 prints in parentheses (ICU's long name; approximated from the host)."""
    if offset_ms == 0 and time.tzname[0] in ("UTC", "GMT", "Etc/UTC", "Universal"):
        return "Coordinated Universal Time"
    try:
        abbr = time.strftime("%Z", time.localtime(max(min(t / 1000.0, 32503680000.0), -2208988800.0)))
    except (OverflowError, OSError, ValueError):
        abbr = time.tzname[0]
    return _ZONE_NAMES.get(abbr, abbr)


def date_string(t: float) -> str:
    y, m, d, _, _, _, _, wd = decompose(local_time(t))
    return f"{DAY_NAMES[wd]} {MONTH_NAMES[m]} {d:02d} {_year_text(y)}"


def time_string(t: float) -> str:
    lt = local_time(t)
    _, _, _, h, mi, s, _, _ = decompose(lt)
    off = int(lt - t)
    return f"{h:02d}:{mi:02d}:{s:02d} {_tz_text(off)} ({_tz_name(t, off)})"


def to_date_string(t: float) -> str:
    """ToDateString (21.4.4.41.4)."""
    if t != t:
        return "Invalid Date"
    return f"{date_string(t)} {time_string(t)}"


def to_iso_string(t: float) -> str:
    y, m, d, h, mi, s, ms, _ = decompose(t)
    ys = f"{y:04d}" if 0 <= y <= 9999 else (f"+{y:06d}" if y > 0 else f"-{-y:06d}")
    return f"{ys}-{m + 1:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"


def to_utc_string(t: float) -> str:
    y, m, d, h, mi, s, _, wd = decompose(t)
    return f"{DAY_NAMES[wd]}, {d:02d} {MONTH_NAMES[m]} {_year_text(y)} {h:02d}:{mi:02d}:{s:02d} GMT"


def _locale_date(t: float) -> str:
    y, m, d, *_ = decompose(local_time(t))
    return f"{m + 1}/{d}/{y}"


def _locale_time(t: float) -> str:
    _, _, _, h, mi, s, _, _ = decompose(local_time(t))
    return f"{(h % 12) or 12}:{mi:02d}:{s:02d} {'AM' if h < 12 else 'PM'}"


# ---------------------------------------------------------------------------------------------
# Parsing (21.4.3.2): the ISO format, then the formats toString / toUTCString print, then the
# usual legacy forms ("Jan 2 2024 10:00", "2024/01/02").
# ---------------------------------------------------------------------------------------------

_ISO = re.compile(r"([+-]\d{6}|\d{4})(?:-(\d\d)(?:-(\d\d))?)?"
                  r"(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?(Z|[+-]\d\d:\d\d)?\Z")
_TOKEN = re.compile(r"(\d+):(\d+)(?::(\d+)(?:\.(\d+))?)?|([+-]\d{2}:?\d{2})|\d+|[A-Za-z]+|\(.*?\)|[/,.\- ]")


def parse_date(s: str) -> float:
    s = s.strip()
    m = _ISO.match(s)
    if m:
        return _parse_iso(m)
    return _parse_legacy(s)


def _parse_iso(m: re.Match) -> float:
    ys, mo, d, h, mi, sec, frac, tz = m.groups()
    if ys == "-000000":
        return NAN
    y = int(ys)
    mo_i = int(mo) if mo else 1
    d_i = int(d) if d else 1
    h_i, mi_i, s_i = int(h or 0), int(mi or 0), int(sec or 0)
    ms = int((frac + "00")[:3]) if frac else 0
    if not (1 <= mo_i <= 12 and 1 <= d_i <= 31 and (h_i < 24 or (h_i == 24 and mi_i == s_i == ms == 0))
            and mi_i < 60 and s_i < 60):
        return NAN
    tv = make_date(make_day(y, mo_i - 1, d_i), make_time(h_i, mi_i, s_i, ms))
    if tz == "Z" or (tz is None and h is None):
        return time_clip(tv)
    if tz is None:
        return time_clip(utc_from_local(tv))
    sign = 1 if tz[0] == "+" else -1
    return time_clip(tv - sign * (int(tz[1:3]) * 3600000 + int(tz[4:6]) * 60000))


def _parse_legacy(s: str) -> float:
    year = month = day = None
    h = mi = sec = ms = 0
    offset = None
    pm = None
    numbers: list[int] = []
    pos = 0
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if m is None:
            return NAN
        pos = m.end()
        tok = m.group(0)
        if m.group(1) is not None:
            h, mi = int(m.group(1)), int(m.group(2))
            sec = int(m.group(3) or 0)
            ms = int(((m.group(4) or "") + "000")[:3])
        elif m.group(5) is not None and (numbers or month is not None):
            digits = m.group(5).replace(":", "")
            sign = 1 if digits[0] == "+" else -1
            offset = sign * (int(digits[1:3]) * 60 + int(digits[3:5]))
        elif tok.isdigit():
            numbers.append(int(tok))
        elif tok.isalpha():
            word = tok.lower()
            if word in ("am", "pm"):
                pm = word == "pm"
            elif word in ("z", "gmt", "utc", "ut"):
                offset = 0 if offset is None else offset
            elif word[:3].title() in MONTH_NAMES and len(word) >= 3:
                month = MONTH_NAMES.index(word[:3].title())
            elif word[:3].title() in DAY_NAMES:
                pass
            elif word == "t":
                pass
            else:
                return NAN
        elif tok.startswith("(") or tok in "/,.- ":
            if tok == "-" and m.group(5) is None and numbers and pos < len(s) and s[pos].isdigit() \
                    and month is not None and len(numbers) >= 2:
                return NAN
            continue
    if month is not None:
        if len(numbers) < 1:
            return NAN
        if len(numbers) == 1:
            return NAN
        a, b = numbers[0], numbers[1]
        day, year = (b, a) if a > 31 else (a, b)
    else:
        if len(numbers) < 3:
            return NAN
        a, b, c = numbers[:3]
        if a > 31:
            year, month, day = a, b - 1, c
        else:
            month, day, year = a - 1, b, c
    if year < 50 and len(str(year)) <= 2:
        year += 2000
    elif year < 100 and len(str(year)) <= 2:
        year += 1900
    if pm is not None:
        if h > 12:
            return NAN
        h = (h % 12) + (12 if pm else 0)
    if not (0 <= month <= 11 and 1 <= day <= 31 and h < 25 and mi < 60 and sec < 60):
        return NAN
    tv = make_date(make_day(year, month, day), make_time(h, mi, sec, ms))
    if offset is None:
        return time_clip(utc_from_local(tv))
    return time_clip(tv - offset * 60000)


# ---------------------------------------------------------------------------------------------
# The constructor and the prototype (21.4.2 - 21.4.4)
# ---------------------------------------------------------------------------------------------

def _now() -> float:
    return float(int(time.time() * 1000))


def this_time_value(this: Any, method: str) -> float:
    if not isinstance(this, DateObject):
        throw_type_error("this is not a Date object.")
    return this.date_value


def _components_to_tv(args: list, local: bool) -> float:
    """Date(y, m[, d, h, min, s, ms]) / Date.UTC: the time value from component numbers."""
    nums = [to_number(a) for a in args[:7]]
    y = nums[0]
    defaults = [NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]
    vals = nums + defaults[len(nums):]
    if math.isfinite(y):  # MakeFullYear (21.4.1.29)
        yi = math.trunc(y)
        if 0 <= yi <= 99:
            vals[0] = 1900.0 + yi
    tv = make_date(make_day(vals[0], vals[1], vals[2]), make_time(vals[3], vals[4], vals[5], vals[6]))
    return time_clip(utc_from_local(tv) if local else tv)


def _date_construct(args: list, new_target: Any) -> DateObject:
    n = len(args)
    if n == 0:
        tv = _now()
    elif n == 1:
        v = args[0]
        if isinstance(v, DateObject):
            tv = v.date_value
        else:
            v = to_primitive(v)
            tv = parse_date(v) if type(v) is str else time_clip(to_number(v))
    else:
        tv = _components_to_tv(args, True)
    return ordinary_create_from_constructor(new_target, "%Date.prototype%", DateObject, tv)


# Getters: (name, local?, component index into decompose, or a special)
_GETTERS = (("Date", 2), ("Day", 7), ("FullYear", 0), ("Hours", 3), ("Milliseconds", 6), ("Minutes", 4),
            ("Month", 1), ("Seconds", 5))


def _getter(index: int, local: bool):
    def get(this, args):
        t = this_time_value(this, "")
        if t != t:
            return NAN
        return float(decompose(local_time(t) if local else t)[index])
    return get


# Setters: name -> (first component index, max argument count)
_SETTERS = (("Milliseconds", 6, 1), ("Seconds", 5, 2), ("Minutes", 4, 3), ("Hours", 3, 4), ("Date", 2, 1),
            ("Month", 1, 2), ("FullYear", 0, 3))


def _setter(first: int, count: int, local: bool):
    """Date.prototype.set[UTC]<Component> (21.4.4.20 - 21.4.4.28)."""
    def set_(this, args):
        t = this_time_value(this, "")
        nums = [to_number(a) for a in args[:count]] or [NAN]
        if t != t:
            if first != 0:
                return NAN
            t = 0.0  # setFullYear on an invalid date starts from +0 (local)
            base = list(decompose(t))
        else:
            base = list(decompose(local_time(t) if local else t))
        comps = [float(x) for x in base[:7]]
        for i, v in enumerate(nums):
            comps[first + i] = v
        tv = make_date(make_day(comps[0], comps[1], comps[2]), make_time(comps[3], comps[4], comps[5], comps[6]))
        tv = time_clip(utc_from_local(tv) if local else tv)
        this.date_value = tv
        return tv
    return set_


def setup(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def date_call(this, args):
        return to_date_string(_now())

    ctor = make_constructor(realm, "Date", 7, date_call, _date_construct, proto)
    define_method(ctor, realm, "now", 0, lambda this, args: _now())
    define_method(ctor, realm, "parse", 1, lambda this, args: parse_date(to_string(arg(args, 0))))
    define_method(ctor, realm, "UTC", 7, lambda this, args: _components_to_tv(args or [NAN], False))

    for name, index in _GETTERS:
        define_method(proto, realm, "get" + name, 0, _getter(index, True))
        define_method(proto, realm, "getUTC" + name, 0, _getter(index, False))

    def get_time(this, args):
        return this_time_value(this, "getTime")

    def get_timezone_offset(this, args):
        t = this_time_value(this, "getTimezoneOffset")
        if t != t:
            return NAN
        return (t - local_time(t)) / 60000.0

    def get_year(this, args):
        t = this_time_value(this, "getYear")
        return NAN if t != t else float(decompose(local_time(t))[0] - 1900)

    define_method(proto, realm, "getTime", 0, get_time)
    define_method(proto, realm, "getTimezoneOffset", 0, get_timezone_offset)
    define_method(proto, realm, "getYear", 0, get_year)
    define_method(proto, realm, "valueOf", 0, get_time)

    for name, first, count in _SETTERS:
        define_method(proto, realm, "set" + name, count, _setter(first, count, True))
        define_method(proto, realm, "setUTC" + name, count, _setter(first, count, False))

    def set_time(this, args):
        this_time_value(this, "setTime")
        this.date_value = time_clip(to_number(arg(args, 0)))
        return this.date_value

    def set_year(this, args):
        t = this_time_value(this, "setYear")
        y = to_number(arg(args, 0))
        if y != y:
            this.date_value = NAN
            return NAN
        yi = math.trunc(y)
        if 0 <= yi <= 99:
            yi += 1900
        lt = 0.0 if t != t else local_time(t)
        _, m, d, h, mi, s, ms, _ = decompose(lt)
        tv = make_date(make_day(yi, m, d), make_time(h, mi, s, ms))
        this.date_value = time_clip(utc_from_local(tv))
        return this.date_value

    define_method(proto, realm, "setTime", 1, set_time)
    define_method(proto, realm, "setYear", 1, set_year)

    def fmt(method: str, f, invalid: str = "Invalid Date"):
        def g(this, args):
            t = this_time_value(this, method)
            return invalid if t != t else f(t)
        return g

    def to_iso(this, args):
        t = this_time_value(this, "toISOString")
        if t != t:
            throw_range_error("Invalid time value")
        return to_iso_string(t)

    def to_json(this, args):
        o = to_object(this)
        tv = to_primitive(o, "number")
        if type(tv) is float and not math.isfinite(tv):
            return JSNull
        from ..access import invoke
        return invoke(o, "toISOString", [])

    def to_primitive_method(this, args):
        if not isinstance(this, JSObject):
            throw_type_error("Date.prototype [ @@toPrimitive ] called on non-object")
        hint = arg(args, 0)
        if hint not in ("default", "string", "number"):
            throw_type_error(f"Invalid hint: {describe_value(hint)}")
        from ..conversions import ordinary_to_primitive
        return ordinary_to_primitive(this, "number" if hint == "number" else "string")

    define_method(proto, realm, "toDateString", 0, fmt("toDateString", date_string))
    define_method(proto, realm, "toISOString", 0, to_iso)
    define_method(proto, realm, "toJSON", 1, to_json)
    define_method(proto, realm, "toLocaleDateString", 0, fmt("toLocaleDateString", _locale_date))
    define_method(proto, realm, "toLocaleString", 0,
                  fmt("toLocaleString", lambda t: f"{_locale_date(t)}, {_locale_time(t)}"))
    define_method(proto, realm, "toLocaleTimeString", 0, fmt("toLocaleTimeString", _locale_time))
    define_method(proto, realm, "toString", 0, fmt("toString", to_date_string))
    define_method(proto, realm, "toTimeString", 0, fmt("toTimeString", time_string))
    utc = define_method(proto, realm, "toUTCString", 0, fmt("toUTCString", to_utc_string))
    proto.define_data("toGMTString", utc, 5)
    f = define_method(proto, realm, WellKnown.toPrimitive, 1, to_primitive_method)
    proto.define_data(WellKnown.toPrimitive, f, CONFIGURABLE)
