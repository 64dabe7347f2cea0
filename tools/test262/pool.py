"""A pool of worker processes that run test scenarios, with a hard watchdog.

Each worker is a forked process that imports the engine once and then runs many tests, each
in a fresh Context. The parent hands out one (test id, scenario) task at a time; a worker that
overruns the hard limit is killed and replaced (the task counts as a timeout), and a worker
that dies counts its task as a crash.
"""
from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable, Iterable

from ..workers import limit_memory, start_worker, stop_worker
from .execute import CRASH, TIMEOUT, Result, run_scenario
from .harness import Harness, load_test

#: A worker is replaced after this many tasks, to bound memory growth.
TASKS_PER_WORKER = 400
MEMORY_LIMIT_BYTES = 3 << 30


@dataclass
class RunConfig:
    """What every worker needs to run a test."""

    suite_dir: str
    harness_dir: str
    tier: str = "interp"
    time_limit: float = 10.0


def _worker_main(conn: Connection, config: RunConfig) -> None:
    limit_memory(MEMORY_LIMIT_BYTES)
    harness = Harness(config.harness_dir)
    while True:
        task = conn.recv()
        if task is None:
            return
        test_id, scenario = task
        case = load_test(config.suite_dir, test_id)
        conn.send(run_scenario(case, scenario, harness, config.tier, config.time_limit))


class _Worker:
    def __init__(self, config: RunConfig) -> None:
        self.proc, self.conn = start_worker(_worker_main, config)
        self.task: tuple[str, str] | None = None
        self.started = 0.0
        self.done = 0

    def give(self, task: tuple[str, str]) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send(task)

    def stop(self, kill: bool = False) -> None:
        stop_worker(self.proc, self.conn, kill)


def hard_limit_for(time_limit: float) -> float:
    """The watchdog's limit: the engine's own limit plus room for Context setup."""
    return time_limit * 2 + 10


def run_pool(tasks: Iterable[tuple[str, str]], config: RunConfig, jobs: int = 2,
             on_result: Callable[[Result], None] | None = None) -> list[Result]:
    """Run every (test id, scenario) task on ``jobs`` worker processes."""
    pending = deque(tasks)
    hard_limit = hard_limit_for(config.time_limit)
    workers = [_Worker(config) for _ in range(max(1, min(jobs, len(pending))))]
    results: list[Result] = []

    def finish(worker: _Worker, result: Result) -> None:
        worker.task = None
        worker.done += 1
        results.append(result)
        if on_result is not None:
            on_result(result)

    def replace(worker: _Worker, kill: bool) -> None:
        worker.stop(kill=kill)
        workers[workers.index(worker)] = _Worker(config)

    try:
        while pending or any(w.task for w in workers):
            for w in list(workers):
                if w.task is None and w.done >= TASKS_PER_WORKER:
                    replace(w, kill=False)
            for w in workers:
                if w.task is None and pending:
                    w.give(pending.popleft())
            busy = {w.conn: w for w in workers if w.task}
            for conn in wait(list(busy), timeout=0.5):
                w = busy[conn]
                try:
                    finish(w, conn.recv())
                except (EOFError, OSError):
                    test_id, scenario = w.task
                    code = w.proc.exitcode
                    finish(w, Result(test_id, scenario, CRASH,
                                     f"worker process died (exit code {code})",
                                     time.monotonic() - w.started))
                    replace(w, kill=True)
            now = time.monotonic()
            for w in list(workers):
                if w.task and now - w.started > hard_limit:
                    test_id, scenario = w.task
                    finish(w, Result(test_id, scenario, TIMEOUT,
                                     f"killed by the watchdog after {hard_limit:.0f}s", now - w.started))
                    replace(w, kill=True)
    finally:
        for w in workers:
            w.stop(kill=w.task is not None)
    return results


def run_inline(tasks: Iterable[tuple[str, str]], config: RunConfig,
               on_result: Callable[[Result], None] | None = None) -> list[Result]:
    """Run tasks in this process (no watchdog): for debugging with ``--jobs 0``."""
    harness = Harness(config.harness_dir)
    results = []
    for test_id, scenario in tasks:
        result = run_scenario(load_test(config.suite_dir, test_id), scenario, harness,
                              config.tier, config.time_limit)
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def default_harness_dir(suite_dir: str) -> str:
    return str(Path(suite_dir) / "harness")
