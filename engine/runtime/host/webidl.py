"""The ECMAScript binding of WebIDL (WebIDL 3) for the host interfaces: interface objects,
operations and attributes with the binding's property attributes, brand checks, and the
argument conversions (DOMString, USVString, boolean, dictionaries, BufferSource)."""
from __future__ import annotations

from typing import Any, Callable

from ..access import describe_value, get_prototype_from_constructor
from ..builtins.array_buffer import ArrayBufferObject
from ..builtins.string import to_well_formed
from ..conversions import to_boolean, to_string
from ..errors import throw_type_error
from ..function import BuiltinCall, builtin, make_constructor
from ..objects import JSObject
from ..shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from ..values import JSNull, WellKnown

Construct = Callable[[list, JSObject], JSObject]


def define_interface(realm: Any, name: str, length: int, construct: Construct | None,
                     parent_proto: JSObject | None = None) -> tuple[JSObject, JSObject]:
    """An interface object and its interface prototype object (WebIDL 3.7.1, 3.7.3): callable
    only with ``new``, a prototype whose @@toStringTag is the interface name, and the global
    property (writable, configurable, not enumerable). Returns (constructor, prototype)."""
    proto = JSObject(parent_proto or realm.intrinsics["%Object.prototype%"])

    def call(this: Any, args: list) -> Any:
        throw_type_error(f"Class constructor {name} cannot be invoked without 'new'")

    def illegal(args: list, new_target: JSObject) -> Any:
        throw_type_error("Illegal constructor")

    ctor = make_constructor(realm, name, length, call, construct or illegal, proto)
    proto.define_data(WellKnown.toStringTag, name, CONFIGURABLE)
    return ctor, proto


def operation(obj: JSObject, realm: Any, name: str, length: int, fn: BuiltinCall) -> JSObject:
    """A regular operation (WebIDL 3.7.6): writable, enumerable, configurable."""
    f = builtin(realm, name, length, fn)
    obj.define_data(name, f, WRITABLE | ENUMERABLE | CONFIGURABLE)
    return f


def attribute(obj: JSObject, realm: Any, name: str, getter: BuiltinCall, setter: BuiltinCall | None = None) -> None:
    """A regular attribute (WebIDL 3.7.7): an enumerable, configurable accessor."""
    g = builtin(realm, f"get {name}", 0, getter)
    s = builtin(realm, f"set {name}", 1, setter) if setter is not None else None
    obj.define_accessor(name, g, s, ENUMERABLE | CONFIGURABLE)


def constant(objs: tuple, name: str, value: float) -> None:
    """A constant (WebIDL 3.7.5) on the interface object and its prototype."""
    for o in objs:
        o.define_data(name, value, ENUMERABLE)


def new_instance(new_target: JSObject, interface: str, cls: type, *init: Any) -> Any:
    """An object of ``cls`` whose prototype comes from ``new_target`` (subclassing works)."""
    return cls(get_prototype_from_constructor(new_target, f"%{interface}.prototype%"), *init)


def this_of(this: Any, cls: type, interface: str) -> Any:
    """The brand check of an operation or attribute: ``this`` must implement ``interface``."""
    if not isinstance(this, cls):
        throw_type_error(f'Value of "this" must be of type {interface}')
    return this


def require_args(args: list, n: int, names: tuple) -> None:
    """An operation called with fewer than its required arguments throws a TypeError."""
    if len(args) < n:
        throw_type_error(f'The "{names[len(args)]}" argument must be specified')


def to_usv_string(v: Any) -> str:
    """USVString (WebIDL 3.2.12): ToString, then each lone surrogate becomes U+FFFD."""
    return to_well_formed(to_string(v))


def dictionary(v: Any, what: str = "options") -> JSObject | None:
    """The object a dictionary argument is read from; None for undefined and null."""
    if v is None or v is JSNull:
        return None
    if not isinstance(v, JSObject):
        throw_type_error(f'The "{what}" argument must be of type object. Received {describe_value(v)}')
    return v


def member_boolean(d: JSObject | None, key: str) -> bool:
    """A boolean dictionary member (default false)."""
    return False if d is None else to_boolean(d.get(key, d))


def buffer_source_bytes(v: Any, what: str) -> bytes:
    """The bytes of a BufferSource (an ArrayBuffer or an ArrayBuffer view); a detached
    buffer has none."""
    if isinstance(v, ArrayBufferObject):
        return bytes(v.data or b"")
    if getattr(v, "is_view", False):
        data = v.buffer.data
        if data is None:
            return b""
        start = v.byte_offset
        n = v.current_length() * v.etype.size if hasattr(v, "etype") else v.view_byte_length("read")
        return bytes(data[start:start + n])
    throw_type_error(f'The "{what}" argument must be an instance of ArrayBuffer or ArrayBufferView. '
                     f"Received {describe_value(v)}")
