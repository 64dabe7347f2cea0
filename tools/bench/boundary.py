"""The host-boundary benchmark: what crossing between Python and JS costs in pyjs and its
embeddable peers (``python -m pyjs.tools.bench.boundary``; docs/EMBEDDING.md, "Performance").

Three measurements, each the median of ``--repeat`` runs, in seconds:

- ``call``: call a JS function ``x => x + 1`` from Python 100,000 times (an int in, an int out);
- ``list_to_js``: hand a 10,000-element list of ints to a JS function that reads its length;
- ``list_from_js``: bring a 10,000-element JS array of ints back as a Python list.

Each engine crosses the boundary its documented way: pyjs and mini-racer convert a list
argument themselves (mini-racer's ``call`` through JSON), quickjs takes only primitives, so the
list goes as a JSON string parsed in JS, and comes back through ``Object.json()``. A peer that
is not installed is reported as absent.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Callable

CALLS = 100_000
LENGTH = 10_000
DATA = list(range(LENGTH))
CASES = ("call", "list_to_js", "list_from_js")

Setup = Callable[[], dict[str, Callable[[], object]]]


def calls(inc: Callable[[int], object]) -> Callable[[], object]:
    """The ``call`` case for the JS function ``inc``: CALLS calls, then inc(1)."""
    def call() -> object:
        for i in range(CALLS):
            inc(i)
        return inc(1)
    return call


def pyjs_engine(tier: str) -> Setup:
    def setup() -> dict[str, Callable[[], object]]:
        import pyjs
        ctx = pyjs.Context(tier=tier)
        inc = ctx.eval("(x => x + 1)")
        length = ctx.eval("(a => a.length)")
        array = ctx.eval(f"const arr = Array.from({{length: {LENGTH}}}, (_, i) => i); (() => arr)")

        return {"call": calls(inc), "list_to_js": lambda: length(DATA), "list_from_js": array}
    return setup


def mini_racer() -> dict[str, Callable[[], object]]:
    from py_mini_racer import MiniRacer
    ctx = MiniRacer()
    inc = ctx.eval("(x => x + 1)")
    ctx.eval(f"function len(a) {{ return a.length }} const arr = Array.from({{length: {LENGTH}}}, (_, i) => i)")
    array = ctx.eval("(() => arr)")

    return {"call": calls(inc), "list_to_js": lambda: ctx.call("len", DATA), "list_from_js": lambda: list(array())}


def quickjs_engine() -> dict[str, Callable[[], object]]:
    import quickjs
    ctx = quickjs.Context()
    inc = ctx.eval("(x => x + 1)")
    length = ctx.eval("(s => JSON.parse(s).length)")
    array = ctx.eval(f"const arr = Array.from({{length: {LENGTH}}}, (_, i) => i); (() => arr)")

    return {"call": calls(inc), "list_to_js": lambda: length(json.dumps(DATA)),
            "list_from_js": lambda: json.loads(array().json())}


ENGINES: dict[str, Setup] = {
    "pyjs-interp": pyjs_engine("interp"), "pyjs-baseline": pyjs_engine("baseline"), "pyjs-auto": pyjs_engine("auto"),
    "quickjs": quickjs_engine, "mini-racer": mini_racer,
}
EXPECTED = {"call": 2, "list_to_js": LENGTH, "list_from_js": DATA}


def measure(setup: Setup, repeat: int, clock: Callable[[], float] = time.perf_counter) -> dict[str, float] | str:
    """Median seconds per case, or why the engine cannot run."""
    try:
        cases = setup()
    except ImportError as exc:
        return f"absent ({exc.name})"
    out = {}
    for name in CASES:
        times = []
        for _ in range(repeat):
            t0 = clock()
            result = cases[name]()
            times.append(clock() - t0)
            if result != EXPECTED[name]:
                raise AssertionError(f"{name} gave {str(result)[:80]}")
        out[name] = statistics.median(times)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--engine", action="append", choices=list(ENGINES), help="(default: all)")
    p.add_argument("--cpu", action="store_true",
                   help="CPU time of the process (all its threads) instead of wall time: steadier on a busy machine")
    opts = p.parse_args(argv)
    clock = time.process_time if opts.cpu else time.perf_counter
    print(f"{'engine':14} " + " ".join(f"{c:>14}" for c in CASES) + f"   (median {'CPU' if opts.cpu else 'wall'} seconds)")
    for name in opts.engine or ENGINES:
        result = measure(ENGINES[name], opts.repeat, clock)
        if isinstance(result, str):
            print(f"{name:14} {result}")
        else:
            print(f"{name:14} " + " ".join(f"{result[c]:14.4f}" for c in CASES), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
