"""Value conversion between Python and JS (docs/EMBEDDING.md, "Conversions").

| Python                                  | JS                                              |
|-----------------------------------------|-------------------------------------------------|
| None                                    | undefined                                       |
| ``pyjs.null``                           | null                                            |
| bool                                    | Boolean                                         |
| int, ``abs(n) <= 2**53``                | Number (an integral Number comes back as int)   |
| int beyond that, ``pyjs.BigInt``        | BigInt (comes back as ``pyjs.BigInt``)          |
| float                                   | Number (non-integral, NaN, inf, -0.0 as float)  |
| str (any code point)                    | String (lone surrogates kept both ways)         |
| list, tuple                             | Array (a copy; comes back as list)              |
| dict (str keys)                         | plain object (a copy; comes back as dict)       |
| bytes, bytearray, memoryview            | Uint8Array (a copy; comes back as bytes)        |
| datetime.datetime (naive = UTC)         | Date (comes back as an aware UTC datetime)      |
| callable                                | function calling it (comes back as itself)      |
| awaitable (coroutine, Future)           | Promise settled by it (under ``eval_async``)     |
| ``pyjs.Symbol``                         | Symbol                                          |
| ``JSObjectProxy`` of this context       | the object it stands for                        |
| anything else                           | an opaque object with no properties (comes back as itself) |

JS objects other than plain objects, arrays, Dates and Uint8Arrays come to Python as live
proxies (``JSObjectProxy``; functions as ``JSFunction``, promises as the awaitable
``JSPromise``). Copies keep shared and cyclic references.
"""
from __future__ import annotations

import datetime as _dt
import inspect
import math
from typing import Any

from .engine.runtime.access import create_array_from_list, create_data_property
from .engine.runtime.builtins.array_buffer import ELEMENT_TYPES
from .engine.runtime.builtins.date import DateObject
from .engine.runtime.builtins.typedarray import TypedArrayObject, _allocate_buffer
from .engine.runtime.errors import throw_type_error
from .engine.runtime.objects import JSArray, JSObject
from .engine.runtime.promise import JSPromise
from .engine.runtime.values import HOLE, JSNull, JSSymbol, from_host_str
from .proxies import HostFunction, HostObject, JSFunction, JSObjectProxy, JSPromise as JSPromiseProxy

MAX_SAFE = 2 ** 53
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


class _Null:
    """JS ``null`` in Python (``pyjs.null``): falsy, a singleton; None stands for undefined."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "pyjs.null"

    def __reduce__(self) -> str:
        return "null"


null = _Null()


class BigInt(int):
    """An int that converts to a JS BigInt whatever its size; JS BigInts come back as it."""

    def __repr__(self) -> str:
        return f"BigInt({int(self)})"


class Symbol:
    """A JS Symbol in Python (identity kept both ways); ``description`` is str or None."""

    __slots__ = ("_sym",)

    def __init__(self, description: str | None = None) -> None:
        self._sym = JSSymbol(None if description is None else from_host_str(description))

    @property
    def description(self) -> str | None:
        d = self._sym.description
        return None if d is None else js_str(d)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Symbol) and other._sym is self._sym

    def __hash__(self) -> int:
        return id(self._sym)

    def __repr__(self) -> str:
        return f"Symbol({self.description or ''})"


def js_str(s: str) -> str:
    """A JS string (UTF-16 code units) as a Python str (code points; a lone surrogate stays)."""
    if s.isascii():
        return s
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def is_plain_object(o: JSObject, realm: Any) -> bool:
    """An ordinary object whose prototype is %Object.prototype% or null (a copy is faithful)."""
    return type(o) is JSObject and (o.proto is None or o.proto is realm.intrinsics["%Object.prototype%"])


def to_py(ctx: Any, v: Any, memo: dict | None = None) -> Any:
    """A JS value as Python (run inside the context: a plain object's getters run)."""
    t = type(v)
    if t is str:
        return js_str(v)
    if t is float:
        if v.is_integer() and abs(v) <= MAX_SAFE and not (v == 0 and math.copysign(1.0, v) < 0):
            return int(v)
        return v
    if v is None or t is bool:
        return v
    if v is JSNull:
        return null
    if t is int:
        return BigInt(v)
    if t is JSSymbol:
        s = Symbol.__new__(Symbol)
        s._sym = v
        return s
    if memo is None:
        memo = {}
    elif id(v) in memo:
        return memo[id(v)]
    if t is JSArray and v.elements is not None and len(v.elements) == v.length:
        out: list = []
        memo[id(v)] = out
        out.extend(None if e is HOLE else to_py(ctx, e, memo) for e in v.elements)
        return out
    if t is JSObject and is_plain_object(v, ctx.realm):
        d: dict = {}
        memo[id(v)] = d
        for key in v.own_property_keys():
            if type(key) is str:
                desc = v.get_own_property(key)
                if desc is not None and desc.enumerable:
                    d[js_str(key)] = to_py(ctx, v.get(key, v), memo)
        return d
    if t is DateObject:
        tv = v.date_value
        if tv == tv and -62135596800000.0 <= tv <= 253402300799999.0:  # years 1..9999
            return _EPOCH + _dt.timedelta(milliseconds=tv)
    elif t is TypedArrayObject and v.etype.name == "Uint8":
        n = v.length_or_none()
        if n is not None:
            return bytes(v.buffer.data[v.byte_offset:v.byte_offset + n])
    elif t is HostObject:
        return v.host_value
    elif t is HostFunction:
        return v.host_callable
    elif t is JSPromise:
        v.is_handled = True  # the host holds it now (and reports its rejection when it awaits it)
        return JSPromiseProxy(ctx, v)
    if v.callable:
        return JSFunction(ctx, v)
    return JSObjectProxy(ctx, v)


def to_js(ctx: Any, v: Any, memo: dict | None = None) -> Any:
    """A Python value as JS (run inside the context: objects are made in its realm)."""
    t = type(v)
    if t is str:
        return from_host_str(v)
    if t is float or v is None or t is bool:
        return v
    if t is int:
        return float(v) if -MAX_SAFE <= v <= MAX_SAFE else v
    if v is null:
        return JSNull
    if t is BigInt:
        return int(v)
    if isinstance(v, JSObjectProxy):
        if v._ctx is not ctx:
            throw_type_error("a JS object of another pyjs Context cannot be passed to this one")
        return v._js
    if t is Symbol:
        return v._sym
    realm = ctx.realm
    if memo is None:
        memo = {}
    elif id(v) in memo:
        return memo[id(v)]
    if t is list or t is tuple:
        arr = create_array_from_list([])
        memo[id(v)] = arr
        arr.elements.extend(to_js(ctx, e, memo) for e in v)
        arr.length = len(arr.elements)
        return arr
    if t is dict:
        o = JSObject(realm.intrinsics["%Object.prototype%"])
        memo[id(v)] = o
        for key, value in v.items():
            if type(key) is not str:
                throw_type_error(f"a dict key converted to a JS property must be a str, not {type(key).__name__}")
            create_data_property(o, from_host_str(key), to_js(ctx, value, memo))  # no setter runs
        return o
    if t is bytes or t is bytearray or t is memoryview:
        data = bytes(v)
        ta = _allocate_buffer(realm.intrinsics["%Uint8Array.prototype%"], ELEMENT_TYPES["Uint8"], len(data))
        ta.buffer.data[:] = data
        return ta
    if t is _dt.datetime:
        aware = v if v.tzinfo is not None else v.replace(tzinfo=_dt.timezone.utc)
        ms = (aware - _EPOCH) // _dt.timedelta(microseconds=1) / 1000.0
        return DateObject(realm.intrinsics["%Date.prototype%"], float(math.floor(ms)))
    if isinstance(v, (int, float, str)):  # subclasses (IntEnum...): their plain value
        return to_js(ctx, int(v) if isinstance(v, int) else float(v) if isinstance(v, float) else str(v), memo)
    if inspect.isawaitable(v):
        return ctx._promise_from_awaitable(v)
    if callable(v):
        return HostFunction(ctx, v)
    return HostObject(realm, v)
