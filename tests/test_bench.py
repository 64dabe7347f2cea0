"""The Octane-like benchmark suite: every program verifies itself in pyjs tier 0.

Select with ``pytest -m bench``.  The pyjs check runs the whole suite once
through the real runner (``python -m tools.bench --quick``, tiny sizes); node,
when present, cross-checks the programs themselves; the rest tests the
harness protocol and the reporting arithmetic.
"""
from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pyjs.tools.bench.engines import REPO_ROOT, Engine
from pyjs.tools.bench.harness import FAIL, OK, RunResult, driver_source, parse_output
from pyjs.tools.bench.report import geometric_mean, ratios
from pyjs.tools.bench.suite import BENCHMARKS

pytestmark = pytest.mark.bench

NAMES = [b.name for b in BENCHMARKS]


def run_quick(tmp_path_factory, *engine_args: str) -> dict:
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    proc = subprocess.run(
        [sys.executable, "-m", "pyjs.tools.bench", "--quick", "--no-peers", *engine_args,
         "--json", str(out)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    assert out.exists(), proc.stdout + proc.stderr
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def pyjs_quick(tmp_path_factory) -> dict:
    return run_quick(tmp_path_factory, "--tier", "interp")


@pytest.mark.parametrize("name", NAMES)
def test_verifies_in_pyjs_tier0(pyjs_quick, name):
    result = pyjs_quick["results"][name]["interp"]
    assert result["status"] == OK, result["error"]
    assert len(result["times_ms"]) == 1 and result["times_ms"][0] > 0


@pytest.mark.skipif(shutil.which("node") is None, reason="node not on PATH")
@pytest.mark.parametrize("name", NAMES)
def test_verifies_in_node(name):
    bench = next(b for b in BENCHMARKS if b.name == name)
    result = Engine("node", timeout=60).run(bench, bench.quick_size, 2, 1)
    assert result.status == OK, result.error
    assert len(result.times_ms) == 2


@pytest.mark.skipif(shutil.which("node") is None, reason="node not on PATH")
def test_wrong_answer_is_reported(tmp_path):
    """A program whose verification throws shows as a failure with its message."""
    bench = next(b for b in BENCHMARKS if b.name == "fannkuch")
    # fannkuch has no reference result for n = 2, so its check throws.
    result = Engine("node", timeout=60).run(bench, 2, 1, 0)
    assert result.status == FAIL
    assert "no reference result for n=2" in result.error


def test_sizes_and_sources():
    for bench in BENCHMARKS:
        source = bench.source()
        assert "function runIteration(size)" in source, bench.name
        assert 0 < bench.quick_size <= bench.size, bench.name
        assert len(source.splitlines()) >= 60, bench.name


def test_driver_is_appended():
    src = driver_source("function runIteration(n) {}", "demo", 3, 4)
    assert src.startswith("function runIteration(n) {}")
    assert "runIteration(3)" in src and "i < 4" in src and "BENCH demo ok" in src


def test_parse_output_ok_and_steady_state():
    out = "\n".join(["noise", "BENCH x iter 0 50", "BENCH x iter 1 10", "BENCH x iter 2 30",
                     "BENCH x iter 3 20", "BENCH x ok"])
    r = parse_output("x", out, "", 0, warmup=1)
    assert r.status == OK and r.error is None
    assert r.first_ms == 50.0 and r.steady_ms == 20.0


def test_parse_output_failures():
    r = parse_output("x", "BENCH x iter 0 5\nBENCH x error Error: wrong answer", "", 0, warmup=0)
    assert r.status == FAIL and r.error == "Error: wrong answer" and r.times_ms == [5.0]
    r = parse_output("x", "BENCH x iter 0 5\n", "Uncaught TypeError: f is not a function\n  at f", 1, 0)
    assert r.status == FAIL and "Uncaught TypeError: f is not a function" in r.error
    # An ok verdict with a non-zero exit is still a failure.
    assert parse_output("x", "BENCH x ok", "boom", 3, 0).status == FAIL


def test_geometric_mean_and_ratios():
    assert math.isclose(geometric_mean([1.0, 4.0, 16.0]), 4.0)
    assert geometric_mean([None]) is None
    results = {
        "a": {"interp": RunResult(OK, steady_ms=100.0), "node": RunResult(OK, steady_ms=1.0)},
        "b": {"interp": RunResult(OK, steady_ms=400.0), "node": RunResult(FAIL, error="x")},
    }
    table = ratios(results, ["interp", "node"], "interp")
    assert table["node"]["a"] == 0.01 and table["node"]["b"] is None
    assert math.isclose(table["node"]["geomean"], 0.01)
    assert table["interp"]["geomean"] == 1.0
    back = ratios(results, ["interp"], "node")
    assert back["interp"]["a"] == 100.0


def test_unusable_engine_is_reported():
    """An engine that cannot start is reported with the reason, not skipped."""
    engine = Engine("interp", timeout=30, python="/bin/false")
    assert engine.probe() == "pyjs --tier=interp unusable: 1"
    missing = Engine("node", timeout=30)
    assert (missing.probe() is None) == (shutil.which("node") is not None)
