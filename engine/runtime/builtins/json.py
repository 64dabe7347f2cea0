"""The JSON object (ECMA-262 25.5): JSON.parse with a reviver and JSON.stringify.

JSON.parse parses with Python's C scanner for speed; when the text is not valid JSON a small
validator walks it again to raise the SyntaxError V8 would (same wording and position).
"""
from __future__ import annotations

import json as _pyjson
import re
from typing import Any, NoReturn

from ..access import (call, constructor_name, create_data_property, enumerable_own_properties, get_v, is_array,
                      is_callable, length_of_array_like, set_integrity_level)
from ..conversions import number_to_string, to_integer_or_infinity, to_number, to_string
from ..errors import throw_syntax_error, throw_type_error
from ..function import arg, define_method
from ..memory import CHUNK, SLOT_BYTES, charge, counted, keep
from ..objects import JSArray, JSObject, JSPrimitiveWrapper, same_value
from ..shapes import CONFIGURABLE, DEFAULT, WRITABLE
from ..values import JSNull, WellKnown
from .json_source import ParseRecord, create_parse_record
from .string import check_string_length, from_code_points

ORDER = 14


# ---------------------------------------------------------------------------------------------
# JSON.parse (25.5.1)
# ---------------------------------------------------------------------------------------------

class _Invalid(Exception):
    """Raised inside the Python decoder for the literals JSON does not have (NaN, Infinity)."""


def _reject_constant(name: str) -> Any:
    raise _Invalid(name)


def _build(realm) -> tuple:
    """Hooks turning the decoder's dicts and lists into JS objects and arrays."""
    obj_proto = realm.intrinsics["%Object.prototype%"]
    arr_proto = realm.intrinsics["%Array.prototype%"]

    def to_array(lst: list) -> JSArray:
        for i, x in enumerate(lst):
            if type(x) is list:
                lst[i] = to_array(x)
            elif x is None:
                lst[i] = JSNull
            elif type(x) is str and not x.isascii():
                lst[i] = from_code_points(x)
        return JSArray(arr_proto, lst)

    def to_object(pairs: list) -> JSObject:
        o = JSObject(obj_proto)
        for k, v in pairs:
            if type(v) is list:
                v = to_array(v)
            elif v is None:
                v = JSNull
            elif type(v) is str and not v.isascii():
                v = from_code_points(v)
            o.define_data(k if k.isascii() else from_code_points(k), v, DEFAULT)
        return o

    return to_array, to_object


def json_parse_text(realm, text: str) -> Any:
    """Parse ``text`` as JSON into JS values (25.5.1 steps 1-8)."""
    to_array, to_object = _build(realm)
    try:
        value = _pyjson.loads(text, parse_int=float, parse_constant=_reject_constant,
                              object_pairs_hook=to_object)
    except (ValueError, _Invalid, RecursionError):
        _JSONValidator(text).fail()
    if type(value) is list:
        return to_array(value)
    if type(value) is str and not value.isascii():
        return from_code_points(value)
    return JSNull if value is None else value


class _JSONValidator:
    """Finds the first error in invalid JSON text and throws V8's SyntaxError for it."""

    WS = " \t\n\r"

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def error(self, message: str) -> NoReturn:
        throw_syntax_error(message)

    def at_pos(self, message: str, pos: int | None = None) -> NoReturn:
        self.error(f"{message} in JSON at position {self.i if pos is None else pos}")

    def unexpected(self) -> NoReturn:
        s, i = self.s, self.i
        if i >= len(s):
            self.error("Unexpected end of JSON input")
        if s in ("NaN", "Infinity", "undefined", "[object Object]"):
            self.error(f'"{s}" is not valid JSON')
        if len(s) < 20:
            context = f'"{s}"'
        else:
            lo, hi = max(0, i - 10), min(len(s), i + 10)
            context = ("..." if lo > 0 else "") + f'"{s[lo:hi]}"' + ("..." if hi < len(s) else "")
        self.error(f"Unexpected token '{s[i]}', {context} is not valid JSON")

    def skip_ws(self) -> None:
        s, n = self.s, len(self.s)
        while self.i < n and s[self.i] in self.WS:
            self.i += 1

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def fail(self) -> NoReturn:
        self.skip_ws()
        self.value()
        self.skip_ws()
        if self.i < len(self.s):
            self.error(f"Unexpected non-whitespace character after JSON at position {self.i}")
        self.error("Unexpected end of JSON input")  # not reached for text the decoder rejected

    def value(self) -> None:
        c = self.peek()
        if c == "{":
            self.obj()
        elif c == "[":
            self.arr()
        elif c == '"':
            self.string()
        elif c == "-" or c.isdigit() and c.isascii():
            self.number()
        else:
            for word in ("true", "false", "null"):
                if self.s.startswith(word, self.i):
                    self.i += len(word)
                    return
            word = {"t": "true", "f": "false", "n": "null"}.get(c, "")
            for w in word:  # step over the part of a literal that matches, then report
                if self.peek() != w:
                    break
                self.i += 1
            self.unexpected()

    def obj(self) -> None:
        self.i += 1
        self.skip_ws()
        if self.peek() == "}":
            self.i += 1
            return
        first = True
        while True:
            if self.peek() != '"':
                if self.i >= len(self.s) and not first:
                    self.error("Unexpected end of JSON input")
                self.at_pos("Expected property name or '}'" if first else "Expected double-quoted property name")
            self.string()
            self.skip_ws()
            if self.peek() != ":":
                if self.i >= len(self.s):
                    self.error("Unexpected end of JSON input")
                if not first:  # V8 words a later missing ':' as an unexpected token
                    self.unexpected()
                self.at_pos("Expected ':' after property name")
            self.i += 1
            self.skip_ws()
            self.value()
            self.skip_ws()
            c = self.peek()
            if c == "}":
                self.i += 1
                return
            if c != ",":
                if not c:
                    self.error("Unexpected end of JSON input")
                self.at_pos("Expected ',' or '}' after property value")
            self.i += 1
            self.skip_ws()
            first = False

    def arr(self) -> None:
        self.i += 1
        self.skip_ws()
        if self.peek() == "]":
            self.i += 1
            return
        while True:
            self.value()
            self.skip_ws()
            c = self.peek()
            if c == "]":
                self.i += 1
                return
            if c != ",":
                self.at_pos("Expected ',' or ']' after array element")
            self.i += 1
            self.skip_ws()

    def string(self) -> None:
        s, n = self.s, len(self.s)
        self.i += 1
        while self.i < n:
            c = s[self.i]
            if c == '"':
                self.i += 1
                return
            if c < " ":
                self.at_pos("Bad control character in string literal")
            if c == "\\":
                self.i += 1
                e = s[self.i] if self.i < n else ""
                if e == "u":
                    hexd = s[self.i + 1:self.i + 5]
                    if len(hexd) < 4 or not all(h in "0123456789abcdefABCDEF" for h in hexd):
                        k = next((j for j, h in enumerate(hexd) if h not in "0123456789abcdefABCDEF"), len(hexd))
                        self.at_pos("Bad Unicode escape", self.i + 1 + k) if self.i + 1 + k < n else \
                            self.at_pos("Unterminated string", n)
                    self.i += 4
                elif e and e not in '"\\/bfnrt':
                    self.at_pos("Bad escaped character")
                elif not e:
                    self.at_pos("Unterminated string", n)
            self.i += 1
        self.at_pos("Unterminated string")

    def number(self) -> None:
        s, n = self.s, len(self.s)

        def digits() -> int:
            start = self.i
            while self.i < n and "0" <= s[self.i] <= "9":
                self.i += 1
            return self.i - start

        if self.peek() == "-":
            self.i += 1
            if not ("0" <= self.peek() <= "9") or not self.peek():
                self.at_pos("No number after minus sign")
        if self.peek() == "0":
            self.i += 1
            if "0" <= self.peek() <= "9" and self.peek():
                self.at_pos("Unexpected number")
        else:
            digits()
        if self.peek() == ".":
            self.i += 1
            if digits() == 0:
                self.at_pos("Unterminated fractional number")
        if self.peek() in ("e", "E") and self.peek():
            self.i += 1
            if self.peek() in ("+", "-") and self.peek():
                self.i += 1
            if digits() == 0:
                self.at_pos("Exponent part is missing a number")


def internalize_json_property(holder: JSObject, name: str, reviver: JSObject, record: ParseRecord | None) -> Any:
    """InternalizeJSONProperty (25.5.1.1), with the JSON Parse Record of the value parsed at
    this position (its source text goes to the reviver while the value is unchanged)."""
    val = holder.get(name, holder)
    from ..realm import current_realm
    context = JSObject(current_realm().intrinsics["%Object.prototype%"])
    if record is not None and same_value(record.value, val):
        if not isinstance(val, JSObject):
            create_data_property(context, "source", record.source)
        elements, entries = record.elements, record.entries
    else:
        elements, entries = [], {}
    if isinstance(val, JSObject):
        if is_array(val):
            for i in range(length_of_array_like(val)):
                _revive_member(val, str(i), reviver, elements[i] if i < len(elements) else None)
        else:
            for key in enumerable_own_properties(val, "key"):
                _revive_member(val, key, reviver, entries.get(key))
    return call(reviver, holder, [name, val, context])


def _revive_member(val: JSObject, key: str, reviver: JSObject, record: ParseRecord | None) -> None:
    new = internalize_json_property(val, key, reviver, record)
    if new is None:
        val.delete(key)
    else:
        create_data_property(val, key, new)


def json_parse(this, args):
    from ..realm import current_realm
    realm = current_realm()
    text = to_string(arg(args, 0))
    unfiltered = json_parse_text(realm, text)
    reviver = arg(args, 1)
    if is_callable(reviver):
        root = JSObject(realm.intrinsics["%Object.prototype%"])
        create_data_property(root, "", unfiltered)
        return internalize_json_property(root, "", reviver, create_parse_record(text, unfiltered))
    return unfiltered


class RawJSON(JSObject):
    """An object with an [[IsRawJSON]] internal slot (JSON.rawJSON)."""

    __slots__ = ()


def json_raw_json(this, args):
    """JSON.rawJSON ( text ): a frozen null-prototype object whose "rawJSON" JSON.stringify
    emits verbatim; the text must be a JSON primitive without surrounding whitespace."""
    from ..realm import current_realm
    s = to_string(arg(args, 0))
    if not s or s[0] in "\t\n\r " or s[-1] in "\t\n\r ":
        throw_syntax_error("Invalid value for JSON.rawJSON")
    value = json_parse_text(current_realm(), s)
    if isinstance(value, JSObject):
        throw_syntax_error("Invalid value for JSON.rawJSON")
    o = RawJSON(None)
    create_data_property(o, "rawJSON", s)
    set_integrity_level(o, "frozen")
    return o


# ---------------------------------------------------------------------------------------------
# JSON.stringify (25.5.2)
# ---------------------------------------------------------------------------------------------

_encode_basestring = _pyjson.encoder.encode_basestring  # escapes exactly QuoteJSONString's set
_LONE_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")


def quote_json_string(s: str) -> str:
    """QuoteJSONString (25.5.2.3), lone surrogates escaped as \\uXXXX."""
    q = _encode_basestring(s)
    if not s.isascii():
        q = _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", q)
    return q


class _State:
    __slots__ = ("replacer", "property_list", "gap", "indent", "stack", "path")

    def __init__(self, replacer: Any, property_list: list | None, gap: str) -> None:
        self.replacer = replacer
        self.property_list = property_list
        self.gap = gap
        self.indent = ""
        self.stack: list = []   # objects being serialized
        self.path: list = []    # the key under which each of them was reached


def _serialize_property(state: _State, key: str, holder: JSObject, value: Any) -> str | None:
    """SerializeJSONProperty (25.5.2.2); ``value`` is Get(holder, key), read by the caller."""
    if isinstance(value, JSObject) or type(value) is int:
        to_json = get_v(value, "toJSON")
        if is_callable(to_json):
            value = to_json.call(value, [key])
    if state.replacer is not None:
        value = call(state.replacer, holder, [key, value])
    t = type(value)
    if t is str:
        return quote_json_string(value)
    if t is float:
        return number_to_string(value) if value - value == 0 else "null"
    if isinstance(value, JSObject):
        if isinstance(value, RawJSON):
            return value.get("rawJSON", value)
        if isinstance(value, JSPrimitiveWrapper):
            inner = value.value
            if type(inner) is float:
                value = to_number(value)
                return number_to_string(value) if value - value == 0 else "null"
            if type(inner) is str:
                return quote_json_string(to_string(value))
            if type(inner) in (bool, int):
                value = inner
                t = type(value)
        if isinstance(value, JSObject):
            if value.callable:
                return None
            if is_array(value):
                return _serialize_array(state, value, key)
            return _serialize_object(state, value, key)
    if value is JSNull:
        return "null"
    if t is bool:
        return "true" if value else "false"
    if t is int:
        throw_type_error("Do not know how to serialize a BigInt")
    return None


def _enter(state: _State, value: JSObject, key: str) -> None:
    for o in state.stack:
        if o is value:
            _throw_circular(state, value, key)
    state.stack.append(value)
    state.path.append(key)


def _describe_key(o: JSObject, key: str) -> str:
    return f"index {key}" if isinstance(o, JSArray) else f"property '{key}'"


def _throw_circular(state: _State, value: JSObject, key: str) -> None:
    """V8's "Converting circular structure to JSON" message with the path of the cycle."""
    start = next(i for i, o in enumerate(state.stack) if o is value)
    lines = ["Converting circular structure to JSON",
             f"    --> starting at object with constructor '{constructor_name(value)}'"]
    for i in range(start + 1, len(state.stack)):
        parent = state.stack[i - 1]
        lines.append(f"    |     {_describe_key(parent, state.path[i])} -> object with constructor "
                     f"'{constructor_name(state.stack[i])}'")
    lines.append(f"    --- {_describe_key(state.stack[-1], key)} closes the circle")
    throw_type_error("\n".join(lines))


def _wrap(state: _State, open_: str, close: str, parts: list, stepback: str) -> str:
    if not parts:
        return open_ + close
    charged = len(parts) > 64
    if charged:  # a long text: the length limits (engine's, then the context's memory)
        check_string_length(sum(map(len, parts)) + len(parts) * (1 + len(state.indent)))
    if not state.gap:
        r = open_ + ",".join(parts) + close
    else:
        sep = ",\n" + state.indent
        r = f"{open_}\n{state.indent}{sep.join(parts)}\n{stepback}{close}"
    return keep(r) if charged else counted(r)


def _serialize_object(state: _State, value: JSObject, key: str) -> str:
    """SerializeJSONObject (25.5.2.5)."""
    _enter(state, value, key)
    stepback = state.indent
    state.indent += state.gap
    keys = state.property_list if state.property_list is not None else enumerable_own_properties(value, "key")
    colon = ": " if state.gap else ":"
    parts = []
    for k in keys:
        s = _serialize_property(state, k, value, value.get(k, value))
        if s is not None:
            parts.append(quote_json_string(k) + colon + s)
    result = _wrap(state, "{", "}", parts, stepback)
    state.stack.pop()
    state.path.pop()
    state.indent = stepback
    return result


def _serialize_array(state: _State, value: JSObject, key: str) -> str:
    """SerializeJSONArray (25.5.2.6)."""
    _enter(state, value, key)
    stepback = state.indent
    state.indent += state.gap
    n = length_of_array_like(value)
    if n >= CHUNK:
        charge(n * SLOT_BYTES)  # the list of parts
    parts = []
    for i in range(n):
        k = str(i)
        s = _serialize_property(state, k, value, value.get(k, value))
        parts.append("null" if s is None else s)
    result = _wrap(state, "[", "]", parts, stepback)
    state.stack.pop()
    state.path.pop()
    state.indent = stepback
    return result


def _property_list(replacer: JSObject) -> list:
    """The PropertyList of an array replacer (25.5.2.1 step 4.b)."""
    keys: list = []
    for i in range(length_of_array_like(replacer)):
        v = replacer.get(str(i), replacer)
        item = None
        if type(v) is str:
            item = v
        elif type(v) is float:
            item = number_to_string(v)
        elif isinstance(v, JSPrimitiveWrapper) and type(v.value) in (str, float):
            item = to_string(v)
        if item is not None and item not in keys:
            keys.append(item)
    return keys


def _gap(space: Any) -> str:
    if isinstance(space, JSPrimitiveWrapper):
        if type(space.value) is float:
            space = to_number(space)
        elif type(space.value) is str:
            space = to_string(space)
    if type(space) is float:
        return " " * int(min(10, max(0, to_integer_or_infinity(space))))
    if type(space) is str:
        return space[:10]
    return ""


def json_stringify(this, args):
    """JSON.stringify (25.5.2.1)."""
    from ..realm import current_realm
    value, replacer, space = arg(args, 0), arg(args, 1), arg(args, 2)
    replacer_fn = None
    property_list = None
    if isinstance(replacer, JSObject):
        if replacer.callable:
            replacer_fn = replacer
        elif is_array(replacer):
            property_list = _property_list(replacer)
    state = _State(replacer_fn, property_list, _gap(space))
    wrapper = JSObject(current_realm().intrinsics["%Object.prototype%"])
    create_data_property(wrapper, "", value)
    return _serialize_property(state, "", wrapper, value)


def setup(realm) -> None:
    j = JSObject(realm.intrinsics["%Object.prototype%"])
    define_method(j, realm, "parse", 2, json_parse)
    define_method(j, realm, "stringify", 3, json_stringify)
    define_method(j, realm, "rawJSON", 1, json_raw_json)
    define_method(j, realm, "isRawJSON", 1, lambda this, args: isinstance(arg(args, 0), RawJSON))
    j.define_data(WellKnown.toStringTag, "JSON", CONFIGURABLE)
    realm.intrinsics["%JSON%"] = j
    realm.intrinsics["%JSON.parse%"] = j.get("parse")
    realm.intrinsics["%JSON.stringify%"] = j.get("stringify")
    realm.global_object.define_data("JSON", j, WRITABLE | CONFIGURABLE)
