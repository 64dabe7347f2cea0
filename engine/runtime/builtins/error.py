"""Error objects (ECMA-262 20.5): Error, the NativeErrors and AggregateError.

Each constructor gives the new error a ``stack`` own property ("Name: message" plus the JS
frames, from errors.stack_hook) before ``message``, as V8 does.
"""
from __future__ import annotations

from typing import Any

from ..access import create_array_from_list, describe_value, ordinary_create_from_constructor
from ..conversions import to_string
from ..errors import JSError, install_stack, throw_type_error
from ..function import arg, define_method, make_constructor
from ..iteration import iterate_to_list
from ..objects import JSObject
from ..shapes import CONFIGURABLE, ENUMERABLE, WRITABLE

ORDER = 2

NATIVE_ERRORS = ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError")


def error_to_string(o: Any) -> str:
    """Error.prototype.toString (20.5.3.4)."""
    if not isinstance(o, JSObject):
        throw_type_error(f"Method Error.prototype.toString called on incompatible receiver {describe_value(o)}")
    name = o.get("name", o)
    name = "Error" if name is None else to_string(name)
    msg = o.get("message", o)
    msg = "" if msg is None else to_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return f"{name}: {msg}"


def _install_error_cause(o: JSObject, options: Any) -> None:
    """InstallErrorCause (20.5.8.1)."""
    if isinstance(options, JSObject) and options.has_property("cause"):
        o.define_data("cause", options.get("cause", options), WRITABLE | CONFIGURABLE)


def _create_error(new_target: JSObject, kind: str, message: Any, options: Any) -> JSError:
    """Steps shared by Error, NativeError and AggregateError: create, stack, message, cause."""
    o = ordinary_create_from_constructor(new_target, f"%{kind}.prototype%", JSError)
    msg = None if message is None else to_string(message)
    install_stack(o, kind, msg or "")
    if msg is not None:
        o.define_data("message", msg, WRITABLE | CONFIGURABLE)
    _install_error_cause(o, options)
    return o


def _make_error_constructor(realm: Any, kind: str, length: int, parent_ctor: JSObject | None,
                            parent_proto: JSObject, aggregate: bool = False) -> JSObject:
    proto = JSObject(parent_proto)

    def construct(args: list, new_target: JSObject) -> JSObject:
        if kind == "SuppressedError":  # SuppressedError (error, suppressed, message): no cause
            o = _create_error(new_target, kind, arg(args, 2), None)
            o.define_data("error", arg(args, 0), WRITABLE | CONFIGURABLE)
            o.define_data("suppressed", arg(args, 1), WRITABLE | CONFIGURABLE)
            return o
        if aggregate:
            o = _create_error(new_target, kind, arg(args, 1), arg(args, 2))
            errors = iterate_to_list(arg(args, 0))
            o.define_data("errors", create_array_from_list(errors), WRITABLE | CONFIGURABLE)
            return o
        return _create_error(new_target, kind, arg(args, 0), arg(args, 1))

    def call(this: Any, args: list) -> JSObject:
        return construct(args, ctor)

    ctor = make_constructor(realm, kind, length, call, construct, proto, parent=parent_ctor)
    proto.define_data("name", kind, WRITABLE | CONFIGURABLE)
    proto.define_data("message", "", WRITABLE | CONFIGURABLE)
    return ctor


def setup(realm: Any) -> None:
    error = _make_error_constructor(realm, "Error", 1, None, realm.intrinsics["%Object.prototype%"])
    error_proto = realm.intrinsics["%Error.prototype%"]
    define_method(error_proto, realm, "toString", 0, lambda this, args: error_to_string(this))

    def capture_stack_trace(this: Any, args: list) -> Any:
        o = arg(args, 0)
        if not isinstance(o, JSObject):
            throw_type_error("Invalid argument")
        head = error_to_string(o)
        name, _, msg = head.partition(": ")
        install_stack(o, name, msg)
        return None

    define_method(error, realm, "captureStackTrace", 2, capture_stack_trace)
    # Error.isError (proposal-is-error): true for objects with an [[ErrorData]] slot.
    define_method(error, realm, "isError", 1, lambda this, args: isinstance(arg(args, 0), JSError))
    error.define_data("stackTraceLimit", 10.0, WRITABLE | ENUMERABLE | CONFIGURABLE)
    for kind in NATIVE_ERRORS:
        _make_error_constructor(realm, kind, 1, error, error_proto)
    _make_error_constructor(realm, "AggregateError", 2, error, error_proto, aggregate=True)
    _make_error_constructor(realm, "SuppressedError", 3, error, error_proto)
