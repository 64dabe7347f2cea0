"""Built-in function objects (10.3) and helpers to define built-in properties.

A built-in's behaviour is a Python callable ``fn(this, args) -> value`` (``args`` is a list;
read missing arguments with ``arg(args, i)``). A constructor also has
``ctor(args, new_target) -> JSObject``. JS functions (engine/interp) implement the same
protocol: ``call(this, args)`` and ``construct(args, new_target)``.
"""
from __future__ import annotations

from typing import Any, Callable

from .objects import JSObject
from .shapes import CONFIGURABLE, WRITABLE

BuiltinCall = Callable[[Any, list], Any]
BuiltinConstruct = Callable[[list, JSObject], JSObject]


def arg(args: list, i: int) -> Any:
    """The i-th argument, or undefined."""
    return args[i] if i < len(args) else None


class BuiltinFunction(JSObject):
    """A built-in function object (10.3)."""

    __slots__ = ("fn", "ctor", "realm", "name")
    callable = True
    class_name = "Function"

    def __init__(self, realm: Any, name: str, length: int, fn: BuiltinCall,
                 ctor: BuiltinConstruct | None = None, proto: JSObject | None = None) -> None:
        super().__init__(realm.intrinsics["%Function.prototype%"] if proto is None else proto)
        self.fn = fn
        self.ctor = ctor
        self.realm = realm
        self.name = name
        self.define_data("length", float(length), CONFIGURABLE)
        self.define_data("name", name, CONFIGURABLE)

    @property
    def is_constructor(self) -> bool:
        return self.ctor is not None

    def call(self, this: Any, args: list) -> Any:
        return self.fn(this, args)

    def construct(self, args: list, new_target: JSObject) -> JSObject:
        return self.ctor(args, new_target)


def builtin(realm: Any, name: str, length: int, fn: BuiltinCall,
            ctor: BuiltinConstruct | None = None) -> BuiltinFunction:
    """CreateBuiltinFunction (10.3.4)."""
    return BuiltinFunction(realm, name, length, fn, ctor)


def define_method(obj: JSObject, realm: Any, key, length: int, fn: BuiltinCall) -> BuiltinFunction:
    """Define a method property (writable, configurable, not enumerable). A symbol key gets
    the name "[description]"."""
    name = key if type(key) is str else f"[{key.description}]"
    f = builtin(realm, name, length, fn)
    obj.define_data(key, f, WRITABLE | CONFIGURABLE)
    return f


def define_getter(obj: JSObject, realm: Any, key, fn: BuiltinCall, setter: BuiltinCall | None = None) -> None:
    """Define an accessor property with a built-in getter (and setter)."""
    name = key if type(key) is str else f"[{key.description}]"
    g = builtin(realm, f"get {name}", 0, fn)
    s = builtin(realm, f"set {name}", 1, setter) if setter is not None else None
    obj.define_accessor(key, g, s)
