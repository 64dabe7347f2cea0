"""Shared fixtures: the tier every test runs in, and helpers that run JS and capture its output.

Select the tier with ``pytest --tier=interp|baseline|opt|auto`` or ``PYJS_TIER=...``
(default ``interp``). ``--tier=node`` runs the JS-level tests through node instead of pyjs:
that checks the tests' expectations themselves against a reference engine.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIERS = ("interp", "baseline", "opt", "auto", "node")

# Runs a script file with Script (not CommonJS module) semantics, as pyjs does; an uncaught
# exception is reported on stderr after a marker so the error helper can read it back.
NODE_RUNNER = r"""(() => {
  const file = process.argv.at(-1);
  try {
    require('vm').runInThisContext(require('fs').readFileSync(file, 'utf8'), {filename: file});
  } catch (e) {
    const d = (e !== null && typeof e === 'object' && 'message' in e)
      ? (e.message ? `${e.name}: ${e.message}` : `${e.name}`) : `Uncaught ${String(e)}`;
    process.stderr.write('\u0000THROWN ' + d + '\n');
    process.exitCode = 1;
  }
})();
"""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--tier", choices=TIERS, default=None,
                     help="execution tier for every test (default: $PYJS_TIER or interp)")


def selected_tier(config: pytest.Config) -> str:
    tier = config.getoption("--tier") or os.environ.get("PYJS_TIER") or "interp"
    if tier not in TIERS:
        raise pytest.UsageError(f"unknown tier {tier!r}; expected one of {', '.join(TIERS)}")
    return tier


def pytest_report_header(config: pytest.Config) -> str:
    return f"pyjs tier: {selected_tier(config)}"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list) -> None:
    """Known-failure xfail marks describe pyjs; node (the reference) must pass every test."""
    if selected_tier(config) == "node":
        for item in items:
            item.own_markers = [m for m in item.own_markers if m.name != "xfail"]


@pytest.fixture(scope="session")
def tier(request: pytest.FixtureRequest) -> str:
    return selected_tier(request.config)


class Outcome:
    """What a script did: its stdout text (one '\\n' per line) and the uncaught error, if any."""

    def __init__(self, stdout: str, error: str | None) -> None:
        self.stdout = stdout
        self.error = error


def describe_error(value: Any) -> str:
    """'TypeError: msg' for an error-like object, 'Uncaught <value>' otherwise (as the node runner)."""
    from pyjs.engine.runtime.conversions import to_string
    from pyjs.engine.runtime.objects import JSObject
    if isinstance(value, JSObject) and value.has_property("message"):
        name, message = to_string(value.get("name", value)), to_string(value.get("message", value))
        return f"{name}: {message}" if message else name
    return f"Uncaught {to_string(value)}"


def run_in_pyjs(source: str, tier: str, filename: str = "test.js") -> Outcome:
    """Run ``source`` as a Script in a fresh Context, drain jobs and timers, capture output."""
    from pyjs.engine.api import Context
    from pyjs.engine.runtime.errors import JSThrow
    lines: list[str] = []
    ctx = Context(tier=tier, stdout=lines.append, stderr=lambda line: None)
    error = None
    try:
        ctx.eval(source, filename=filename)
        ctx.run_jobs()
    except JSThrow as exc:
        error = describe_error(exc.value)
    return Outcome("".join(line + "\n" for line in lines), error)


def run_in_node(source: str, filename: str = "test.js") -> Outcome:
    """Run ``source`` through node with Script semantics (the --tier=node reference mode)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / filename
        path.write_text(source, encoding="utf-8")
        proc = subprocess.run([node, "-e", NODE_RUNNER, str(path)], capture_output=True,
                              text=True, timeout=30)
    error = None
    marker = "\0THROWN "
    if marker in proc.stderr:
        error = proc.stderr.split(marker, 1)[1].rstrip("\n")
    return Outcome(proc.stdout, error)


@pytest.fixture
def run_outcome(tier: str) -> Callable[[str], Outcome]:
    """``run_outcome(source) -> Outcome`` in the selected tier."""
    if tier == "node":
        return run_in_node
    return lambda source, filename="test.js": run_in_pyjs(source, tier, filename)


@pytest.fixture
def run_js(run_outcome: Callable[[str], Outcome]) -> Callable[[str], str]:
    """``run_js(source) -> stdout``; an uncaught exception fails the test."""
    def run(source: str) -> str:
        outcome = run_outcome(source)
        if outcome.error is not None:
            pytest.fail(f"uncaught {outcome.error}\nstdout so far:\n{outcome.stdout}")
        return outcome.stdout
    return run


@pytest.fixture
def js_error(run_outcome: Callable[[str], Outcome]) -> Callable[[str], str]:
    """``js_error(source) -> 'TypeError: message'``: the uncaught exception; none fails the test."""
    def run(source: str) -> str:
        outcome = run_outcome(source)
        if outcome.error is None:
            pytest.fail(f"expected an uncaught exception; stdout:\n{outcome.stdout}")
        return outcome.error
    return run


def run_cli(*args: str, tier: str | None = None, cwd: Path | None = None,
            stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the pyjs shell as a subprocess (``python -m engine.cli ...``)."""
    cmd = [sys.executable, "-m", "pyjs.engine.cli"]
    if tier and tier != "node":
        cmd.append(f"--tier={tier}")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=cwd, env=env,
                          input=stdin, timeout=timeout)


@pytest.fixture
def pyjs_cli(tier: str) -> Callable[..., subprocess.CompletedProcess]:
    """``pyjs_cli(*args, cwd=None, stdin=None)`` -> CompletedProcess, in the selected tier."""
    if tier == "node":
        pytest.skip("shell tests exercise pyjs itself")
    return lambda *args, **kw: run_cli(*args, tier=tier, **kw)


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave with pytest's exit status once its report is written, without interpreter
    finalization. A full tier-2 run was once seen to end with a segmentation fault after the
    summary line; the likely cause, found in session 5, was tiers/x64/jit.py freeing the
    PyMethodDefs of native functions with its module globals while the functions were still
    alive (fixed: they now live until the process ends). This exit stays as a guard, so that
    a teardown crash can never replace the tests' own results."""
    if _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
