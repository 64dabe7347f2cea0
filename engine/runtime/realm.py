"""Realms (9.3): the intrinsics and the global object.

``Realm()`` creates %Object.prototype% and %Function.prototype%, then runs the ``setup(realm)``
of every module in engine/runtime/builtins in ascending ``ORDER``, then every function in
``SETUP_HOOKS`` (the interpreter registers its intrinsics, such as generator prototypes,
``eval`` and ``Function``, there). Intrinsics are kept by their spec names:
``realm.intrinsics["%Array.prototype%"]``.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import Any, Callable

from . import builtins as _builtins_pkg
from .objects import ImmutablePrototypeObject, JSObject

SETUP_HOOKS: list[Callable[["Realm"], None]] = []

_current: "Realm | None" = None


def current_realm() -> "Realm":
    """The realm of the running execution context."""
    return _current


def set_current_realm(realm: "Realm") -> "Realm | None":
    """Make ``realm`` current; returns the previous one."""
    global _current
    prev, _current = _current, realm
    return prev


def call_in_realm(realm: "Realm", fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)`` in an execution context of ``realm`` (9.4: the running execution
    context's Realm is the current realm); the previous realm is current again afterwards."""
    global _current
    prev, _current = _current, realm
    try:
        return fn(*args)
    finally:
        _current = prev


def _builtin_modules() -> list:
    mods = []
    for info in pkgutil.iter_modules(_builtins_pkg.__path__):
        mod = importlib.import_module(f"{_builtins_pkg.__name__}.{info.name}")
        if hasattr(mod, "setup"):
            mods.append(mod)
    return sorted(mods, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))


class Realm:
    """A realm record: intrinsics, the global object, the global lexical bindings."""

    module_files = True  # import / import() may read module files (the embedding API's default is off)

    def __init__(self) -> None:
        self.intrinsics: dict[str, Any] = {}
        object_prototype = ImmutablePrototypeObject(None)
        self.intrinsics["%Object.prototype%"] = object_prototype
        from .function import BuiltinFunction
        function_prototype = BuiltinFunction.__new__(BuiltinFunction)
        JSObject.__init__(function_prototype, object_prototype)
        function_prototype.fn = lambda this, args: None
        function_prototype.ctor = None
        function_prototype.realm = self
        function_prototype.name = ""
        self.intrinsics["%Function.prototype%"] = function_prototype
        self.global_object = JSObject(object_prototype)
        self.global_lexicals: dict[str, Any] = {}  # script-level let/const/class bindings
        self.object_prototype = object_prototype
        self.function_prototype = function_prototype
        prev = set_current_realm(self)
        try:
            for mod in _builtin_modules():
                mod.setup(self)
            for hook in SETUP_HOOKS:
                hook(self)
        finally:
            if prev is not None:
                set_current_realm(prev)
        self.array_prototype = self.intrinsics.get("%Array.prototype%")
