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

from .engine.api import Context  # noqa: E402

__all__ = ["Context"]
