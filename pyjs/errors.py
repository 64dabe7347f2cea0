"""The exceptions of the embedding API (docs/EMBEDDING.md, "Errors")."""
from __future__ import annotations

from typing import Any

from .engine.api import ConcurrentUseError


class JSError(Exception):
    """A JS exception that reached the host, or one a host function raises to throw in JS.

    ``name`` and ``message`` are the error's (``name`` is None when a non-error value was
    thrown, ``message`` then being its String()), ``stack`` the JS stack text ("Name: message"
    then one "    at ..." line per JS frame), ``value`` the thrown value converted to Python
    (a JSObjectProxy for an error object). Raised in a host function, ``JSError("TypeError",
    "msg")`` throws a new JS TypeError with that message."""

    def __init__(self, name: str | None, message: str = "", stack: str = "", value: Any = None) -> None:
        super().__init__(f"{name}: {message}" if name and message else (name or message))
        self.name = name
        self.message = message
        self.stack = stack
        self.value = value


class ScriptTerminated(Exception):
    """The host ended the script (a limit, or ``quit()`` when granted). It is not a JS
    exception: script code cannot catch it. The context stays usable."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class TimeLimitExceeded(ScriptTerminated):
    """The run took longer than the context's ``time_limit`` seconds."""


class MemoryLimitExceeded(ScriptTerminated):
    """The context would hold more than its ``memory_limit`` bytes (docs/EMBEDDING.md, "Limits")."""


__all__ = ["ConcurrentUseError", "JSError", "MemoryLimitExceeded", "ScriptTerminated", "TimeLimitExceeded"]
