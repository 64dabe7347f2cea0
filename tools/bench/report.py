"""Reporting: rich tables on the terminal and a JSON document."""
from __future__ import annotations

import math
from typing import Iterable

from rich.console import Console
from rich.table import Table

from .harness import OK, RunResult

Results = dict[str, dict[str, RunResult]]   # benchmark -> column -> result


def geometric_mean(values: Iterable[float]) -> float | None:
    vals = [v for v in values if v is not None and v > 0]
    if not vals:
        return None
    return math.exp(sum(math.log(v) for v in vals) / len(vals))


def _metric(result: RunResult | None, metric: str) -> float | None:
    if result is None or result.status != OK:
        return None
    return getattr(result, metric)


def ratios(results: Results, columns: list[str], reference: str,
           metric: str = "steady_ms") -> dict[str, dict[str, float | None]]:
    """For each column, time(column) / time(reference) per benchmark, and their
    geometric mean under the key "geomean" (over the benchmarks where both ran)."""
    table: dict[str, dict[str, float | None]] = {}
    for column in columns:
        row: dict[str, float | None] = {}
        for bench, by_column in results.items():
            mine = _metric(by_column.get(column), metric)
            ref = _metric(by_column.get(reference), metric)
            row[bench] = mine / ref if mine and ref else None
        row["geomean"] = geometric_mean(v for k, v in row.items())
        table[column] = row
    return table


def _cell(result: RunResult | None, metric: str) -> str:
    if result is None:
        return "[dim]-[/]"
    if result.status != OK:
        return f"[red]{result.status}[/]"
    value = getattr(result, metric)
    return "[dim]n/a[/]" if value is None else f"{value:,.1f}"


def _ratio_cell(value: float | None) -> str:
    if value is None:
        return "[dim]-[/]"
    if value >= 100:
        return f"{value:,.0f}x"
    return f"{value:.2f}x" if value >= 0.1 else f"{value:.2g}x"


def time_table(results: Results, columns: list[str], metric: str, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("benchmark")
    for column in columns:
        table.add_column(column, justify="right")
    for bench, by_column in results.items():
        table.add_row(bench, *(_cell(by_column.get(c), metric) for c in columns))
    means = [geometric_mean(_metric(r.get(c), metric) for r in results.values()) for c in columns]
    table.add_section()
    table.add_row("geomean", *(_ratio_cell(None) if m is None else f"{m:,.1f}" for m in means))
    return table


def ratio_table(results: Results, columns: list[str], reference: str) -> Table:
    rows = ratios(results, columns, reference)
    table = Table(title=f"Steady-state time relative to {reference} (lower is faster)",
                  title_justify="left")
    table.add_column("benchmark")
    for column in columns:
        table.add_column(column, justify="right")
    for bench in results:
        table.add_row(bench, *(_ratio_cell(rows[c][bench]) for c in columns))
    table.add_section()
    table.add_row("geomean", *(_ratio_cell(rows[c]["geomean"]) for c in columns))
    return table


def status_table(results: Results, columns: list[str], sizes: dict[str, int]) -> Table:
    table = Table(title="Correctness (--quick): verdict and time of the single iteration",
                  title_justify="left")
    table.add_column("benchmark")
    table.add_column("size", justify="right")
    for column in columns:
        table.add_column(column, justify="right")
    for bench, by_column in results.items():
        cells = []
        for column in columns:
            r = by_column.get(column)
            cells.append("[dim]-[/]" if r is None else
                         f"[green]ok[/] {r.first_ms:,.1f} ms" if r.status == OK and r.first_ms
                         is not None else f"[red]{r.status}[/]")
        table.add_row(bench, str(sizes[bench]), *cells)
    return table


def problems_table(results: Results, columns: list[str], absent: dict[str, str]) -> Table | None:
    """Every failure, timeout and absent engine, with its message."""
    table = Table(title="Failures and absent engines", title_justify="left")
    table.add_column("engine")
    table.add_column("benchmark")
    table.add_column("status")
    table.add_column("message", overflow="fold")
    for column, reason in absent.items():
        table.add_row(column, "(all)", "[red]absent[/]", reason)
    for bench, by_column in results.items():
        for column in columns:
            r = by_column.get(column)
            if r is not None and r.status != OK and column not in absent:
                table.add_row(column, bench, f"[red]{r.status}[/]", r.error or "")
    return table if table.row_count else None


def print_report(console: Console, results: Results, columns: list[str], references: list[str],
                 absent: dict[str, str], sizes: dict[str, int], quick: bool,
                 iterations: int, warmup: int) -> None:
    if quick:
        console.print(status_table(results, columns, sizes))
    else:
        console.print(time_table(results, columns, "first_ms", "First iteration (ms)"))
        console.print(time_table(
            results, columns, "steady_ms",
            f"Steady state (ms per iteration, median of {iterations - warmup} "
            f"after {warmup} warm-up)"))
        for reference in references:
            console.print(ratio_table(results, columns, reference))
    problems = problems_table(results, columns, absent)
    if problems is not None:
        console.print(problems)


def to_json(results: Results, columns: list[str], references: list[str],
            absent: dict[str, str], meta: dict) -> dict:
    return {
        "meta": meta,
        "engines": {c: {"available": c not in absent, "reason": absent.get(c)} for c in columns},
        "results": {b: {c: r.to_json() for c, r in by.items()} for b, by in results.items()},
        "ratios": {ref: ratios(results, columns, ref) for ref in references},
        "geomean_ms": {
            metric: {c: geometric_mean(_metric(r.get(c), metric) for r in results.values())
                     for c in columns}
            for metric in ("first_ms", "steady_ms")},
    }
