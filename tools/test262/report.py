"""Reports with rich: counts per directory, the slowest tests, the failures."""
from __future__ import annotations

from collections import Counter, defaultdict

from rich.console import Console
from rich.table import Table

from .execute import CRASH, FAIL, PASS, SKIP, TIMEOUT, Result

STATUSES = (PASS, FAIL, TIMEOUT, CRASH, SKIP)
_STYLE = {PASS: "green", FAIL: "red", TIMEOUT: "yellow", CRASH: "magenta", SKIP: "dim"}


def group_of(test_id: str, depth: int) -> str:
    """The directory a test is counted under: its first ``depth`` path components."""
    parts = test_id.split("/")[:-1]
    return "/".join(parts[:depth]) or "."


def counts_by_group(status: dict[str, str], depth: int) -> dict[str, Counter]:
    groups: dict[str, Counter] = defaultdict(Counter)
    for test_id, st in status.items():
        groups[group_of(test_id, depth)][st] += 1
    return dict(sorted(groups.items()))


def pass_rate(counter: Counter) -> float:
    ran = sum(counter[s] for s in (PASS, FAIL, TIMEOUT, CRASH))
    return 100.0 * counter[PASS] / ran if ran else 0.0


def _counts_table(title: str, groups: dict[str, Counter]) -> Table:
    table = Table(title=title)
    table.add_column("directory")
    for st in STATUSES:
        table.add_column(st, justify="right", style=_STYLE[st])
    table.add_column("pass %", justify="right")
    total: Counter = Counter()
    for name, counter in groups.items():
        total.update(counter)
        table.add_row(name, *(str(counter[s]) for s in STATUSES), f"{pass_rate(counter):.1f}")
    table.add_section()
    table.add_row("total", *(str(total[s]) for s in STATUSES), f"{pass_rate(total):.1f}",
                  style="bold")
    return table


def first_failures(results: list[Result]) -> list[Result]:
    """One failing result per test (its first failing scenario), sorted by id."""
    seen: dict[str, Result] = {}
    for r in sorted(results, key=lambda r: (r.id, r.scenario)):
        if r.status in (FAIL, TIMEOUT, CRASH) and r.id not in seen:
            seen[r.id] = r
    return list(seen.values())


def print_report(run, console: Console | None = None, depth: int = 2, slowest: int = 10,
                 max_failures: int = 50) -> None:
    """Print the per-directory counts, the slowest tests and the failures."""
    console = console or Console()
    status = run.test_status()
    console.print(_counts_table(f"test262 ({run.config.tier}) — tests by directory",
                                counts_by_group(status, depth)))
    ran = [r for r in run.results if r.status != SKIP]
    if ran and slowest:
        table = Table(title="slowest tests")
        table.add_column("test")
        table.add_column("mode")
        table.add_column("seconds", justify="right")
        for r in sorted(ran, key=lambda r: -r.duration)[:slowest]:
            table.add_row(r.id, r.scenario, f"{r.duration:.2f}")
        console.print(table)
    failures = first_failures(run.results)
    if failures and max_failures:
        table = Table(title=f"failures ({len(failures)} tests" +
                      (f", first {max_failures} shown)" if len(failures) > max_failures else ")"))
        table.add_column("test", overflow="fold")
        table.add_column("mode")
        table.add_column("status")
        table.add_column("first message", overflow="fold")
        for r in failures[:max_failures]:
            table.add_row(r.id, r.scenario, f"[{_STYLE[r.status]}]{r.status}", r.message)
        console.print(table)
    total = Counter(status.values())
    console.print(f"{len(status)} tests, {len(run.results)} runs in {run.wall:.1f}s: " +
                  ", ".join(f"{total[s]} {s}" for s in STATUSES) +
                  f" — pass rate {pass_rate(total):.1f}%")
