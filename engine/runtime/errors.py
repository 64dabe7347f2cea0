"""Throwing JS errors from Python: ``JSThrow`` carries any JS value as a Python exception.

Runtime code raises with ``throw_type_error("...")`` etc.; the error object is created in the
current realm. ``stack_hook`` is set by the interpreter: it returns the ``stack`` text lines
("    at f (file.js:3:5)") of the running JS frames.
"""
from __future__ import annotations

from typing import Any, Callable, NoReturn

from .objects import JSObject
from .termination import ScriptTerminated  # noqa: F401 (re-exported)
from .shapes import CONFIGURABLE, WRITABLE


class JSThrow(Exception):
    """A JS exception in flight; ``value`` is the thrown JS value."""

    def __init__(self, value: Any) -> None:
        super().__init__(value)
        self.value = value

    def __str__(self) -> str:
        from .inspect_value import describe_thrown  # late: avoids an import cycle
        return describe_thrown(self.value)


class _LazyStack:
    """The not yet formatted ``stack`` of an error: its JS frames, captured at creation."""

    __slots__ = ("frames", "kind")

    def __init__(self, frames: list[str], kind: str) -> None:
        self.frames = frames
        self.kind = kind


class JSError(JSObject):
    """An object with an [[ErrorData]] internal slot (20.5).

    As in V8, the frames of ``stack`` are captured when the error is created but its header
    line ("Name: message") is formatted on first access, so a ``name`` assigned in a subclass
    constructor shows. Marked ``exotic`` only so that every access goes through
    get_own_property, which formats the pending stack."""

    __slots__ = ()
    class_name = "Error"
    exotic = True

    def get_own_property(self, key):
        if key == "stack":
            idx = self.shape.table.get("stack")
            if idx is not None and type(self.slots[idx]) is _LazyStack:
                self._format_stack(idx)
        return JSObject.get_own_property(self, key)

    def _format_stack(self, idx: int) -> None:
        lazy = self.slots[idx]
        self.slots[idx] = ""  # a getter reached below that reads `stack` sees ""
        try:
            head = _error_header(self, lazy.kind)
        except JSThrow:
            head = lazy.kind
        if self.shape.table.get("stack") == idx:
            self.slots[idx] = "\n".join([head] + lazy.frames)


def _error_header(err: JSObject, kind: str) -> str:
    """The first line of a stack: Error.prototype.toString's result, as V8 formats it."""
    from .conversions import to_string
    name = err.get("name", err)
    name = kind if name is None else to_string(name)
    msg = err.get("message", err)
    msg = "" if msg is None else to_string(msg)
    if not name:
        return msg
    return f"{name}: {msg}" if msg else name


def _no_stack() -> list[str]:
    return []


stack_hook: Callable[[], list[str]] = _no_stack


def make_error(kind: str, message: str, realm: Any = None) -> JSError:
    """A new error of constructor ``kind`` ('TypeError', ...) with ``message`` and ``stack``."""
    from .realm import current_realm
    realm = realm or current_realm()
    proto = realm.intrinsics.get(f"%{kind}.prototype%") or realm.intrinsics["%Error.prototype%"]
    err = JSError(proto)
    install_stack(err, kind, message)
    err.define_data("message", message, WRITABLE | CONFIGURABLE)
    return err


def install_stack(err: JSObject, kind: str, message: str) -> None:
    """Give ``err`` a ``stack`` own property: "Kind: message" plus the JS frames. On a JSError
    the header is formatted from its ``name`` and ``message`` when ``stack`` is first read."""
    if isinstance(err, JSError):
        err.define_data("stack", _LazyStack(stack_hook(), kind), WRITABLE | CONFIGURABLE)
        return
    head = f"{kind}: {message}" if message else kind
    err.define_data("stack", "\n".join([head] + stack_hook()), WRITABLE | CONFIGURABLE)


def throw_error(kind: str, message: str) -> NoReturn:
    raise JSThrow(make_error(kind, message))


def throw_type_error(message: str) -> NoReturn:
    raise JSThrow(make_error("TypeError", message))


def throw_range_error(message: str) -> NoReturn:
    raise JSThrow(make_error("RangeError", message))


def throw_reference_error(message: str) -> NoReturn:
    raise JSThrow(make_error("ReferenceError", message))


def throw_syntax_error(message: str) -> NoReturn:
    raise JSThrow(make_error("SyntaxError", message))


