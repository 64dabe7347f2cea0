"""The host-defined bindings of test262 (INTERPRETING.md, "Host-Defined Functions"):
``print`` and the ``$262`` object, installed on a ``engine.api.Context``'s global object.
"""
from __future__ import annotations

import gc
import time
from typing import Any, Callable

from pyjs.engine.runtime.function import arg, builtin
from pyjs.engine.runtime.objects import JSObject
from pyjs.engine.runtime.shapes import CONFIGURABLE, WRITABLE
from pyjs.engine.runtime.errors import throw_type_error
from pyjs.engine.runtime.values import JSNull, to_host_str


def _to_string(value: Any) -> str:
    from pyjs.engine.runtime.conversions import to_string  # late: written by the builtins work
    return to_string(value)


def _unsupported(what: str, why: str) -> Callable[[Any, list], Any]:
    def fn(this: Any, args: list) -> Any:
        throw_type_error(f"{what} is not supported by pyjs ({why})")
    return fn


def _detach_array_buffer(this: Any, args: list) -> Any:
    """DetachArrayBuffer (25.1.3.5), when the typed array module provides it."""
    try:
        from pyjs.engine.runtime.builtins import typedarray
    except ImportError:
        typedarray = None
    detach = getattr(typedarray, "detach_array_buffer", None)
    if detach is None:
        throw_type_error("$262.detachArrayBuffer is not supported by pyjs (no ArrayBuffer support)")
    detach(arg(args, 0), arg(args, 1))
    return None


def _is_html_dda(realm: Any) -> JSObject | None:
    """An object with [[IsHTMLDDA]], if the engine knows that slot (``is_htmldda``)."""
    if not hasattr(JSObject, "is_htmldda"):
        return None
    obj = builtin(realm, "IsHTMLDDA", 0, lambda this, args: JSNull)
    obj.is_htmldda = True
    return obj


def _method(realm: Any, obj: JSObject, name: str, length: int, fn: Callable) -> None:
    obj.define_data(name, builtin(realm, name, length, fn), WRITABLE | CONFIGURABLE)


def _make_agent(realm: Any) -> JSObject:
    agent = JSObject(realm.intrinsics["%Object.prototype%"])
    why = "no multi-agent support"
    for name, length in (("start", 1), ("broadcast", 2), ("getReport", 0)):
        _method(realm, agent, name, length, _unsupported(f"$262.agent.{name}", why))

    def sleep(this: Any, args: list) -> Any:
        from pyjs.engine.runtime.conversions import to_number
        time.sleep(max(0.0, to_number(arg(args, 0)) / 1000.0))
        return None

    _method(realm, agent, "sleep", 1, sleep)
    _method(realm, agent, "monotonicNow", 0, lambda this, args: time.monotonic() * 1000.0)
    return agent


def install_host(ctx: Any, printed: list[str], make_context: Callable[[], Any]) -> JSObject:
    """Define ``print`` and ``$262`` on ``ctx``'s global object; returns its ``$262``.

    ``printed`` collects what ``print`` is called with; ``make_context`` creates the Context
    behind ``$262.createRealm``.
    """
    realm = ctx.realm
    glob = ctx.global_object

    def print_(this: Any, args: list) -> Any:
        printed.append(to_host_str(_to_string(arg(args, 0))))
        return None

    def eval_script(this: Any, args: list) -> Any:
        return ctx.eval(to_host_str(_to_string(arg(args, 0))), "evalScript.js")

    def create_realm(this: Any, args: list) -> Any:
        other = make_context()
        return install_host(other, printed, make_context)

    def collect(this: Any, args: list) -> Any:
        gc.collect()
        return None

    host = JSObject(realm.intrinsics["%Object.prototype%"])
    _method(realm, host, "createRealm", 0, create_realm)
    _method(realm, host, "detachArrayBuffer", 1, _detach_array_buffer)
    _method(realm, host, "evalScript", 1, eval_script)
    _method(realm, host, "gc", 0, collect)
    host.define_data("global", glob, WRITABLE | CONFIGURABLE)
    host.define_data("agent", _make_agent(realm), WRITABLE | CONFIGURABLE)
    dda = _is_html_dda(realm)
    if dda is not None:
        host.define_data("IsHTMLDDA", dda, WRITABLE | CONFIGURABLE)
    glob.define_data("$262", host, WRITABLE | CONFIGURABLE)
    glob.define_data("print", builtin(realm, "print", 1, print_), WRITABLE | CONFIGURABLE)
    return host


def host_supports_html_dda() -> bool:
    return hasattr(JSObject, "is_htmldda")
