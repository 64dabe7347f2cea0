"""Helpers for calling built-ins from Python (until the interpreter can run JS)."""
from __future__ import annotations

from typing import Any

import pyjs.engine.interp.setup  # noqa: F401  (a complete realm: %Function% and the generator intrinsics)
from pyjs.engine.runtime.objects import JSArray, JSObject
from pyjs.engine.runtime.realm import Realm, set_current_realm
from pyjs.engine.runtime.values import HOLE

_REALM: Realm | None = None


def realm() -> Realm:
    global _REALM
    if _REALM is None:
        _REALM = Realm()
    set_current_realm(_REALM)
    return _REALM


def get_path(path: str) -> Any:
    """A value reached from the global object by a dotted path ("Array.prototype.map")."""
    v: Any = realm().global_object
    for part in path.split("."):
        v = v.get(part, v)
    return v


def invoke(path: str, this: Any = None, *args: Any) -> Any:
    """Call the built-in at ``path`` with ``this`` and ``args``."""
    return get_path(path).call(this, list(args))


def arr(*values: Any) -> JSArray:
    return JSArray(realm().intrinsics["%Array.prototype%"], list(values))


def obj(**props: Any) -> JSObject:
    o = JSObject(realm().intrinsics["%Object.prototype%"])
    for k, v in props.items():
        o.set(k, v, o)
    return o


def elements(a: JSArray) -> list:
    """The array's values, HOLE included, padded to its length."""
    el = list(a.elements or [])
    return el + [HOLE] * (a.length - len(el))


def pyfn(f) -> Any:
    """A JS-callable built-in wrapping a Python function of the arguments."""
    from pyjs.engine.runtime.function import builtin
    return builtin(realm(), "f", 0, lambda this, args: f(*args))
