"""The Python packages behind some host APIs (pyproject.toml installs them): a missing one is
a JS TypeError naming it, not a Python ImportError."""
from __future__ import annotations

import importlib
from typing import Any

from ..errors import throw_type_error


def require(module: str, package: str, purpose: str) -> Any:
    """Import ``module`` (of the PyPI package ``package``) for ``purpose``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        throw_type_error(f"{purpose} needs the Python package {package} (pip install {package})")
