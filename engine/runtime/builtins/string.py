"""String objects (ECMA-262 22.1): the String constructor, String exotic objects (10.4.3),
String.prototype, and %StringIteratorPrototype% (22.1.5).

Strings are Python ``str`` of UTF-16 code units; methods that work on code points (case
mapping, normalize, the iterator, codePointAt) convert with ``surrogatepass``.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from .. import realm as _realm_mod
from ..access import (call, create_array_from_list, get_method, get_prototype_from_constructor, invoke,
                      is_callable, length_of_array_like)
from ..conversions import (NAN, WHITESPACE, WRAPPERS, require_object_coercible, to_boolean, to_integer_or_infinity,
                           to_length, to_number, to_object, to_string, to_uint16)
from ..errors import throw_range_error, throw_type_error
from ..function import BuiltinFunction, arg, define_method
from ..iteration import create_iter_result
from ..memory import STRING_COUNTED, charge, counted, keep
from ..objects import ABSENT, JSObject, JSPrimitiveWrapper, PropertyDescriptor, array_index, same_value
from ..shapes import ACCESSOR, CONFIGURABLE, WRITABLE
from ..values import JSSymbol, WellKnown, from_host_str, to_code_point_str

ORDER = 11

MAX_STRING_LENGTH = (1 << 29) - 24  # V8's String::kMaxLength


# ---------------------------------------------------------------------------------------------
# String exotic objects (10.4.3)
# ---------------------------------------------------------------------------------------------

class StringObject(JSPrimitiveWrapper):
    """A String exotic object: index properties and ``length`` come from [[StringData]]
    (``value``)."""

    __slots__ = ()
    exotic = True
    named_ordinary = True

    def _string_own(self, key) -> PropertyDescriptor | None:
        """StringGetOwnProperty (10.4.3.5), plus the ``length`` property."""
        s = self.value
        if key == "length":
            return PropertyDescriptor(value=float(len(s)), writable=False, enumerable=False, configurable=False)
        i = array_index(key)
        if 0 <= i < len(s):
            return PropertyDescriptor(value=s[i], writable=False, enumerable=True, configurable=False)
        return None

    def get_own_property(self, key) -> PropertyDescriptor | None:
        return self._string_own(key) or JSObject.get_own_property(self, key)

    def get_exotic(self, key, receiver) -> Any:
        """[[Get]] without descriptors: [[StringData]] answers ``length`` and its indices, an
        other named key is an ordinary shape property or the prototype's (as for
        %String.prototype%, which every method call on a string primitive reads)."""
        if type(key) is str:
            s = self.value
            if key == "length":
                return float(len(s))
            if "0" <= key[:1] <= "9" and array_index(key) >= 0:
                i = int(key)
                return s[i] if i < len(s) else JSObject.get_exotic(self, key, receiver)
        shape = self.shape
        idx = shape.table.get(key)
        if idx is None:
            p = self.proto
            return None if p is None else p.get(key, receiver)
        if shape.flags[idx] & ACCESSOR:
            getter = self.slots[idx].get
            return None if getter is None else getter.call(receiver, [])
        return self.slots[idx]

    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        current = self._string_own(key)
        if current is None:
            return JSObject.define_own_property(self, key, desc)
        # IsCompatiblePropertyDescriptor against a non-writable, non-configurable data property.
        if desc.configurable is True or desc.is_accessor() or desc.writable is True:
            return False
        if desc.enumerable is not ABSENT and desc.enumerable != current.enumerable:
            return False
        return desc.value is ABSENT or same_value(desc.value, current.value)

    def has_own_fast(self, key) -> bool:
        return self._string_own(key) is not None or JSObject.has_own_fast(self, key)

    def delete(self, key) -> bool:
        if self._string_own(key) is not None:
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self) -> list:
        """10.4.3.3: the string's indices, then the ordinary keys with 'length' after indices."""
        keys = [str(i) for i in range(len(self.value))]
        rest = JSObject.own_property_keys(self)
        n = sum(1 for k in rest if array_index(k) >= 0)
        return keys + rest[:n] + ["length"] + rest[n:]


def string_create(value: str, proto: JSObject) -> StringObject:
    """StringCreate (10.4.3.4)."""
    return StringObject(proto, value)


def this_string_value(value: Any, method: str) -> str:
    """ThisStringValue (22.1.3.35.1)."""
    if type(value) is str:
        return value
    if isinstance(value, StringObject):
        return value.value
    throw_type_error(f"String.prototype.{method} requires that 'this' be a String")


def _this_str(this: Any, method: str) -> str:
    """RequireObjectCoercible(this value) then ToString."""
    if type(this) is str:
        return this
    require_object_coercible(this, f"String.prototype.{method}")
    return to_string(this)


# ---------------------------------------------------------------------------------------------
# Code points
# ---------------------------------------------------------------------------------------------

def code_point_at(s: str, pos: int) -> tuple[int, int]:
    """CodePointAt (11.1.4): (code point, code unit count)."""
    first = ord(s[pos])
    if 0xD800 <= first <= 0xDBFF and pos + 1 < len(s):
        second = ord(s[pos + 1])
        if 0xDC00 <= second <= 0xDFFF:
            return ((first - 0xD800) << 10) + (second - 0xDC00) + 0x10000, 2
    return first, 1


def utf16_encode_code_point(cp: int) -> str:
    """UTF16EncodeCodePoint (11.1.1)."""
    if cp < 0x10000:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def to_code_points(s: str) -> str:
    """A Python string of code points (surrogate pairs joined, lone surrogates kept)."""
    return to_code_point_str(s)


def from_code_points(s: str) -> str:
    """Back to UTF-16 code units (astral characters become surrogate pairs)."""
    if s.isascii() or max(s) <= "\uffff":
        return s
    return from_host_str(s)


_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def is_well_formed(s: str) -> bool:
    return s.isascii() or _LONE_SURROGATE.search(s) is None


# ---------------------------------------------------------------------------------------------
# Shared abstract operations
# ---------------------------------------------------------------------------------------------

def is_regexp(v: Any) -> bool:
    """IsRegExp (7.2.8)."""
    if not isinstance(v, JSObject):
        return False
    matcher = v.get(WellKnown.match, v)
    if matcher is not None:
        return to_boolean(matcher)
    return v.class_name == "RegExp"


def get_substitution(matched: str, string: str, position: int, captures: list, named_captures: Any,
                     template: str) -> str:
    """GetSubstitution (22.1.3.19.1). ``captures`` holds str or None (undefined)."""
    if "$" not in template:
        return template
    out = []
    i = 0
    n = len(template)
    m = len(captures)
    while i < n:
        c = template[i]
        nxt = template[i + 1] if i + 1 < n else ""
        if c != "$" or not nxt:
            out.append(c)
            i += 1
        elif nxt == "$":
            out.append("$")
            i += 2
        elif nxt == "`":
            out.append(string[:position])
            i += 2
        elif nxt == "&":
            out.append(matched)
            i += 2
        elif nxt == "'":
            out.append(string[min(position + len(matched), len(string)):])
            i += 2
        elif "0" <= nxt <= "9":
            two = template[i + 2] if i + 2 < n else ""
            digits = nxt + two if "0" <= two <= "9" else nxt
            index = int(digits)
            if index > m and len(digits) == 2:
                digits = nxt
                index = int(digits)
            if 1 <= index <= m:
                cap = captures[index - 1]
                out.append("" if cap is None else cap)
            else:
                out.append("$" + digits)
            i += 1 + len(digits)
        elif nxt == "<":
            gt = template.find(">", i)
            if gt < 0 or named_captures is None:
                out.append("$<")
                i += 2
            else:
                cap = named_captures.get(template[i + 2:gt], named_captures)
                out.append("" if cap is None else to_string(cap))
                i = gt + 1
        else:
            out.append("$")
            i += 1
    return "".join(out)


def _regexp_create(realm, pattern: Any, flags: Any) -> JSObject:
    """RegExpCreate (22.2.3.1) through the %RegExp% constructor."""
    ctor = realm.intrinsics.get("%RegExp%")
    if ctor is None:
        throw_type_error("RegExp is not supported")
    return ctor.construct([pattern, flags], ctor)


def _split_string(s: str, sep: str, lim: int) -> list:
    if not sep:
        return list(s[:lim])
    if not s:
        return [s]
    return s.split(sep)[:lim]


def _clamp(v: Any, length: int, default: int) -> int:
    """A relative or absolute position argument clamped to [0, length]."""
    if v is None:
        return default
    n = to_integer_or_infinity(v)
    if n < 0:
        n = max(length + n, 0)
    return int(min(n, length))


def _position(v: Any, length: int) -> int:
    """ToIntegerOrInfinity of a position, clamped to [0, length]."""
    n = to_integer_or_infinity(v)
    return int(min(max(n, 0), length))


def check_string_length(n: int) -> None:
    """A string of ``n`` code units is about to be built: the engine's length limit, then the
    running context's memory limit."""
    if n > MAX_STRING_LENGTH:
        throw_range_error("Invalid string length")
    if n > STRING_COUNTED:
        charge(n)


def _not_regexp(v: Any, method: str) -> str:
    if is_regexp(v):
        throw_type_error(f"First argument to String.prototype.{method} must not be a regular expression")
    return to_string(v)


# ---------------------------------------------------------------------------------------------
# String.prototype methods (22.1.3)
# ---------------------------------------------------------------------------------------------

def string_at(this, args):
    s = _this_str(this, "at")
    k = to_integer_or_infinity(arg(args, 0))
    if k < 0:
        k += len(s)
    return s[int(k)] if 0 <= k < len(s) else None


def _char_position(args: list, s: str) -> int | float:
    """ToIntegerOrInfinity(pos) of charAt / charCodeAt; a Number in [0, len(s)) is just
    truncated (NaN fails the range test)."""
    p = args[0] if args else 0.0
    if type(p) is float and 0.0 <= p < len(s):
        return int(p)
    return to_integer_or_infinity(p)


def string_char_at(this, args):
    s = _this_str(this, "charAt")
    p = _char_position(args, s)
    return s[int(p)] if 0 <= p < len(s) else ""


def string_char_code_at(this, args):
    s = _this_str(this, "charCodeAt")
    p = _char_position(args, s)
    return float(ord(s[int(p)])) if 0 <= p < len(s) else NAN


def string_code_point_at(this, args):
    s = _this_str(this, "codePointAt")
    p = to_integer_or_infinity(arg(args, 0))
    if not 0 <= p < len(s):
        return None
    return float(code_point_at(s, int(p))[0])


def string_concat(this, args):
    s = _this_str(this, "concat")
    r = s + "".join(to_string(a) for a in args)
    check_string_length(len(r))
    return keep(r)


def string_ends_with(this, args):
    s = _this_str(this, "endsWith")
    search = _not_regexp(arg(args, 0), "endsWith")
    end = len(s) if arg(args, 1) is None else _position(args[1], len(s))
    start = end - len(search)
    return start >= 0 and s[start:end] == search


def string_includes(this, args):
    s = _this_str(this, "includes")
    search = _not_regexp(arg(args, 0), "includes")
    return s.find(search, _position(arg(args, 1), len(s))) >= 0


def string_index_of(this, args):
    s = _this_str(this, "indexOf")
    search = to_string(arg(args, 0))
    return float(s.find(search, _position(arg(args, 1), len(s))))


def string_is_well_formed(this, args):
    return is_well_formed(_this_str(this, "isWellFormed"))


def string_last_index_of(this, args):
    s = _this_str(this, "lastIndexOf")
    search = to_string(arg(args, 0))
    num = to_number(arg(args, 1))
    start = len(s) if num != num else _position(num, len(s))
    return float(s.rfind(search, 0, start + len(search)))


def _collation_key(s: str) -> tuple:
    """An approximation of the ICU root collation: punctuation, then digits, then letters
    ignoring accents and case; then accents; then lower case before upper case."""
    cp = unicodedata.normalize("NFD", to_code_points(s))
    base = "".join(c for c in cp if not unicodedata.combining(c)).casefold()
    primary = [(0 if not c.isalnum() else 1 if c.isdigit() else 2, c) for c in base]
    return primary, cp.casefold(), cp.swapcase()


def string_locale_compare(this, args):
    s = _this_str(this, "localeCompare")
    that = to_string(arg(args, 0))
    a, b = _collation_key(s), _collation_key(that)
    return -1.0 if a < b else (1.0 if a > b else 0.0)


def string_match(this, args):
    o = require_object_coercible(this, "String.prototype.match")
    regexp = arg(args, 0)
    if isinstance(regexp, JSObject):  # (22.1.3.13 step 2: only objects are asked for @@match)
        matcher = get_method(regexp, WellKnown.match)
        if matcher is not None:
            return call(matcher, regexp, [o])
    s = to_string(o)
    rx = _regexp_create(_realm(), regexp, None)
    return invoke(rx, WellKnown.match, [s])


def string_match_all(this, args):
    o = require_object_coercible(this, "String.prototype.matchAll")
    regexp = arg(args, 0)
    if isinstance(regexp, JSObject):
        if is_regexp(regexp):
            flags = regexp.get("flags", regexp)
            require_object_coercible(flags, "String.prototype.matchAll")
            if "g" not in to_string(flags):
                throw_type_error("String.prototype.matchAll called with a non-global RegExp argument")
        matcher = get_method(regexp, WellKnown.matchAll)
        if matcher is not None:
            return call(matcher, regexp, [o])
    s = to_string(o)
    rx = _regexp_create(_realm(), regexp, "g")
    return invoke(rx, WellKnown.matchAll, [s])


_NORMALIZATION_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def string_normalize(this, args):
    s = _this_str(this, "normalize")
    form = "NFC" if arg(args, 0) is None else to_string(args[0])
    if form not in _NORMALIZATION_FORMS:
        throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    if s.isascii():
        return s
    return from_code_points(unicodedata.normalize(form, to_code_points(s)))


def _pad(this, args, method: str, at_start: bool) -> str:
    """StringPad (22.1.3.17.2)."""
    s = _this_str(this, method)
    max_length = to_length(arg(args, 0))
    if max_length <= len(s):
        return s
    fill = " " if arg(args, 1) is None else to_string(args[1])
    if not fill:
        return s
    check_string_length(max_length)
    fill_len = max_length - len(s)
    filler = (fill * (fill_len // len(fill) + 1))[:fill_len]
    return keep(filler + s if at_start else s + filler)


def string_repeat(this, args):
    s = _this_str(this, "repeat")
    n = to_integer_or_infinity(arg(args, 0))
    if n < 0 or n == float("inf"):
        throw_range_error(f"Invalid count value: {to_string(float(n))}")
    if not s or n == 0:
        return ""
    check_string_length(len(s) * n)
    return keep(s * int(n))


def _replace(this, args, method: str, replace_all: bool) -> Any:
    """String.prototype.replace (22.1.3.19) and replaceAll (22.1.3.20)."""
    o = require_object_coercible(this, f"String.prototype.{method}")
    search_value, replace_value = arg(args, 0), arg(args, 1)
    if isinstance(search_value, JSObject):
        if replace_all and is_regexp(search_value):
            flags = search_value.get("flags", search_value)
            require_object_coercible(flags, f"String.prototype.{method}")
            if "g" not in to_string(flags):
                throw_type_error("String.prototype.replaceAll called with a non-global RegExp argument")
        replacer = get_method(search_value, WellKnown.replace)
        if replacer is not None:
            return call(replacer, search_value, [o, replace_value])
    s = to_string(o)
    search = to_string(search_value)
    functional = is_callable(replace_value)
    if not functional:
        replace_value = to_string(replace_value)
    n = len(search)
    advance = max(1, n)
    positions = []
    p = s.find(search)
    while p >= 0:
        positions.append(p)
        if not replace_all:
            break
        p = s.find(search, p + advance)
    if not positions:
        return s
    out = []
    end = 0
    for p in positions:
        out.append(s[end:p])
        if functional:
            out.append(to_string(call(replace_value, None, [search, float(p), s])))
        else:
            out.append(get_substitution(search, s, p, [], None, replace_value))
        end = p + n
    out.append(s[end:])
    r = "".join(out)
    check_string_length(len(r))
    return keep(r)


def string_search(this, args):
    o = require_object_coercible(this, "String.prototype.search")
    regexp = arg(args, 0)
    if isinstance(regexp, JSObject):
        searcher = get_method(regexp, WellKnown.search)
        if searcher is not None:
            return call(searcher, regexp, [o])
    s = to_string(o)
    rx = _regexp_create(_realm(), regexp, None)
    return invoke(rx, WellKnown.search, [s])


def string_slice(this, args):
    s = _this_str(this, "slice")
    n = len(s)
    start = _clamp(arg(args, 0), n, 0)
    end = _clamp(arg(args, 1), n, n)
    return s if start == 0 and end == n else counted(s[start:end]) if end - start > STRING_COUNTED \
        else s[start:end] if start < end else ""


def string_split(this, args):
    o = require_object_coercible(this, "String.prototype.split")
    separator, limit = arg(args, 0), arg(args, 1)
    if isinstance(separator, JSObject):
        splitter = get_method(separator, WellKnown.split)
        if splitter is not None:
            return call(splitter, separator, [o, limit])
    s = to_string(o)
    from ..conversions import to_uint32
    lim = 0xFFFFFFFF if limit is None else int(to_uint32(limit))
    r = to_string(separator)
    if lim == 0:
        return create_array_from_list([])
    if separator is None:
        return create_array_from_list([s])
    return create_array_from_list(_split_string(s, r, lim))


def string_starts_with(this, args):
    s = _this_str(this, "startsWith")
    search = _not_regexp(arg(args, 0), "startsWith")
    start = _position(arg(args, 1), len(s))
    return s.startswith(search, start)


def string_substring(this, args):
    s = _this_str(this, "substring")
    n = len(s)
    start = _position(arg(args, 0), n)
    end = n if arg(args, 1) is None else _position(args[1], n)
    start, end = min(start, end), max(start, end)
    return s if start == 0 and end == n else counted(s[start:end]) if end - start > STRING_COUNTED \
        else s[start:end]


def string_substr(this, args):
    """String.prototype.substr (B.2.2.1)."""
    s = _this_str(this, "substr")
    n = len(s)
    start = _clamp(arg(args, 0), n, 0)
    length = n if arg(args, 1) is None else to_integer_or_infinity(args[1])
    end = int(min(start + max(length, 0), n))
    return s if start == 0 and end == n else counted(s[start:end]) if end - start > STRING_COUNTED \
        else s[start:end] if start < end else ""


def _case_mapping(upper: bool, method: str):
    def fn(this, args):
        s = _this_str(this, method)
        if s.isascii():
            return s.upper() if upper else s.lower()
        cp = to_code_points(s)
        return from_code_points(cp.upper() if upper else cp.lower())
    return fn


def to_well_formed(s: str) -> str:
    """``s`` with each lone surrogate replaced by U+FFFD (also WebIDL's USVString conversion)."""
    return s if is_well_formed(s) else _LONE_SURROGATE.sub("\ufffd", s)


def string_to_well_formed(this, args):
    return to_well_formed(_this_str(this, "toWellFormed"))


def _trim(method: str, where: str):
    def fn(this, args):
        s = _this_str(this, method)
        if where == "start":
            return s.lstrip(WHITESPACE)
        if where == "end":
            return s.rstrip(WHITESPACE)
        return s.strip(WHITESPACE)
    return fn


def _html_method(name: str, tag: str, attribute: str):
    """CreateHTML (B.2.2.2.1) for the Annex B HTML methods."""
    def fn(this, args):
        s = _this_str(this, name)
        p1 = "<" + tag
        if attribute:
            v = to_string(arg(args, 0)).replace('"', "&quot;")
            p1 += f' {attribute}="{v}"'
        return f"{p1}>{s}</{tag}>"
    return fn


_HTML = (("anchor", "a", "name"), ("big", "big", ""), ("blink", "blink", ""), ("bold", "b", ""),
         ("fixed", "tt", ""), ("fontcolor", "font", "color"), ("fontsize", "font", "size"),
         ("italics", "i", ""), ("link", "a", "href"), ("small", "small", ""), ("strike", "strike", ""),
         ("sub", "sub", ""), ("sup", "sup", ""))


# ---------------------------------------------------------------------------------------------
# %StringIteratorPrototype% (22.1.5)
# ---------------------------------------------------------------------------------------------

class StringIterator(JSObject):
    """A String Iterator instance (22.1.5.3): the string and the next code unit position."""

    __slots__ = ("iterated", "position")
    class_name = "String Iterator"

    def __init__(self, proto: JSObject, s: str) -> None:
        super().__init__(proto)
        self.iterated = s
        self.position = 0


def string_iterator_next(this, args):
    if not isinstance(this, StringIterator):
        from ..access import describe_value
        throw_type_error(f"Method String Iterator.prototype.next called on incompatible receiver "
                         f"{describe_value(this)}")
    s = this.iterated
    if s is None:
        return create_iter_result(None, True)
    p = this.position
    if p >= len(s):
        this.iterated = None
        return create_iter_result(None, True)
    _, n = code_point_at(s, p)
    this.position = p + n
    return create_iter_result(s[p:p + n], False)


def string_iterator(this, args):
    s = _this_str(this, "[Symbol.iterator]")
    return StringIterator(_realm().intrinsics["%StringIteratorPrototype%"], s)


# ---------------------------------------------------------------------------------------------
# The String constructor and its static methods (22.1.1, 22.1.2)
# ---------------------------------------------------------------------------------------------

def string_from_char_code(this, args):
    if len(args) == 1 and type(args[0]) is float and 0 <= args[0] < 0x10000 and args[0] == int(args[0]):
        return chr(int(args[0]))
    return "".join(chr(to_uint16(a)) for a in args)


def string_from_code_point(this, args):
    """String.fromCodePoint (22.1.2.2)."""
    if len(args) > 8 and set(map(type, args)) == {float}:  # Numbers only: no step is observable
        s = _from_code_point_numbers(args)
        if s is not None:
            return s
    out = []
    append = out.append
    for a in args:
        n = a if type(a) is float else to_number(a)  # step 4.b: ToNumber(next)
        # step 4.c: a code point is an integral Number in 0 .. 0x10FFFF
        if not 0.0 <= n <= 1114111.0 or (c := int(n)) != n:
            throw_range_error(f"Invalid code point {to_string(n)}")
        append(chr(c) if c < 0x10000 else utf16_encode_code_point(c))  # step 4.e
    return "".join(out)


def _from_code_point_numbers(args: list[float]) -> str | None:
    """String.fromCodePoint's steps 4.b-4.e for Numbers in bulk: None unless every one is a code
    point (the step-by-step loop then throws the RangeError of the first that is not)."""
    try:
        cps = list(map(int, args))
    except (ValueError, OverflowError):  # NaN, an infinity
        return None
    if cps != args or min(cps) < 0 or max(cps) > 0x10FFFF:  # integral (-0 too), in range
        return None
    return from_host_str("".join(map(chr, cps)))  # astral ones as surrogate pairs (step 4.e)


def string_raw(this, args):
    cooked = to_object(arg(args, 0))
    literals = to_object(cooked.get("raw", cooked))
    count = length_of_array_like(literals)
    out = []
    for i in range(count):
        out.append(to_string(literals.get(str(i), literals)))
        if i + 1 < count and i + 1 < len(args):
            out.append(to_string(args[i + 1]))
    return "".join(out)


def symbol_descriptive_string(sym: JSSymbol) -> str:
    """SymbolDescriptiveString (20.4.3.3.1)."""
    return f"Symbol({sym.description or ''})"


def _string_value(args) -> str:
    if not args:
        return ""
    return to_string(args[0])


def _realm():
    return _realm_mod._current


def setup(realm) -> None:
    obj_proto = realm.intrinsics["%Object.prototype%"]
    proto = StringObject(obj_proto, "")

    def string_call(this, args):
        if args and type(args[0]) is JSSymbol:
            return symbol_descriptive_string(args[0])
        return _string_value(args)

    def string_construct(args, new_target):
        s = _string_value(args)
        return string_create(s, get_prototype_from_constructor(new_target, "%String.prototype%"))

    ctor = BuiltinFunction(realm, "String", 1, string_call, string_construct)
    ctor.define_data("prototype", proto, 0)
    proto.define_data("constructor", ctor, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%String%"] = ctor
    realm.intrinsics["%String.prototype%"] = proto
    WRAPPERS[str] = lambda r, v: StringObject(r.intrinsics["%String.prototype%"], v)

    define_method(ctor, realm, "fromCharCode", 1, string_from_char_code)
    define_method(ctor, realm, "fromCodePoint", 1, string_from_code_point)
    define_method(ctor, realm, "raw", 1, string_raw)

    methods = (
        ("at", 1, string_at), ("charAt", 1, string_char_at), ("charCodeAt", 1, string_char_code_at),
        ("codePointAt", 1, string_code_point_at), ("concat", 1, string_concat),
        ("endsWith", 1, string_ends_with), ("includes", 1, string_includes), ("indexOf", 1, string_index_of),
        ("isWellFormed", 0, string_is_well_formed), ("lastIndexOf", 1, string_last_index_of),
        ("localeCompare", 1, string_locale_compare), ("match", 1, string_match),
        ("matchAll", 1, string_match_all), ("normalize", 0, string_normalize),
        ("padEnd", 1, lambda this, args: _pad(this, args, "padEnd", False)),
        ("padStart", 1, lambda this, args: _pad(this, args, "padStart", True)),
        ("repeat", 1, string_repeat),
        ("replace", 2, lambda this, args: _replace(this, args, "replace", False)),
        ("replaceAll", 2, lambda this, args: _replace(this, args, "replaceAll", True)),
        ("search", 1, string_search), ("slice", 2, string_slice), ("split", 2, string_split),
        ("startsWith", 1, string_starts_with), ("substr", 2, string_substr), ("substring", 2, string_substring),
        ("toLocaleLowerCase", 0, _case_mapping(False, "toLocaleLowerCase")),
        ("toLocaleUpperCase", 0, _case_mapping(True, "toLocaleUpperCase")),
        ("toLowerCase", 0, _case_mapping(False, "toLowerCase")),
        ("toString", 0, lambda this, args: this_string_value(this, "toString")),
        ("toUpperCase", 0, _case_mapping(True, "toUpperCase")),
        ("toWellFormed", 0, string_to_well_formed), ("trim", 0, _trim("trim", "both")),
        ("valueOf", 0, lambda this, args: this_string_value(this, "valueOf")),
    )
    for name, length, fn in methods:
        define_method(proto, realm, name, length, fn)
    trim_start = define_method(proto, realm, "trimStart", 0, _trim("trimStart", "start"))
    trim_end = define_method(proto, realm, "trimEnd", 0, _trim("trimEnd", "end"))
    proto.define_data("trimLeft", trim_start, WRITABLE | CONFIGURABLE)
    proto.define_data("trimRight", trim_end, WRITABLE | CONFIGURABLE)
    for name, tag, attribute in _HTML:
        define_method(proto, realm, name, 1 if attribute else 0, _html_method(name, tag, attribute))
    define_method(proto, realm, WellKnown.iterator, 0, string_iterator)

    iter_proto = JSObject(realm.intrinsics.get("%IteratorPrototype%", obj_proto))
    define_method(iter_proto, realm, "next", 0, string_iterator_next)
    iter_proto.define_data(WellKnown.toStringTag, "String Iterator", CONFIGURABLE)
    realm.intrinsics["%StringIteratorPrototype%"] = iter_proto

    realm.global_object.define_data("String", ctor, WRITABLE | CONFIGURABLE)
