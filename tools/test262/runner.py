"""The runner's Python API: select tests, run them on the worker pool, collect results.

    from pyjs.tools.test262.runner import run_suite
    run = run_suite(patterns=["built-ins/Array"], tier="interp")
    run.test_status()   # {"built-ins/Array/...js": "pass", ...}
"""
from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .execute import SEVERITY, SKIP, Result
from .features import INTL_DIRS, UNSUPPORTED_FEATURES, skip_reason
from .frontmatter import FrontmatterError
from .harness import SUBSET_DIR, discover, load_test, select_scenarios
from .pool import RunConfig, run_inline, run_pool


@dataclass
class Run:
    """The results of one run."""

    results: list[Result]
    wall: float
    config: RunConfig
    meta: dict = field(default_factory=dict)

    def test_status(self) -> dict[str, str]:
        """Each test's status: the worst over its scenarios."""
        status: dict[str, str] = {}
        for r in self.results:
            old = status.get(r.id)
            if old is None or SEVERITY[r.status] > SEVERITY[old]:
                status[r.id] = r.status
        return status

    def to_json(self) -> dict:
        return {"meta": {**self.meta, "tier": self.config.tier, "wall": round(self.wall, 2),
                         "suite": self.config.suite_dir},
                "tests": self.test_status(),
                "results": [r.to_json() for r in sorted(self.results, key=lambda r: (r.id, r.scenario))]}


def plan(suite_dir: str | Path, patterns: list[str] | None = None, exclude: list[str] | None = None,
         features: list[str] | None = None, excluded_features: frozenset[str] = UNSUPPORTED_FEATURES,
         html_dda: bool = False) -> tuple[list[tuple[str, str]], list[Result]]:
    """The (test id, scenario) tasks to run, and skip results for tests that cannot run."""
    exclude = list(exclude or [])
    if not any(p.startswith(INTL_DIRS) for p in patterns or []):
        exclude += list(INTL_DIRS)
    tasks: list[tuple[str, str]] = []
    skipped: list[Result] = []
    for test_id in discover(suite_dir, patterns, exclude):
        try:
            case = load_test(suite_dir, test_id)
        except (FrontmatterError, UnicodeDecodeError) as exc:
            skipped.append(Result(test_id, "default", "fail", f"bad test file: {exc}"))
            continue
        if features and not set(features).intersection(case.meta.features):
            continue
        reason = skip_reason(case.meta, html_dda, excluded_features)
        scenarios = select_scenarios(case.meta)
        if reason:
            skipped.append(Result(test_id, scenarios[0], SKIP, reason))
        else:
            tasks.extend((test_id, s) for s in scenarios)
    return tasks, skipped


def shuffled_by_test(tasks: list[tuple[str, str]], seed: int) -> list[tuple[str, str]]:
    """``tasks`` with the tests in a seeded random order, each test's scenarios together."""
    by_test: dict[str, list[tuple[str, str]]] = {}
    for task in tasks:
        by_test.setdefault(task[0], []).append(task)
    order = sorted(by_test)
    random.Random(seed).shuffle(order)
    return [task for test_id in order for task in by_test[test_id]]


def read_log(path: Path) -> list[Result]:
    """The results a ``--log`` file holds; a last line cut short by a stopped run is left out."""
    results: list[Result] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                results.append(Result(**json.loads(line)))
            except ValueError:  # blank, or the partial line a killed run left
                continue
    return results


def load_log(paths: list[Path], config: RunConfig) -> Run:
    """A Run from the JSON-lines result logs of ``--log`` (a run that may have been
    stopped early: tests whose scenarios did not all finish are left out)."""
    results = [r for path in paths for r in read_log(path)]
    expected = {}
    for r in results:
        if r.status != SKIP and r.id not in expected:
            case = load_test(config.suite_dir, r.id)
            expected[r.id] = len(select_scenarios(case.meta))
    seen: dict[str, int] = {}
    for r in results:
        seen[r.id] = seen.get(r.id, 0) + 1
    kept = [r for r in results if r.status == SKIP or seen[r.id] >= expected[r.id]]
    return Run(kept, 0.0, config, {"logs": [str(p) for p in paths]})


def run_suite(suite_dir: str | Path = SUBSET_DIR, patterns: list[str] | None = None,
              exclude: list[str] | None = None, features: list[str] | None = None,
              run_all_features: bool = False, tier: str = "interp", jobs: int = 2,
              time_limit: float = 10.0, harness_dir: str | Path | None = None,
              on_result: Callable[[Result], None] | None = None,
              shuffle: int | None = None, done: frozenset[tuple[str, str]] = frozenset()) -> Run:
    """Run the tests of a suite (test262_subset/ by default, or a test262 checkout).
    ``shuffle``: run the tests in a random order from this seed (a test's scenarios stay
    together), so that the results of a run stopped early are a uniform sample. ``done``:
    (test id, scenario) pairs already run (a resumed run), left out of this one."""
    from .host import host_supports_html_dda
    suite_dir = str(Path(suite_dir).resolve())
    config = RunConfig(suite_dir, str(harness_dir or Path(suite_dir) / "harness"), tier, time_limit)
    excluded = frozenset() if run_all_features else UNSUPPORTED_FEATURES
    tasks, skipped = plan(suite_dir, patterns, exclude, features, excluded, host_supports_html_dda())
    if done:
        tasks = [t for t in tasks if t not in done]
        skipped = [r for r in skipped if (r.id, r.scenario) not in done]
    started = time.monotonic()
    if shuffle is None:
        # Big files first so that the slowest tests do not end the run on one core.
        tasks.sort(key=lambda t: -(Path(suite_dir, "test", t[0]).stat().st_size))
    else:
        tasks = shuffled_by_test(tasks, shuffle)
    if on_result is not None:
        for r in skipped:
            on_result(r)
    if jobs <= 0:
        results = run_inline(tasks, config, on_result)
    else:
        results = run_pool(tasks, config, jobs, on_result)
    return Run(skipped + results, time.monotonic() - started, config,
               {"patterns": patterns or [], "jobs": jobs, "time_limit": time_limit})
