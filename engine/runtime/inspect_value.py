"""Rendering values as node v20's util.inspect does (for console.log and uncaught errors).

Defaults as node's console uses them: depth 2, breakLength 80, compact 3, maxArrayLength 100.
Inspection never runs JS code: properties are read through their descriptors (getters print as
[Getter]), proxies are shown through their target, and any internal failure falls back to a
short description instead of raising.

Built-in kinds are recognised by ``class_name`` plus these internal hooks on the object:
Map / Set: ``inspect_entries()`` -> [(key, value)] / [value]; typed arrays: ``inspect_values()``;
Date: ``date_value`` (ms, NaN if invalid); RegExp: ``original_source`` / ``original_flags``;
Promise: ``state`` / ``result``; JS functions: ``source_text``, ``is_async``, ``is_generator``.
"""
from __future__ import annotations

import datetime
import math
import re
import unicodedata
from typing import Any

from .objects import JSArray, JSObject, JSPrimitiveWrapper, array_index
from .values import JSNull, JSSymbol

DEPTH = 2
BREAK_LENGTH = 80
COMPACT = 3
MAX_ARRAY_LENGTH = 100
MAX_STRING_LENGTH = 10000
MIN_LINE_LENGTH = 16

_OBJECT, _ARRAY, _ARRAY_EXTRAS = 0, 1, 2  # node's kObjectType / kArrayType / kArrayExtrasType

_KEY_IDENT = re.compile(r"[a-zA-Z_][a-zA-Z_0-9]*\Z")
_LONE_SURROGATE = r"|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]"
_ESCAPE = re.compile(r"[\x00-\x1f'\\\x7f-\x9f]" + _LONE_SURROGATE)
_ESCAPE_NO_QUOTE = re.compile(r"[\x00-\x1f\\\x7f-\x9f]" + _LONE_SURROGATE)
_META = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x27: "\\'", 0x5C: "\\\\"}


def _escape_char(m: re.Match) -> str:
    c = ord(m.group())
    if c in _META:
        return _META[c]
    if c < 0xA0:
        return f"\\x{c:02X}"
    return f"\\u{c:x}"


def str_escape(s: str) -> str:
    """A string literal as node quotes it: ' unless the text has ' (then " or `)."""
    quote = "'"
    pattern = _ESCAPE
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif "`" not in s and "${" not in s:
            quote = "`"
        if quote != "'":
            pattern = _ESCAPE_NO_QUOTE
    return quote + pattern.sub(_escape_char, s) + quote


def format_number(x: float) -> str:
    """A Number as node prints it (-0 keeps its sign)."""
    if x == 0 and math.copysign(1.0, x) < 0:
        return "-0"
    from .conversions import number_to_string
    return number_to_string(x)


def _symbol_string(sym: JSSymbol) -> str:
    return f"Symbol({sym.description})" if sym.description is not None else "Symbol()"


def _string_width(s: str) -> int:
    """Columns a string takes on a terminal (wide East Asian characters count 2)."""
    if s.isascii():
        return len(s)
    w = 0
    for c in s:
        if unicodedata.combining(c) or 0xDC00 <= ord(c) <= 0xDFFF:
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


class _Ctx:
    __slots__ = ("seen", "circular", "indentation", "current_depth", "depth")

    def __init__(self, depth: int) -> None:
        self.seen: list = []
        self.circular: dict[int, int] = {}
        self.indentation = 0
        self.current_depth = 0
        self.depth = depth


# ---------------------------------------------------------------------------------------------
# Reading objects without running code
# ---------------------------------------------------------------------------------------------

def _own(o: JSObject, key) -> Any:
    """The descriptor of an own property, or None (never runs code)."""
    try:
        return o.get_own_property(key)
    except Exception:
        return None


def _data(o: JSObject | None, key, default: Any = None) -> Any:
    """The value of a data property found on o or its prototypes; getters are not run."""
    for _ in range(1000):
        if o is None:
            return default
        d = _own(o, key)
        if d is not None:
            return default if d.is_accessor() else d.value
        o = _proto(o)
    return default


def _proto(o: JSObject) -> JSObject | None:
    if _is_proxy(o):
        return None
    return o.proto


def _is_proxy(o: Any) -> bool:
    return hasattr(o, "proxy_handler")


def _keys(o: JSObject, non_index: bool = False) -> list:
    """Own enumerable string keys, then enumerable symbols (Object.keys + symbols)."""
    out = []
    for k in o.own_property_keys():
        if non_index and array_index(k) >= 0:
            continue
        d = _own(o, k)
        if d is not None and d.enumerable:
            out.append(k)
    return out


def _instance_of(o: JSObject, ctor: JSObject) -> bool:
    proto = _data(ctor, "prototype") if _own(ctor, "prototype") is not None else None
    if not isinstance(proto, JSObject):
        return False
    p = _proto(o)
    for _ in range(10000):
        if p is None:
            return False
        if p is proto:
            return True
        p = _proto(p)
    return False


def _constructor_name(o: JSObject) -> str | None:
    """node's getConstructorName: the first prototype whose own ``constructor`` is a named
    function that o is an instance of; None for a null-prototype object."""
    obj: JSObject | None = o
    first_proto = 0
    for _ in range(10000):
        if obj is None:
            break
        d = _own(obj, "constructor")
        if d is not None and not d.is_accessor():
            c = d.value
            if isinstance(c, JSObject) and c.callable:
                name = _function_name(c)
                if name and _instance_of(o, c):
                    return name
        obj = _proto(obj)
        if first_proto == 0:
            first_proto = obj
    if first_proto is None:
        return None
    return f"{o.class_name} <Complex prototype>"


def _function_name(f: JSObject) -> str:
    d = _own(f, "name")
    if d is None or d.is_accessor() or type(d.value) is not str:
        return ""
    return d.value


def _prefix(constructor: str | None, tag: str, fallback: str, size: str = "") -> str:
    """node's getPrefix."""
    if constructor is None:
        if tag and fallback != tag:
            return f"[{fallback}{size}: null prototype] [{tag}] "
        return f"[{fallback}{size}: null prototype] "
    if tag and constructor != tag:
        return f"{constructor}{size} [{tag}] "
    return f"{constructor}{size} "


def _class_of(o: JSObject) -> str:
    try:
        return o.class_name
    except Exception:
        return "Object"


# ---------------------------------------------------------------------------------------------
# formatValue / formatRaw
# ---------------------------------------------------------------------------------------------

def _format_primitive(ctx: _Ctx, v: Any) -> str:
    t = type(v)
    if t is str:
        trailer = ""
        if len(v) > MAX_STRING_LENGTH:
            rest = len(v) - MAX_STRING_LENGTH
            v = v[:MAX_STRING_LENGTH]
            trailer = f"... {rest} more character{'s' if rest > 1 else ''}"
        if len(v) > MIN_LINE_LENGTH and len(v) > BREAK_LENGTH - ctx.indentation - 4:
            lines = re.split(r"(?<=\n)", v)
            lines = [ln for ln in lines if ln] or [""]
            return f" +\n{' ' * (ctx.indentation + 2)}".join(str_escape(ln) for ln in lines) + trailer
        return str_escape(v) + trailer
    if t is float:
        return format_number(v)
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return f"{v}n"
    if v is None:
        return "undefined"
    if v is JSNull:
        return "null"
    if t is JSSymbol:
        return _symbol_string(v)
    return str(v)


def _format_value(ctx: _Ctx, v: Any, recurse: int) -> str:
    if not isinstance(v, JSObject):
        return _format_primitive(ctx, v)
    for _ in range(1000):
        if not _is_proxy(v):
            break
        if v.proxy_handler is None:
            return "<Revoked Proxy>"
        v = v.proxy_target
    if any(s is v for s in ctx.seen):
        index = ctx.circular.get(id(v))
        if index is None:
            index = len(ctx.circular) + 1
            ctx.circular[id(v)] = index
        return f"[Circular *{index}]"
    return _format_raw(ctx, v, recurse)


def _format_raw(ctx: _Ctx, v: JSObject, recurse: int) -> str:
    constructor = _constructor_name(v)
    tag = _data(v, _well_known("toStringTag"), "")
    if type(tag) is not str:
        tag = ""
    elif tag:
        own = _own(v, _well_known("toStringTag"))
        if own is not None and own.enumerable:
            tag = ""
    base = ""
    formatter = None
    braces = ["{", "}"]
    extras = _OBJECT
    cls = _class_of(v)
    keys: list

    if isinstance(v, JSArray):
        prefix = _prefix(constructor, tag, "Array", f"({v.length})") if (constructor != "Array" or tag) else ""
        keys = _keys(v, non_index=True)
        braces = [f"{prefix}[", "]"]
        if v.length == 0 and not keys:
            return f"{braces[0]}]"
        extras = _ARRAY_EXTRAS
        formatter = _format_array
    elif cls in ("Set", "Map") and _collection_entries(v) is not None:
        entries = _collection_entries(v)
        prefix = _prefix(constructor, tag, cls, f"({len(entries)})")
        keys = _keys(v)
        if not entries and not keys:
            return f"{prefix}{{}}"
        braces = [f"{prefix}{{", "}"]
        formatter = _format_set if cls == "Set" else _format_map
    elif _typed_array_values(v) is not None:
        values = _typed_array_values(v)
        keys = _keys(v, non_index=True)
        prefix = _prefix(constructor, tag, cls, f"({len(values)})")
        braces = [f"{prefix}[", "]"]
        if not values and not keys:
            return f"{braces[0]}]"
        formatter = _format_typed_array
        extras = _ARRAY_EXTRAS
    else:
        keys = _keys(v)
        if v.callable:
            base = _function_base(v, constructor, tag)
            if not keys:
                return base
        elif cls == "Arguments":  # node 20 lists its indices as properties
            braces[0] = "[Arguments] {"
            if not keys:
                return "[Arguments] {}"
        elif constructor == "Object" and not _is_special(v, cls):
            if tag:
                braces[0] = f"{_prefix(constructor, tag, 'Object')}{{"
            if not keys:
                return f"{braces[0]}}}"
        elif cls == "RegExp":
            base = _regexp_string(v)
            prefix = _prefix(constructor, tag, "RegExp")
            if prefix != "RegExp ":
                base = prefix + base
            if not keys or recurse > ctx.depth:
                return base
        elif cls == "Date":
            base = _date_string(v)
            prefix = _prefix(constructor, tag, "Date")
            if prefix != "Date ":
                base = prefix + base
            if not keys:
                return base
        elif _is_error(v):
            base = _format_error(ctx, v, constructor, tag, keys)
            if not keys:
                return base
        elif cls == "Promise" and hasattr(v, "state"):
            braces[0] = f"{_prefix(constructor, tag, 'Promise')}{{"
            formatter = _format_promise
        elif cls in ("WeakSet", "WeakMap", "WeakRef"):
            braces[0] = f"{_prefix(constructor, tag, cls)}{{"
            formatter = _format_weak
        elif cls == "ArrayBuffer" and hasattr(v, "max_byte_length"):
            braces[0] = f"{_prefix(constructor, tag, cls)}{{"
            formatter = _format_array_buffer
            keys.insert(0, "byteLength")
        elif cls == "DataView" and hasattr(v, "byte_offset"):
            braces[0] = f"{_prefix(constructor, tag, cls)}{{"
            keys[:0] = ["byteLength", "byteOffset", "buffer"]
        elif isinstance(v, JSPrimitiveWrapper):
            base = _boxed_base(ctx, v, keys, constructor, tag)
            if not keys:
                return base
        else:
            style = _ctx_style(v, constructor, tag)
            if not keys:
                return f"{style}{{}}"
            braces[0] = f"{style}{{"

    if recurse > ctx.depth:
        name = _ctx_style(v, constructor, tag)[:-1]
        return f"[{name}]" if constructor is not None else name
    recurse += 1
    ctx.seen.append(v)
    ctx.current_depth = recurse
    output = formatter(ctx, v, recurse) if formatter is not None else []
    for k in keys:
        output.append(_format_property(ctx, v, recurse, k, extras))
    index = ctx.circular.get(id(v))
    if index is not None:
        ref = f"<ref *{index}>"
        base = ref if not base else f"{ref} {base}"
    ctx.seen.pop()
    return _reduce_to_single_string(ctx, output, base, braces, extras, recurse, v)


def _ctx_style(v: JSObject, constructor: str | None, tag: str) -> str:
    fallback = ""
    if constructor is None:
        fallback = _class_of(v)
        if fallback == tag:
            fallback = "Object"
    return _prefix(constructor, tag, fallback)


def _well_known(name: str) -> JSSymbol:
    from .values import WellKnown
    return getattr(WellKnown, name)


def _is_special(v: JSObject, cls: str) -> bool:
    """Whether a value with constructor name 'Object' still needs a kind-specific rendering."""
    return (cls in ("RegExp", "Date", "Promise", "WeakSet", "WeakMap", "WeakRef") or _is_error(v)
            or isinstance(v, JSPrimitiveWrapper))


def _is_error(v: JSObject) -> bool:
    from .errors import JSError
    return isinstance(v, JSError)


# ---------------------------------------------------------------------------------------------
# Entries of the different kinds of objects
# ---------------------------------------------------------------------------------------------

def _format_property(ctx: _Ctx, v: JSObject, recurse: int, key, kind: int) -> str:
    d = _own(v, key)
    if d is None:  # an inherited accessor node lists (an ArrayBuffer's byteLength): its value
        ctx.indentation += 2
        s = _format_value(ctx, v.get(key, v), recurse)
        ctx.indentation -= 2
    elif not d.is_accessor():
        ctx.indentation += 2
        s = _format_value(ctx, d.value, recurse)
        ctx.indentation -= 2
    elif d.get is not None:
        s = "[Getter/Setter]" if d.set is not None else "[Getter]"
    elif d.set is not None:
        s = "[Setter]"
    else:
        s = "undefined"
    if kind == _ARRAY:
        return s
    if type(key) is JSSymbol:
        name = f"[{_ESCAPE.sub(_escape_char, _symbol_string(key))}]"
    elif key == "__proto__":
        name = "['__proto__']"
    elif d is not None and not d.enumerable:
        name = f"[{_ESCAPE.sub(_escape_char, key)}]"
    elif _KEY_IDENT.match(key):
        name = key
    else:
        name = str_escape(key)
    return f"{name}: {s}"


def _format_array(ctx: _Ctx, v: JSArray, recurse: int) -> list:
    length = v.length
    max_length = min(MAX_ARRAY_LENGTH, length)
    output: list = []
    for i in range(max_length):
        if _own(v, str(i)) is None:
            return _format_sparse_array(ctx, v, recurse, max_length, output, i, length)
        output.append(_format_property(ctx, v, recurse, str(i), _ARRAY))
    if length > max_length:
        output.append(_remaining(length - max_length))
    return output


def _format_sparse_array(ctx: _Ctx, v: JSObject, recurse: int, max_length: int, output: list,
                         index: int, length: int) -> list:
    indices = sorted(i for k in v.own_property_keys() if (i := array_index(k)) >= index)
    for i in indices:
        if len(output) >= max_length:
            break
        if i != index:
            n = i - index
            output.append(f"<{n} empty item{'s' if n > 1 else ''}>")
            index = i
            if len(output) == max_length:
                break
        output.append(_format_property(ctx, v, recurse, str(i), _ARRAY))
        index += 1
    remaining = length - index
    if len(output) != max_length:
        if remaining > 0:
            output.append(f"<{remaining} empty item{'s' if remaining > 1 else ''}>")
    elif remaining > 0:
        output.append(_remaining(remaining))
    return output


def _remaining(n: int) -> str:
    return f"... {n} more item{'s' if n > 1 else ''}"


def _collection_entries(v: JSObject) -> list | None:
    """The live entries of a Map ([(key, value), ...]) or Set ([value, ...]) through the
    object's ``inspect_entries()`` method, or None when v does not provide one."""
    reader = getattr(v, "inspect_entries", None)
    if reader is None:
        return None
    try:
        return list(reader())
    except Exception:
        return None


def _format_set(ctx: _Ctx, v: JSObject, recurse: int) -> list:
    entries = _collection_entries(v) or []
    ctx.indentation += 2
    output = [_format_value(ctx, e, recurse) for e in entries[:MAX_ARRAY_LENGTH]]
    ctx.indentation -= 2
    if len(entries) > MAX_ARRAY_LENGTH:
        output.append(_remaining(len(entries) - MAX_ARRAY_LENGTH))
    return output


def _format_map(ctx: _Ctx, v: JSObject, recurse: int) -> list:
    entries = _collection_entries(v) or []
    ctx.indentation += 2
    output = [f"{_format_value(ctx, k, recurse)} => {_format_value(ctx, val, recurse)}"
              for k, val in entries[:MAX_ARRAY_LENGTH]]
    ctx.indentation -= 2
    if len(entries) > MAX_ARRAY_LENGTH:
        output.append(_remaining(len(entries) - MAX_ARRAY_LENGTH))
    return output


def _typed_array_values(v: JSObject) -> list | None:
    """The element values of a typed array, or None when v is not one."""
    reader = getattr(v, "inspect_values", None)
    if reader is None:
        return None
    try:
        return list(reader())
    except Exception:
        return None


def _format_typed_array(ctx: _Ctx, v: JSObject, recurse: int) -> list:
    values = _typed_array_values(v) or []
    output = [_format_primitive(ctx, x) for x in values[:MAX_ARRAY_LENGTH]]
    if len(values) > MAX_ARRAY_LENGTH:
        output.append(_remaining(len(values) - MAX_ARRAY_LENGTH))
    return output


def _format_promise(ctx: _Ctx, v: JSObject, recurse: int) -> list:
    state = getattr(v, "state", "pending")
    if state == "pending":
        return ["<pending>"]
    ctx.indentation += 2
    s = _format_value(ctx, getattr(v, "result", None), recurse)
    ctx.indentation -= 2
    return [f"<rejected> {s}" if state == "rejected" else s]


def _format_array_buffer(ctx: _Ctx, v: JSObject, recurse: int) -> list:
    """node's formatArrayBuffer: the first bytes in hex."""
    data = v.data
    if data is None:
        return ["(detached)"]
    text = " ".join(f"{b:02x}" for b in data[:MAX_ARRAY_LENGTH])
    remaining = len(data) - MAX_ARRAY_LENGTH
    if remaining > 0:
        text += f" ... {remaining} more byte{'s' if remaining > 1 else ''}"
    return [f"[Uint8Contents]: <{text}>"]


def _format_weak(ctx: _Ctx, v: JSObject, recurse: int) -> list:
    return ["<items unknown>"]


def _boxed_base(ctx: _Ctx, v: JSPrimitiveWrapper, keys: list, constructor: str | None, tag: str) -> str:
    value = v.value
    kind = {float: "Number", str: "String", bool: "Boolean", int: "BigInt", JSSymbol: "Symbol"}.get(
        type(value), "Object")
    if kind == "String":
        del keys[:len(value)]
    base = f"[{kind}"
    if kind != constructor:
        base += " (null prototype)" if constructor is None else f" ({constructor})"
    base += f": {_format_primitive(_Ctx(0), value)}]"
    if tag and tag != constructor:
        base += f" [{tag}]"
    return base


def _function_base(f: JSObject, constructor: str | None, tag: str) -> str:
    src = getattr(f, "source_text", None)
    name = _function_name(f)
    if type(src) is str and src.startswith("class") and src.endswith("}"):
        base = f"class {name if _own(f, 'name') is not None and name else '(anonymous)'}"
        if constructor != "Function" and constructor is not None:
            base += f" [{constructor}]"
        if tag and constructor != tag:
            base += f" [{tag}]"
        if constructor is not None:
            parent = _proto(f)
            super_name = _function_name(parent) if isinstance(parent, JSObject) else ""
            if super_name:
                base += f" extends {super_name}"
        else:
            base += " extends [null prototype]"
        return f"[{base}]"
    kind = "Function"
    if _is_generator_function(f, src):
        kind = "Generator" + kind
    if _is_async_function(f, src):
        kind = "Async" + kind
    base = f"[{kind}"
    if constructor is None:
        base += " (null prototype)"
    base += " (anonymous)" if name == "" else f": {name}"
    base += "]"
    if constructor != kind and constructor is not None:
        base += f" {constructor}"
    if tag and constructor != tag:
        base += f" [{tag}]"
    return base


def _is_async_function(f: JSObject, src: Any) -> bool:
    flag = getattr(f, "is_async", None)
    if flag is not None:
        return bool(flag)
    return type(src) is str and re.match(r"async[\s(]", src) is not None


def _is_generator_function(f: JSObject, src: Any) -> bool:
    flag = getattr(f, "is_generator", None)
    if flag is not None:
        return bool(flag)
    return type(src) is str and re.match(r"(async\s+)?(function\s*\*|\*)", src) is not None


def _regexp_string(v: JSObject) -> str:
    source = getattr(v, "original_source", None)
    flags = getattr(v, "original_flags", None)
    if source is None:
        source = _data(v, "source", "(?:)")
        flags = _data(v, "flags", "")
    return f"/{source}/{flags or ''}"


def _date_string(v: JSObject) -> str:
    t = getattr(v, "date_value", math.nan)
    if type(t) is not float or t != t:
        return "Invalid Date"
    return date_to_iso_string(t)


def date_to_iso_string(t: float) -> str:
    """Date.prototype.toISOString's format of a valid time value (ms since the epoch)."""
    ms = int(t)
    epoch = datetime.datetime(1970, 1, 1)
    days, rem = divmod(ms, 86400000)
    try:
        d = epoch + datetime.timedelta(days=days)
        year, month, day = d.year, d.month, d.day
    except OverflowError:
        return "Invalid Date"
    hh, rem = divmod(rem, 3600000)
    mm, rem = divmod(rem, 60000)
    ss, mss = divmod(rem, 1000)
    y = f"{year:04d}" if 0 <= year <= 9999 else f"{'+' if year > 0 else '-'}{abs(year):06d}"
    return f"{y}-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{mss:03d}Z"


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------

def _error_stack_string(err: JSObject) -> str:
    stack = _data(err, "stack")
    if stack:
        return stack if type(stack) is str else _plain_string(stack)
    name = _data(err, "name", "Error")
    msg = _data(err, "message", "")
    name = "Error" if name is None else _plain_string(name)
    msg = "" if msg is None else _plain_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return f"{name}: {msg}"


def _plain_string(v: Any) -> str:
    if type(v) is str:
        return v
    if isinstance(v, JSObject):
        return _class_of(v)
    return _format_primitive(_Ctx(0), v) if type(v) is not float else format_number(v)


def _format_error(ctx: _Ctx, err: JSObject, constructor: str | None, tag: str, keys: list) -> str:
    name_v = _data(err, "name", "Error")
    name = "Error" if name_v is None or name_v is JSNull else _plain_string(name_v)
    stack = _error_stack_string(err)
    for k in ("name", "message", "stack"):
        if k in keys:
            val = _data(err, k)
            if type(val) is str and val in stack:
                keys.remove(k)
    if _has_property(err, "cause") and "cause" not in keys:
        keys.append("cause")
    errors = _data(err, "errors")
    if isinstance(errors, JSArray) and "errors" not in keys:
        keys.append("errors")
    stack = _improve_stack(stack, constructor, name, tag)
    message = _data(err, "message")
    pos = -1
    if type(message) is str and message:
        pos = stack.find(message)
        if pos != -1:
            pos += len(message)
    start = stack.find("\n    at", max(pos, 0)) if pos != -1 else stack.find("\n    at")
    if start == -1:
        stack = f"[{stack}]"
    if ctx.indentation:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation)
    return stack


def _has_property(o: JSObject, key) -> bool:
    p: JSObject | None = o
    for _ in range(10000):
        if p is None:
            return False
        if _own(p, key) is not None:
            return True
        p = _proto(p)
    return False


def _improve_stack(stack: str, constructor: str | None, name: str, tag: str) -> str:
    n = len(name)
    if constructor is None or (name.endswith("Error") and stack.startswith(name)
                               and (len(stack) == n or stack[n] in ":\n")):
        fallback = "Error"
        if constructor is None:
            m = re.match(r"([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)", stack) or \
                re.match(r"([a-z_A-Z0-9-]*Error)\Z", stack)
            fallback = (m and m.group(1)) or ""
            n = len(fallback)
            fallback = fallback or "Error"
        prefix = _prefix(constructor, tag, fallback)[:-1]
        if name != prefix:
            if name in prefix:
                stack = f"{prefix}: {stack}" if n == 0 else prefix + stack[n:]
            else:
                stack = f"{prefix} [{name}]{stack[n:]}"
    return stack


# ---------------------------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------------------------

def _group_array_elements(ctx: _Ctx, output: list, v: JSObject | None) -> list:
    """node's groupArrayElements: arrange many short entries in aligned columns."""
    total = 0
    max_len = 0
    out_len = len(output)
    if MAX_ARRAY_LENGTH < len(output):
        out_len -= 1
    sep_space = 2
    data_len = []
    for i in range(out_len):
        n = _string_width(output[i])
        data_len.append(n)
        total += n + sep_space
        max_len = max(max_len, n)
    actual_max = max_len + sep_space
    if actual_max * 3 + ctx.indentation < BREAK_LENGTH and (total / actual_max > 5 or max_len <= 6):
        average_bias = math.sqrt(actual_max - total / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(_js_round(math.sqrt(2.5 * biased_max * out_len) / biased_max),
                      (BREAK_LENGTH - ctx.indentation) // actual_max, COMPACT * 4, 15)
        if columns <= 1:
            return output
        max_line = []
        for i in range(columns):
            w = 0
            for j in range(i, len(output), columns):
                if j < out_len and data_len[j] > w:
                    w = data_len[j]
            max_line.append(w + sep_space)
        pad_start = v is not None and _all_numeric(v, len(output))
        tmp = []
        for i in range(0, out_len, columns):
            end = min(i + columns, out_len)
            parts = []
            for j in range(i, end - 1):
                cell = f"{output[j]}, "
                width = max_line[j - i] + len(output[j]) - data_len[j]
                parts.append(cell.rjust(width) if pad_start else cell.ljust(width))
            j = end - 1
            if pad_start:
                width = max_line[j - i] + len(output[j]) - data_len[j] - sep_space
                parts.append(output[j].rjust(width))
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        if MAX_ARRAY_LENGTH < len(output):
            tmp.append(output[out_len])
        output = tmp
    return output


def _js_round(x: float) -> int:
    return math.floor(x + 0.5)


def _all_numeric(v: JSObject, n: int) -> bool:
    """Whether v[0..n-1] are all numbers or bigints (holes and others are not)."""
    if _typed_array_values(v) is not None:
        return True
    for i in range(n):
        d = _own(v, str(i))
        if d is None or d.is_accessor() or type(d.value) not in (float, int) or type(d.value) is bool:
            return False
    return True


def _below_break_length(ctx: _Ctx, output: list, start: int, base: str) -> bool:
    total = len(output) + start
    if total + len(output) > BREAK_LENGTH:
        return False
    for s in output:
        total += len(s)
        if total > BREAK_LENGTH:
            return False
    return base == "" or "\n" not in base


def _reduce_to_single_string(ctx: _Ctx, output: list, base: str, braces: list, extras: int, recurse: int,
                             v: JSObject | None) -> str:
    entries = len(output)
    if extras == _ARRAY_EXTRAS and entries > 6:
        output = _group_array_elements(ctx, output, v)
    if ctx.current_depth - recurse < COMPACT and entries == len(output):
        start = len(output) + ctx.indentation + len(braces[0]) + len(base) + 10
        if _below_break_length(ctx, output, start, base):
            joined = ", ".join(output)
            if "\n" not in joined:
                return f"{base + ' ' if base else ''}{braces[0]} {joined} {braces[1]}"
    indentation = "\n" + " " * ctx.indentation
    return (f"{base + ' ' if base else ''}{braces[0]}{indentation}  "
            f"{(',' + indentation + '  ').join(output)}{indentation}{braces[1]}")


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------

def inspect(value: Any, depth: int = DEPTH) -> str:
    """util.inspect(value) as node v20 prints it. Never raises and never runs JS code."""
    try:
        return _format_value(_Ctx(depth), value, 0)
    except RecursionError:
        return "[Inspection interrupted prematurely. Maximum call stack size exceeded.]"
    except Exception as e:  # a bug here must not turn into a crash of the program being run
        return f"[{type(value).__name__}: inspection failed ({type(e).__name__})]"


def describe_thrown(value: Any) -> str:
    """The text after "Uncaught " for a thrown value: an error's stack (or "Name: message"),
    else inspect(value)."""
    try:
        if isinstance(value, JSObject) and _is_error(value):
            stack = _data(value, "stack")
            if type(stack) is str and stack:
                return stack
            return _error_stack_string(value)
    except Exception:
        pass
    return inspect(value)
