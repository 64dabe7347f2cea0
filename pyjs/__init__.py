"""pyjs: a JavaScript engine written in Python.

The public embedding API lives here (``pyjs.Context``...). The engine's internals are the
subpackages ``pyjs.engine``, ``pyjs.tiers`` and ``pyjs.tools``: an installed wheel holds them
inside this package; in a source checkout they are the repository's top-level ``engine/``,
``tiers/`` and ``tools/`` directories, found through this package's ``__path__``.
"""
from __future__ import annotations

import os as _os

_here = _os.path.dirname(__file__)
if not _os.path.isdir(_os.path.join(_here, "engine")):
    # Source checkout (or editable install): the internals sit beside this directory.
    __path__.append(_os.path.dirname(_here))  # type: ignore[name-defined]  # noqa: F821

from .context import Context, Globals  # noqa: E402
from .convert import BigInt, Symbol, null  # noqa: E402
from .errors import (ConcurrentUseError, JSError, MemoryLimitExceeded, ScriptTerminated,  # noqa: E402
                     TimeLimitExceeded)
from .proxies import JSFunction, JSObjectProxy, JSPromise  # noqa: E402

__all__ = ["BigInt", "ConcurrentUseError", "Context", "Globals", "JSError", "JSFunction", "JSObjectProxy",
           "JSPromise", "MemoryLimitExceeded", "ScriptTerminated", "Symbol", "TimeLimitExceeded", "null"]
