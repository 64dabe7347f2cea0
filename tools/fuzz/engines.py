"""The engines a fuzz program runs in: pyjs at one tier per worker process, and node.

A pyjs worker is a forked process that runs many programs, each in a fresh Context on one
big-stack thread (as the shell does). The parent is the watchdog: a worker that does not answer
within the hard limit is killed and the program counts as a hang; a worker that dies (a signal,
a hard exit) counts it as a crash. Any Python exception other than a JS throw or a host limit
escaping the engine is reported with its traceback.

The node worker is one long-lived node process (node_worker.js) that runs each program in a fresh
vm context with the same host globals and the same virtual-clock timer queue as pyjs.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..workers import limit_memory, start_worker, stop_worker

#: Outcome kinds. OK and THROW are ordinary; LIMIT is the engine's own clean time/memory limit;
#: the rest are bugs in the engine (or, for HANG, a limit that failed to stop the program).
OK, THROW, LIMIT, TRACEBACK, CRASH, HANG = "ok", "throw", "limit", "traceback", "crash", "hang"
BUGS = (TRACEBACK, CRASH, HANG)

MAX_OUTPUT = 200_000          # code points of stdout kept per program (node's too, not UTF-16 units)
MEMORY_LIMIT = 3 << 30        # address space of a worker, beyond its thread stack
THREAD_STACK = 512 << 20
NODE_WORKER = Path(__file__).with_name("node_worker.js")


@dataclass
class Outcome:
    """What one program did in one engine."""

    kind: str
    stdout: str = ""
    error: str | None = None     # "TypeError: message" for a throw; the trace for a traceback
    deep: bool = False           # pyjs hit its stack-depth limit (the output may depend on it)

    def error_name(self) -> str | None:
        """The thrown value's name ("TypeError"), what node and pyjs can be compared on."""
        if self.error is None:
            return None
        if self.error.startswith("Uncaught "):
            return self.error
        return self.error.split(":", 1)[0]


def describe_error(value: Any) -> str:
    """'TypeError: msg' for an error-like object, 'Uncaught <value>' otherwise (as node_worker.js)."""
    from pyjs.engine.runtime.conversions import to_string
    from pyjs.engine.runtime.objects import JSObject
    try:
        if isinstance(value, JSObject) and value.has_property("message"):
            name, message = to_string(value.get("name", value)), to_string(value.get("message", value))
            return f"{name}: {message}" if message else name
        return f"Uncaught {to_string(value)}"
    except Exception:  # a throwing toString: the kind is what matters
        return "Uncaught <unprintable>"


def tier_spec(spec: str) -> tuple[str, int | None, str | None]:
    """'auto:5' -> ('auto', 5, None): a tier name and, for auto, the tier-1 call threshold;
    'opt:vliw' -> ('opt', None, 'vliw'): tier 2 with that backend (tiers/opt BACKENDS)."""
    name, _, option = spec.partition(":")
    if name not in ("interp", "baseline", "opt", "auto") or (option and name not in ("opt", "auto")):
        raise ValueError(f"unknown tier {spec!r}")
    if name == "opt" and option:
        from pyjs.tiers.opt import BACKENDS
        if option not in BACKENDS:
            raise ValueError(f"unknown tier-2 backend in {spec!r}")
        return name, None, option
    return name, int(option) if option else None, None


def tier2_backends() -> list[str]:
    """The tier-2 backends beyond the default (x64) whose code generator exists."""
    import importlib.util
    from pyjs.tiers.opt import BACKENDS
    found = []
    for b in BACKENDS[1:]:
        try:
            if importlib.util.find_spec(f"pyjs.tiers.{b}.backend") is not None:
                found.append(b)
        except ImportError:
            pass
    return found


def run_program(source: str, tier: str, time_limit: float) -> Outcome:
    """Run ``source`` as a Script in a fresh Context at ``tier`` (a tier_spec) in this process."""
    from pyjs.engine.api import Context
    from pyjs.engine.interp.functions import DepthLimit
    from pyjs.engine.runtime.errors import JSThrow, ScriptTerminated
    name, threshold, backend = tier_spec(tier)
    out: list[str] = []
    size = [0]
    hits = DepthLimit.hits

    def write(line: str) -> None:
        if size[0] < MAX_OUTPUT:
            out.append(line)
            size[0] += len(line) + 1

    try:
        # the shell's `print` only, as node_worker.js: `read` and `load` reach the file system
        ctx = Context(tier=name, stdout=write, stderr=lambda line: None, time_limit=time_limit,
                      shell_functions=("print",))
        if threshold is not None:
            from pyjs.tiers.baseline import install
            install(name, threshold=threshold, loop_threshold=10 * threshold)
        if name == "opt":
            from pyjs.tiers.opt import BACKENDS, configure
            configure(backend=backend or BACKENDS[0])
        ctx.eval(source, "fuzz.js")
        ctx.run_jobs()
        kind, error = OK, None
    except JSThrow as exc:
        kind, error = THROW, describe_error(exc.value)
    except ScriptTerminated as exc:
        kind, error = LIMIT, exc.reason
    except MemoryError:
        kind, error = LIMIT, "out of memory"
    except BaseException:  # noqa: BLE001 - an engine bug, reported with its trace
        kind, error = TRACEBACK, traceback.format_exc(limit=-12)
    return Outcome(kind, "".join(line + "\n" for line in out)[:MAX_OUTPUT], error, DepthLimit.hits != hits)


def _worker_main(conn: Connection, tier: str, time_limit: float) -> None:
    limit_memory(MEMORY_LIMIT + THREAD_STACK)
    sys.setrecursionlimit(200000)
    threading.stack_size(THREAD_STACK)

    def serve() -> None:
        while True:
            source = conn.recv()
            if source is None:
                return
            outcome = run_program(source, tier, time_limit)
            conn.send((outcome.kind, outcome.stdout, outcome.error))

    t = threading.Thread(target=serve)
    t.start()
    t.join()


class PyjsEngine:
    """One worker process running pyjs at one tier; restarted after a crash or a hang."""

    PROGRAMS_PER_WORKER = 300  # bounds memory growth (code objects, interned shapes)

    def __init__(self, tier: str, time_limit: float) -> None:
        tier_spec(tier)
        self.name = tier
        self.time_limit = time_limit
        self.hard_limit = time_limit * 3 + 15  # the machine may be loaded; a hang is far past it
        self.proc: Any = None
        self.conn: Connection | None = None
        self.done = 0

    def _start(self) -> None:
        self.proc, self.conn = start_worker(_worker_main, self.name, self.time_limit)
        self.done = 0

    def submit(self, source: str) -> None:
        if self.proc is None or self.done >= self.PROGRAMS_PER_WORKER:
            self.close()
            self._start()
        self.started = time.monotonic()
        self.conn.send(source)

    def result(self) -> Outcome:
        """The outcome of the submitted program (waits at most the hard limit)."""
        remaining = self.hard_limit - (time.monotonic() - self.started)
        try:
            if self.conn.poll(max(0.0, remaining)):
                kind, stdout, error = self.conn.recv()
                self.done += 1
                return Outcome(kind, stdout, error)
        except (EOFError, OSError):
            self.proc.join(5)
            code = self.proc.exitcode
            self.close(kill=True)
            return Outcome(CRASH, "", f"worker died (exit code {code})")
        self.close(kill=True)
        return Outcome(HANG, "", f"no answer within {self.hard_limit:.0f}s (--time-limit {self.time_limit})")

    def run(self, source: str) -> Outcome:
        self.submit(source)
        return self.result()

    def close(self, kill: bool = False) -> None:
        if self.proc is not None:
            stop_worker(self.proc, self.conn, kill)
            self.proc = self.conn = None


class NodeEngine:
    """node_worker.js, one node process per program: the reference. Results compare on stdout
    and the thrown error's name."""

    name = "node"

    def __init__(self, time_limit: float) -> None:
        self.time_limit = time_limit
        self.proc: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("node") is not None

    def submit(self, source: str) -> None:
        self.proc = subprocess.Popen(
            ["node", "--stack-size=984", str(NODE_WORKER), str(int(self.time_limit * 1000)), str(MAX_OUTPUT)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            encoding="utf-8", errors="surrogatepass")
        self.started = time.monotonic()
        try:
            self.proc.stdin.write(json.dumps(source))
            self.proc.stdin.close()
        except BrokenPipeError:
            pass

    def result(self) -> Outcome:
        deadline = self.started + self.time_limit * 2 + 10
        try:
            line = self.proc.stdout.readline() if self._ready(deadline) else ""
        finally:
            self.close()
        if not line:
            return Outcome(LIMIT, "", "node timed out or died")
        msg = json.loads(line)
        return Outcome(msg["kind"], as_written(msg["stdout"][:MAX_OUTPUT]), msg.get("error"))

    def _ready(self, deadline: float) -> bool:
        import select
        ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        return bool(ready)

    def run(self, source: str) -> Outcome:
        self.submit(source)
        return self.result()

    def close(self, kill: bool = False) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc.stdout.close()
            self.proc = None


def as_written(text: str) -> str:
    """``text`` as a UTF-8 stream carries it: a lone surrogate becomes U+FFFD (as node and pyjs
    both write it to stdout; the node worker's JSON keeps it)."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def make_engines(tiers: list[str], time_limit: float, node: bool) -> list[Any]:
    engines: list[Any] = [PyjsEngine(t, time_limit) for t in tiers]
    if node and NodeEngine.available():
        engines.append(NodeEngine(time_limit * 2))
    return engines


def run_all(engines: list[Any], source: str, jobs: int | None = None) -> dict[str, Outcome]:
    """Run ``source`` in every engine, at most ``jobs`` of them at a time (all by default)."""
    results: dict[str, Outcome] = {}
    step = jobs or len(engines)
    for k in range(0, len(engines), step):
        wave = engines[k:k + step]
        for e in wave:
            e.submit(source)
        for e in wave:
            results[e.name] = e.result()
    return results


