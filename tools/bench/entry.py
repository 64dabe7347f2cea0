"""``python -m tools.bench.entry``: the cost of entering tier-2 code, in ns per call.

A one-line JS function is compiled by tier 2; its native code (a builtin function object) and
its ``tier_entry`` (the Python wrapper tiers 0 and 1 call, which tier 1's direct calls use to
build the frame and which stack traces read) are called on a prepared frame, next to a call of
a Python built-in (``len``) and of an empty Python function for scale. Best of 7 repeats."""
from __future__ import annotations

import sys
import timeit

from pyjs.engine.api import Context
from pyjs.engine.interp.functions import make_frame


def measure(number: int = 200_000) -> dict[str, float]:
    ctx = Context(tier="opt", stdout=lambda line: None, stderr=lambda line: None)
    ctx.eval("function id(x) { return x; } id(1); id(2); id(3);", "entry.js")
    fn = ctx.eval("id", "entry.js")
    entry = fn.code.tier_entry
    if entry is None or not entry.__qualname__.startswith("opt_"):
        raise SystemExit("tier 2 did not compile the probe function (is llvmlite installed?)")
    native = entry.__closure__[0].cell_contents
    frame = make_frame(fn, None, [1.0], None)
    env = {"native": native, "entry": entry, "f": frame, "empty": lambda f: f, "seq": ()}
    out = {}
    for label, stmt in (("native code", "native(f)"), ("tier_entry wrapper + native code", "entry(f)"),
                        ("Python built-in len()", "len(seq)"), ("empty Python function", "empty(f)")):
        out[label] = min(timeit.repeat(stmt, number=number, repeat=7, globals=env)) / number * 1e9
    return out


def main() -> None:
    for label, ns in measure().items():
        print(f"{label:36s} {ns:7.0f} ns")


if __name__ == "__main__":
    sys.setrecursionlimit(100_000)
    main()
