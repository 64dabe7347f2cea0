"""The expectations file: subset tests known to fail, each with a reason.

Format: one test id per line followed by ``# reason``; ``##`` lines head a group, blank lines
and lines starting with ``#`` are comments::

    ## RegExp lookbehind is not implemented
    built-ins/RegExp/lookbehind.js  # lookbehind assertions unsupported by the regexp engine

The rules (CI): a test that fails must be listed, and a listed test must fail (so the list
only shrinks), and every listed test must exist and carry a reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .execute import PASS, SKIP


class ExpectationsError(ValueError):
    pass


def load_expectations(path: str | Path) -> dict[str, str]:
    """Test id -> reason."""
    expected: dict[str, str] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        test_id, sep, reason = text.partition("#")
        test_id, reason = test_id.strip(), reason.strip()
        if not sep or not reason:
            raise ExpectationsError(f"{path}:{n}: {test_id} has no reason (add '# why')")
        if test_id in expected:
            raise ExpectationsError(f"{path}:{n}: {test_id} is listed twice")
        expected[test_id] = reason
    return expected


@dataclass
class Verdict:
    unexpected_failures: list[str]   # fail but not listed
    unexpected_passes: list[str]     # listed but pass: remove from the list
    stale: list[str]                 # listed but not run at all

    @property
    def ok(self) -> bool:
        return not (self.unexpected_failures or self.unexpected_passes or self.stale)

    def describe(self, status: dict[str, str], messages: dict[str, str]) -> str:
        lines = []
        for t in self.unexpected_failures:
            lines.append(f"unexpected {status[t]}: {t}: {messages.get(t, '')}")
        for t in self.unexpected_passes:
            lines.append(f"now passes, remove from expectations: {t}")
        for t in self.stale:
            lines.append(f"listed in expectations but not run: {t}")
        return "\n".join(lines)


def check(status: dict[str, str], expected: dict[str, str]) -> Verdict:
    """Apply the expectation rules to each test's overall status."""
    failing = {t for t, s in status.items() if s not in (PASS, SKIP)}
    return Verdict(
        unexpected_failures=sorted(failing - set(expected)),
        unexpected_passes=sorted(t for t in expected if status.get(t) == PASS),
        stale=sorted(t for t in expected if t not in status or status[t] == SKIP),
    )
