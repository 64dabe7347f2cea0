"""Fixtures of the embedding API tests: a public pyjs.Context in the tier the suite runs."""
from __future__ import annotations

import pytest

import pyjs


@pytest.fixture
def engine_tier(tier: str) -> str:
    """The suite's tier (PYJS_TIER); the node reference run has no embedding API to test."""
    if tier == "node":
        pytest.skip("the embedding API is pyjs's")
    return tier


@pytest.fixture
def ctx(engine_tier: str) -> pyjs.Context:
    return pyjs.Context(tier=engine_tier)
