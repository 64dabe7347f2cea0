"""Runs one benchmark in an in-process Python JS engine, timed from the host.

    python -m tools.bench.peer_worker quickjs|js2py FILE NAME SIZE ITERATIONS

Prints the harness lines (tools/bench/harness.py).  The runner starts this as a
subprocess so that a crash, a hang or a runaway peer cannot take it down.
"""
from __future__ import annotations

import sys
import time
from typing import Callable

from .harness import iteration_line, verdict_line


def _quickjs(source: str) -> Callable[[str], object]:
    import quickjs
    ctx = quickjs.Context()
    ctx.set_max_stack_size(64 * 1024 * 1024)
    ctx.eval(source)
    return ctx.eval


def _js2py(source: str) -> Callable[[str], object]:
    import js2py
    ctx = js2py.EvalJs()
    ctx.execute(source)
    return ctx.execute


LOADERS: dict[str, Callable[[str], Callable[[str], object]]] = {
    "quickjs": _quickjs,
    "js2py": _js2py,
}


def _message(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return " | ".join(line for line in text.splitlines() if line.strip())[:500]


def main(argv: list[str]) -> int:
    engine, path, name, size, iterations = argv
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        run = LOADERS[engine](source)
        call = f"runIteration({int(size)});"
        for i in range(int(iterations)):
            start = time.perf_counter()
            run(call)
            print(iteration_line(name, i, (time.perf_counter() - start) * 1000.0), flush=True)
    except Exception as exc:  # any failure of the peer is reported, not raised
        print(verdict_line(name, _message(exc)), flush=True)
        return 1
    print(verdict_line(name), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
