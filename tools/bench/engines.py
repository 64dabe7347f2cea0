"""The engines a benchmark runs in: pyjs with one tier forced, and the peers.

Every engine runs each benchmark in a subprocess with a timeout, so that one
engine's failure never stops the runner.  ``probe()`` says why an engine cannot
run here (None when it can); such an engine still gets a column, marked absent.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .harness import ABSENT, TIMEOUT, RunResult, driver_source, parse_output
from .suite import Benchmark

TIERS = ("interp", "baseline", "opt", "auto", "threaded")  # threaded: tier 0 with threaded dispatch


def pyjs_flags(column: str) -> list[str]:
    """Command-line flags selecting a pyjs column's tier (and dispatch loop)."""
    if column == "threaded":
        return ["--tier=interp", "--dispatch=threaded"]
    return [f"--tier={column}"]
PEERS = ("node", "quickjs", "js2py")
REPO_ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class Engine:
    """One column of the report."""

    column: str
    timeout: float
    python: str = sys.executable

    @property
    def is_pyjs(self) -> bool:
        return self.column in TIERS

    def probe(self) -> str | None:
        """None when this engine can run here, else the reason it cannot."""
        if self.column in TIERS:
            return self._probe_pyjs()
        if self.column == "node":
            return None if shutil.which("node") else "node not found on PATH"
        module = {"quickjs": "quickjs", "js2py": "js2py"}[self.column]
        if importlib.util.find_spec(module) is None:
            return f"Python package {module!r} not installed (pip install '.[bench]')"
        return None

    def _probe_pyjs(self) -> str | None:
        argv = [self.python, "-m", "pyjs.engine.cli", *pyjs_flags(self.column), "-e", "print(6 * 7)"]
        try:
            proc = subprocess.run(argv, capture_output=True, text=True, timeout=60, cwd=REPO_ROOT)
        except subprocess.TimeoutExpired:
            return "pyjs did not answer a probe within 60 s"
        if proc.returncode == 0 and proc.stdout.strip() == "42":
            return None
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        return f"pyjs --tier={self.column} unusable: {lines[-1] if lines else proc.returncode}"

    def command(self, script: Path, bench: Benchmark, size: int, iterations: int) -> list[str]:
        """The argv that runs ``script`` (a driver script for self-timing
        engines, the plain benchmark for host-timed ones)."""
        if self.column in TIERS:
            return [self.python, "-m", "pyjs.engine.cli", *pyjs_flags(self.column), str(script)]
        if self.column == "node":
            return ["node", "--stack-size=8000", str(script)]
        return [self.python, "-m", "pyjs.tools.bench.peer_worker", self.column, str(script),
                bench.name, str(size), str(iterations)]

    @property
    def self_timed(self) -> bool:
        return self.column in TIERS or self.column == "node"

    def run(self, bench: Benchmark, size: int, iterations: int, warmup: int) -> RunResult:
        """Run ``iterations`` iterations of ``bench`` at ``size``."""
        with tempfile.TemporaryDirectory(prefix="pyjs-bench-") as tmp:
            if self.self_timed:
                script = Path(tmp) / f"{bench.name}.js"
                script.write_text(driver_source(bench.source(), bench.name, size, iterations),
                                  encoding="utf-8")
            else:
                script = bench.path
            argv = self.command(script, bench, size, iterations)
            env = dict(os.environ, PYTHONPATH=str(REPO_ROOT) + os.pathsep
                       + os.environ.get("PYTHONPATH", ""))
            try:
                proc = subprocess.run(argv, capture_output=True, text=True, timeout=self.timeout,
                                      cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL)
            except subprocess.TimeoutExpired as exc:
                partial = parse_output(bench.name, _text(exc.stdout), "", None, warmup)
                return RunResult(TIMEOUT, partial.times_ms,
                                 f"no result within {self.timeout:g} s")
            except OSError as exc:
                return RunResult(ABSENT, error=str(exc))
        result = parse_output(bench.name, proc.stdout, proc.stderr, proc.returncode, warmup)
        if result.error and self.self_timed:
            # Name the benchmark's own file, not the temporary driver script.
            result.error = result.error.replace(str(script), str(bench.path.relative_to(REPO_ROOT)))
        return result


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", "replace")
