"""Objects that stand for a value of the other side (docs/EMBEDDING.md, "Proxies").

Python side: ``JSObjectProxy`` (a live view of a JS object: items are its properties),
``JSFunction`` (callable), ``JSPromise`` (awaitable). JS side: ``HostFunction`` (a built-in
function calling a Python callable) and ``HostObject`` (an opaque, property-less stand-in for
any other Python object). Neither JS-side object lets script code reach a Python attribute:
their only JS properties are a function's ``name`` and ``length``.
"""
from __future__ import annotations

import inspect
from typing import Any, Callable, Generator

from .engine.runtime.access import call, construct, delete_member, get_member, set_member
from .engine.runtime.conversions import to_property_key
from .engine.runtime.errors import JSThrow, make_error
from .engine.runtime.function import BuiltinFunction
from .engine.runtime.inspect_value import inspect as inspect_value
from .engine.runtime.objects import JSObject
from .engine.runtime.shapes import CONFIGURABLE, WRITABLE
from .engine.runtime.values import from_host_str
from . import convert
from .errors import JSError, ScriptTerminated

# Python exception classes and the JS error each becomes when a host function raises it
ERROR_KINDS: tuple[tuple[type, str], ...] = (
    (TypeError, "TypeError"), (ValueError, "RangeError"), (IndexError, "RangeError"),
    (KeyError, "ReferenceError"), (OverflowError, "RangeError"), (RecursionError, "RangeError"),
)
JS_ERROR_NAMES = ("Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError")


def js_error_from_python(exc: BaseException) -> JSObject:
    """The JS error a host function's exception becomes: ``JSError(name, message)`` as given,
    a mapped class (ERROR_KINDS) or Error, with the Python exception's text as message (never
    its traceback); the Python exception stays attached for the host (JSError.__cause__)."""
    if isinstance(exc, JSError):
        kind, message = exc.name or "Error", exc.message
    else:
        kind = next((k for cls, k in ERROR_KINDS if isinstance(exc, cls)), "Error")
        message = f"{type(exc).__name__}: {exc}" if kind == "Error" else str(exc)
    err = make_error(kind if kind in JS_ERROR_NAMES else "Error", from_host_str(message))
    if kind not in JS_ERROR_NAMES:
        err.define_data("name", from_host_str(kind), WRITABLE | CONFIGURABLE)
    err.host_exception = exc  # a Python attribute: not a JS property
    return err


def rethrow_in_js(ctx: Any, exc: BaseException) -> None:
    """Raise, inside the engine, what a host function's exception means there."""
    if isinstance(exc, JSError) and getattr(exc, "context", None) is ctx:
        raise JSThrow(exc.js_value)  # a JS error that passed through the host: the same value
    if isinstance(exc, ScriptTerminated):
        raise exc.engine_exception  # a limit hit by a nested call ends the whole run
    raise JSThrow(js_error_from_python(exc))


def arity(fn: Callable[..., Any]) -> tuple[int, int | None]:
    """(required positional parameters, most positional parameters or None for *args)."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):  # some built-ins have no signature
        return 0, None
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return sum(p.default is p.empty for p in positional), None
    return sum(p.default is p.empty for p in positional), len(positional)


class HostFunction(BuiltinFunction):
    """A JS function that calls ``host_callable`` with its arguments converted to Python.
    As a JS function ignores extra arguments, those beyond the callable's positional
    parameters are dropped (``[1, 2].map(f)`` passes f only the element when f takes one);
    its ``length`` is the number of required positional parameters."""

    __slots__ = ("host_callable",)

    def __init__(self, ctx: Any, fn: Callable[..., Any], name: str | None = None) -> None:
        required, most = arity(fn)

        def run(this: Any, args: list) -> Any:
            py_args = [convert.to_py(ctx, a) for a in (args if most is None else args[:most])]
            try:
                result = fn(*py_args)
            except Exception as exc:  # noqa: BLE001 - every host error becomes a JS one
                rethrow_in_js(ctx, exc)
            return convert.to_js(ctx, result)
        label = name if name is not None else getattr(fn, "__name__", "")
        super().__init__(ctx.realm, from_host_str(label if label.isidentifier() else ""), required, run)
        self.host_callable = fn


class HostObject(JSObject):
    """An opaque stand-in for a Python object that does not convert: no properties, not
    extensible; it converts back to the same object."""

    __slots__ = ("host_value",)
    class_name = "PyObject"

    def __init__(self, realm: Any, value: Any) -> None:
        super().__init__(realm.intrinsics["%Object.prototype%"])
        self.host_value = value
        self.extensible = False


def _key(k: Any) -> Any:
    if isinstance(k, bool) or not isinstance(k, (str, int, convert.Symbol)):
        raise TypeError(f"a JS property key is a str, an int or a pyjs.Symbol, not {type(k).__name__}")
    if isinstance(k, int):
        return float(k)
    return k._sym if isinstance(k, convert.Symbol) else from_host_str(k)


class JSObjectProxy:
    """A live view of a JS object: ``p["key"]`` reads its property (converted), ``p["key"] =
    v`` writes it, ``del``, ``in``, ``keys()`` (own enumerable string keys); ``p.name`` reads
    a property too, binding a method to ``p``."""

    __slots__ = ("_ctx", "_js", "_this")

    def __init__(self, ctx: Any, obj: JSObject, this: Any = None) -> None:
        object.__setattr__(self, "_ctx", ctx)
        object.__setattr__(self, "_js", obj)
        object.__setattr__(self, "_this", this)

    def __getitem__(self, key: Any) -> Any:
        ctx, o, k = self._ctx, self._js, _key(key)
        return ctx._run(lambda: convert.to_py(ctx, get_member(o, k)))

    def __setitem__(self, key: Any, value: Any) -> None:
        ctx, o, k = self._ctx, self._js, _key(key)
        ctx._run(lambda: set_member(o, k, convert.to_js(ctx, value), True))

    def __delitem__(self, key: Any) -> None:
        ctx, o, k = self._ctx, self._js, _key(key)
        ctx._run(lambda: delete_member(o, k, True))

    def __contains__(self, key: Any) -> bool:
        ctx, o, k = self._ctx, self._js, _key(key)
        return ctx._run(lambda: o.has_property(to_property_key(k)))

    def keys(self) -> list[str]:
        """The object's own enumerable string-keyed property names (Object.keys)."""
        def own() -> list[str]:
            out = []
            for k in self._js.own_property_keys():
                if type(k) is str:
                    d = self._js.get_own_property(k)
                    if d is not None and d.enumerable:
                        out.append(convert.js_str(k))
            return out
        return self._ctx._run(own)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        ctx, o = self._ctx, self._js
        k = from_host_str(name)

        def read() -> Any:
            v = get_member(o, k)
            if isinstance(v, JSObject) and v.callable and not isinstance(v, HostFunction):
                return JSFunction(ctx, v, o)  # a method, bound to this object
            return convert.to_py(ctx, v)
        return ctx._run(read)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("set a JS property with proxy[name] = value")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JSObjectProxy) and other._js is self._js

    def __hash__(self) -> int:
        return id(self._js)

    def __repr__(self) -> str:
        ctx = self._ctx
        return f"<{type(self).__name__} {convert.js_str(ctx._run(lambda: inspect_value(self._js)))}>"


class JSFunction(JSObjectProxy):
    """A JS function: ``f(*args)`` calls it (``this`` is the object it was read from as an
    attribute, else undefined); ``f.new(*args)`` constructs."""

    __slots__ = ()

    def __call__(self, *args: Any) -> Any:
        ctx, f, this = self._ctx, self._js, self._this
        return ctx._run(lambda: convert.to_py(ctx, call(f, this, [convert.to_js(ctx, a) for a in args])))

    def new(self, *args: Any) -> Any:
        ctx, f = self._ctx, self._js
        return ctx._run(lambda: convert.to_py(ctx, construct(f, [convert.to_js(ctx, a) for a in args])))


class JSPromise(JSObjectProxy):
    """A JS promise: ``await p`` (in the asyncio loop) runs the context's jobs until it
    settles; its value comes back converted, a rejection as JSError."""

    __slots__ = ()

    @property
    def state(self) -> str:
        """"pending", "fulfilled" or "rejected"."""
        return self._js.state

    def __await__(self) -> Generator[Any, None, Any]:
        return self._ctx._settle(self._js).__await__()
