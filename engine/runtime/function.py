"""Built-in function objects (10.3) and helpers to define built-in properties.

A built-in's behaviour is a Python callable ``fn(this, args) -> value`` (``args`` is a list;
read missing arguments with ``arg(args, i)``). A constructor also has
``ctor(args, new_target) -> JSObject``. JS functions (engine/interp) implement the same
protocol: ``call(this, args)`` and ``construct(args, new_target)``.
"""
from __future__ import annotations

from typing import Any, Callable

from . import realm as _realm_mod
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
        """[[Call]] (10.3.1): runs in the function's realm."""
        if self.realm is _realm_mod._current:
            return self.fn(this, args)
        return _realm_mod.call_in_realm(self.realm, self.fn, this, args)

    def construct(self, args: list, new_target: JSObject) -> JSObject:
        """[[Construct]] (10.3.2): runs in the function's realm."""
        if self.realm is _realm_mod._current:
            return self.ctor(args, new_target)
        return _realm_mod.call_in_realm(self.realm, self.ctor, args, new_target)


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


def make_constructor(realm: Any, name: str, length: int, fn: BuiltinCall, ctor: BuiltinConstruct | None,
                     prototype: JSObject | None, parent: JSObject | None = None,
                     global_binding: bool = True) -> BuiltinFunction:
    """A built-in constructor ``name`` with its ``prototype`` (non-writable, non-enumerable,
    non-configurable) and ``prototype.constructor``; registers the intrinsics "%name%" and
    "%name.prototype%" and, with ``global_binding``, the global property."""
    c = BuiltinFunction(realm, name, length, fn, ctor, proto=parent)
    realm.intrinsics[f"%{name}%"] = c
    if prototype is not None:
        c.define_data("prototype", prototype, 0)
        prototype.define_data("constructor", c, WRITABLE | CONFIGURABLE)
        realm.intrinsics[f"%{name}.prototype%"] = prototype
    if global_binding:
        realm.global_object.define_data(name, c, WRITABLE | CONFIGURABLE)
    return c


class BoundFunction(JSObject):
    """A bound function exotic object (10.4.1)."""

    __slots__ = ("bound_target", "bound_this", "bound_args")
    exotic = False  # ordinary property semantics; only [[Call]]/[[Construct]] differ
    callable = True
    class_name = "Function"

    def __init__(self, target: JSObject, bound_this: Any, bound_args: list) -> None:
        super().__init__(target.get_prototype_of())
        self.bound_target = target
        self.bound_this = bound_this
        self.bound_args = bound_args

    @property
    def is_constructor(self) -> bool:
        return bool(self.bound_target.is_constructor)

    def call(self, this: Any, args: list) -> Any:
        """[[Call]] (10.4.1.1)."""
        return self.bound_target.call(self.bound_this, self.bound_args + args)

    def construct(self, args: list, new_target: JSObject) -> JSObject:
        """[[Construct]] (10.4.1.2)."""
        target = self.bound_target
        if new_target is self:
            new_target = target
        return target.construct(self.bound_args + args, new_target)
