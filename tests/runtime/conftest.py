"""Fixtures for the runtime tests: a fresh current realm, and JS-callable helpers."""
from __future__ import annotations

import pytest

from pyjs.engine.runtime.realm import Realm, current_realm, set_current_realm


@pytest.fixture
def realm():
    prev = current_realm()
    r = Realm()
    set_current_realm(r)
    from pyjs.engine.runtime.promise import clear_jobs
    clear_jobs()
    yield r
    clear_jobs()
    if prev is not None:
        set_current_realm(prev)


@pytest.fixture
def fn(realm):
    """fn(py_callable, length=0): a JS function object calling ``py_callable(this, args)``."""
    from pyjs.engine.runtime.function import builtin

    def make(f, length=0, name="f"):
        return builtin(realm, name, length, f)
    return make
