"""Comparing two runs' JSON results files: newly passing and newly failing tests."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from .execute import PASS, SKIP


@dataclass
class Comparison:
    newly_passing: list[str]
    newly_failing: list[str]
    added: list[str]
    removed: list[str]


def load_statuses(path: str | Path) -> dict[str, str]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["tests"]


def compare(old: dict[str, str], new: dict[str, str]) -> Comparison:
    """Tests whose status crossed pass / not-pass between runs (skips are neither)."""
    common = sorted(set(old) & set(new))
    ran = [t for t in common if SKIP not in (old[t], new[t])]
    return Comparison(
        newly_passing=[t for t in ran if old[t] != PASS and new[t] == PASS],
        newly_failing=[t for t in ran if old[t] == PASS and new[t] != PASS],
        added=sorted(set(new) - set(old)),
        removed=sorted(set(old) - set(new)),
    )


def print_comparison(cmp: Comparison, new: dict[str, str], console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[green]{len(cmp.newly_passing)} newly passing[/], "
                  f"[red]{len(cmp.newly_failing)} newly failing[/], "
                  f"{len(cmp.added)} added, {len(cmp.removed)} removed")
    for t in cmp.newly_passing:
        console.print(f"  [green]+ {t}")
    for t in cmp.newly_failing:
        console.print(f"  [red]- {t}[/] ({new[t]})")
