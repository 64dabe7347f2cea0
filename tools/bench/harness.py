"""The harness protocol shared by every engine.

An engine prints, on stdout, one line per timed iteration and a final verdict:

    BENCH <name> iter <i> <milliseconds>
    BENCH <name> ok
    BENCH <name> error <message>

Engines that run JS in a subprocess of their own (pyjs, node) get the driver
below appended to the benchmark's source and time each iteration with their
own clock; the in-process Python peers are timed from the host side by
tools/bench/peer_worker.py, which prints the same lines.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field

# ES5 only, so that every engine that runs the benchmark at all runs the driver.
_DRIVER = """
;(function () {
  var now = (typeof performance !== "undefined" && typeof performance.now === "function")
    ? function () { return performance.now(); }
    : function () { return Date.now(); };
  var log = (typeof console !== "undefined" && typeof console.log === "function")
    ? function (line) { console.log(line); }
    : function (line) { print(line); };
  try {
    for (var i = 0; i < %(iterations)d; i++) {
      var start = now();
      runIteration(%(size)d);
      log("BENCH %(name)s iter " + i + " " + (now() - start));
    }
    log("BENCH %(name)s ok");
  } catch (e) {
    var text = (e && e.stack) ? String(e.stack) : String(e);
    log("BENCH %(name)s error " + text.split("\\n").slice(0, 2).join(" | "));
  }
})();
"""

# Result statuses.
OK = "ok"
FAIL = "fail"          # the program threw, printed no verdict, or the engine crashed
TIMEOUT = "timeout"
ABSENT = "absent"      # the engine (or tier) is not available here


def driver_source(source: str, name: str, size: int, iterations: int) -> str:
    """The benchmark source followed by the self-timing driver."""
    return source + _DRIVER % {"name": name, "size": size, "iterations": iterations}


def iteration_line(name: str, i: int, ms: float) -> str:
    return f"BENCH {name} iter {i} {ms}"


def verdict_line(name: str, error: str | None = None) -> str:
    return f"BENCH {name} ok" if error is None else f"BENCH {name} error {error}"


@dataclass
class RunResult:
    """What one engine did with one benchmark."""

    status: str
    times_ms: list[float] = field(default_factory=list)
    error: str | None = None
    first_ms: float | None = None
    steady_ms: float | None = None

    def to_json(self) -> dict:
        return {"status": self.status, "first_ms": self.first_ms, "steady_ms": self.steady_ms,
                "times_ms": self.times_ms, "error": self.error}


def summarize(result: RunResult, warmup: int) -> RunResult:
    """Fill in the first-iteration time and the steady state: the median of the
    iterations after the first ``warmup`` ones (None when there are none)."""
    if result.times_ms:
        result.first_ms = result.times_ms[0]
        measured = result.times_ms[warmup:]
        result.steady_ms = statistics.median(measured) if measured else None
    return result


def parse_output(name: str, stdout: str, stderr: str, returncode: int | None,
                 warmup: int) -> RunResult:
    """Read the BENCH lines an engine printed; anything short of a clean ``ok``
    with every iteration timed is a failure, with the most useful message."""
    prefix = f"BENCH {name} "
    times: list[float] = []
    verdict: str | None = None
    error: str | None = None
    for line in stdout.splitlines():
        if not line.startswith(prefix):
            continue
        rest = line[len(prefix):].strip()
        if rest.startswith("iter "):
            parts = rest.split()
            try:
                times.append(float(parts[2]))
            except (IndexError, ValueError):
                error = f"bad timing line: {line!r}"
        elif rest == "ok":
            verdict = OK
        elif rest.startswith("error"):
            verdict = FAIL
            error = rest[len("error"):].strip() or "error"
    if verdict == OK and error is None and returncode == 0:
        return summarize(RunResult(OK, times), warmup)
    if error is None:
        error = _error_line(stderr) or _error_line(stdout) or f"exit status {returncode}"
        if verdict is None:
            error = f"no verdict (exit status {returncode}): {error}"
    return summarize(RunResult(FAIL, times, error), warmup)


def _error_line(text: str) -> str:
    """The engine's "Uncaught ..." report if there is one, else the last line."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for line in lines:
        if line.startswith("Uncaught"):
            return line
    return lines[-1] if lines else ""
