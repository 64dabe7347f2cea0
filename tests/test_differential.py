"""Differential tests: every tests/corpus/*.js program must print exactly its .expected file.

The .expected files hold node's stdout. When node is on PATH each program is also run through
node, so a stale .expected file is caught. Regenerate them with
``python -m tests.test_differential [name.js ...]`` (needs node; checks determinism).
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import run_in_node, run_in_pyjs

CORPUS = Path(__file__).resolve().parent / "corpus"
PROGRAMS = sorted(CORPUS.glob("*.js"))


def expected_path(program: Path) -> Path:
    return program.with_suffix(".expected")


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_corpus_matches_expected(program: Path, tier: str) -> None:
    if tier == "node":
        pytest.skip("node is checked against .expected by test_node_agrees")
    outcome = run_in_pyjs(program.read_text(encoding="utf-8"), tier, filename=program.name)
    assert outcome.error is None, f"uncaught {outcome.error}\nstdout:\n{outcome.stdout}"
    assert outcome.stdout == expected_path(program).read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_node_agrees(program: Path) -> None:
    outcome = run_in_node(program.read_text(encoding="utf-8"), filename=program.name)
    assert outcome.error is None, outcome.error
    assert outcome.stdout == expected_path(program).read_text(encoding="utf-8")


def test_corpus_is_large_enough() -> None:
    assert len(PROGRAMS) >= 40
    assert all(expected_path(p).exists() for p in PROGRAMS)


def regenerate(names: list[str]) -> None:
    """Write <name>.expected from node's output, refusing programs whose output varies."""
    programs = [CORPUS / n for n in names] if names else PROGRAMS
    for program in programs:
        source = program.read_text(encoding="utf-8")
        first, second = (run_in_node(source, filename=program.name) for _ in range(2))
        if first.error or first.stdout != second.stdout:
            print(f"{program.name}: {'error ' + first.error if first.error else 'nondeterministic'}")
            continue
        expected_path(program).write_text(first.stdout, encoding="utf-8")
        print(f"{program.name}: {len(first.stdout.splitlines())} lines")


if __name__ == "__main__":
    regenerate(sys.argv[1:])
