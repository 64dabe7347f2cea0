"""Delta debugging (Zeller's ddmin) on a program's source: lines first, then tokens."""
from __future__ import annotations

import time
from typing import Callable

from .mutate import tokens


def ddmin(parts: list[str], keeps: Callable[[list[str]], bool], deadline: float) -> list[str]:
    """A 1-minimal sublist of ``parts`` for which ``keeps`` still holds (or the smallest found
    before ``deadline``, a time.monotonic() value)."""
    n = 2
    while len(parts) >= 2 and time.monotonic() < deadline:
        size = max(1, len(parts) // n)
        chunks = [parts[i:i + size] for i in range(0, len(parts), size)]
        reduced = False
        for i in range(len(chunks)):
            if time.monotonic() >= deadline:
                return parts
            complement = [p for j, c in enumerate(chunks) if j != i for p in c]
            if keeps(complement):
                parts, n, reduced = complement, max(n - 1, 2), True
                break
        if not reduced:
            if n >= len(parts):
                break
            n = min(len(parts), n * 2)
    return parts


def minimize(source: str, still_fails: Callable[[str], bool], seconds: float = 120.0) -> str:
    """The smallest source found within ``seconds`` that still fails the same way."""
    deadline = time.monotonic() + seconds
    lines = ddmin(source.split("\n"), lambda ls: still_fails("\n".join(ls)), deadline)
    source = "\n".join(lines)
    toks = [t for _, t in tokens(source)]
    toks = ddmin(toks, lambda ts: still_fails("".join(ts)), deadline)
    return "".join(toks)
