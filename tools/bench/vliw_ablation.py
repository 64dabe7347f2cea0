"""``python -m pyjs.tools.bench --vliw-ablation``: what each VLIW scheduling technique buys.

Runs the numeric kernels of the suite (small sizes) and the loops of tier 2's bailout suite in
tier 2 on the VLIW backend, once with every technique on, once with each one off (if-conversion,
speculative loads, branch preparation, scheduling across blocks, unrolling loop traces, software
pipelining)
and once with none, and prints
the simulated cycles and operations per bundle (overall, and on the hottest trace: the hot
loop) of each run. Every run's output must equal tier 0's, or the table says so.
"""
from __future__ import annotations

import dataclasses
from typing import Any, Callable

from .suite import select

KERNELS = ("navierstokes", "nbody", "mandelbrot", "spectralnorm", "fannkuch")
SIZES = {"navierstokes": 4, "nbody": 10, "mandelbrot": 8, "spectralnorm": 5, "fannkuch": 4}
TECHNIQUES = ("ifconvert", "speculate", "prep", "cross", "unroll", "pipeline")


def configurations() -> list[tuple[str, Any]]:
    from pyjs.tiers.vliw.schedule import Techniques
    on = Techniques()
    out = [("all on", on)]
    out += [(f"no {t}", dataclasses.replace(on, **{t: False})) for t in TECHNIQUES]
    out.append(("none", Techniques(**{t: False for t in TECHNIQUES})))
    return out


def workloads() -> list[tuple[str, str]]:
    """(name, source): the kernels with a call of runIteration, then the bailout suite's loops."""
    out = [(b.name, b.source() + f"\nrunIteration({SIZES[b.name]});\n") for b in select(list(KERNELS))]
    try:
        from tests.tiers.test_opt import BAILOUTS
    except ImportError:  # an installed wheel has no tests
        return out
    for name, (src, _) in BAILOUTS.items():
        if "for (" in src or "while (" in src:
            out.append((f"bailout: {name}", src))
    return out


def run_js(source: str, tier: str) -> str:
    from pyjs.engine.api import Context
    from pyjs.engine.runtime.errors import JSThrow
    lines: list[str] = []
    ctx = Context(tier=tier, stdout=lines.append, stderr=lambda line: None)
    try:
        ctx.eval(source, "ablation.js")
        ctx.run_jobs()
    except JSThrow as e:
        lines.append(f"uncaught {e.value!r}")
    return "\n".join(lines)


def measure(source: str, techniques: Any) -> tuple[str, dict[str, Any]]:
    """Run ``source`` in tier 2 on the VLIW backend with ``techniques``: output, counters."""
    from pyjs.tiers import opt
    from pyjs.tiers.baseline import install
    from pyjs.tiers.vliw.backend import Config
    from pyjs.tiers.vliw.simulator import STATS
    saved = opt.Dumps.backend, Config.techniques
    opt.Dumps.backend, Config.techniques = "vliw", techniques
    STATS.reset()
    try:
        out = run_js(source, "opt")
    finally:
        opt.Dumps.backend, Config.techniques = saved
        install("interp")
    return out, STATS.summary()


def ablation(progress: Callable[[str], None] = lambda s: None) -> list[dict[str, Any]]:
    rows = []
    for name, src in workloads():
        progress(name)
        expected = run_js(src, "interp")
        row: dict[str, Any] = {"workload": name, "runs": {}}
        for label, tech in configurations():
            out, s = measure(src, tech)
            row["runs"][label] = {"cycles": s["cycles"], "ops_per_bundle": s["ops_per_bundle"],
                                  "hot_ops_per_bundle": s["hot_ops_per_bundle"], "same": out == expected}
        rows.append(row)
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """Markdown: per workload, cycles (ops/bundle overall, hot trace) per configuration."""
    labels = [label for label, _ in configurations()]
    head = "| workload | " + " | ".join(labels) + " | all on vs none |"
    out = [head, "|" + "---|" * (len(labels) + 2)]
    total_on = total_none = 0
    for r in rows:
        cells = []
        for label in labels:
            x = r["runs"][label]
            bad = "" if x["same"] else " WRONG"
            cells.append(f"{x['cycles']} ({x['ops_per_bundle']:.2f}, hot {x['hot_ops_per_bundle']:.2f}){bad}")
        on, none = r["runs"]["all on"]["cycles"], r["runs"]["none"]["cycles"]
        total_on += on
        total_none += none
        gain = f"{100 * (1 - on / none):.0f}% fewer" if none else "-"
        out.append(f"| {r['workload']} | " + " | ".join(cells) + f" | {gain} |")
    if total_none:
        out.append(f"\nAll workloads: {total_on} cycles with every technique on, {total_none} with none "
                   f"({100 * (1 - total_on / total_none):.0f}% fewer). Cells: simulated cycles "
                   "(operations per bundle overall, on the hottest trace).")
    return "\n".join(out)


def main() -> int:
    import sys
    rows = ablation(lambda name: sys.stderr.write(f"vliw ablation: {name}\n"))
    print(table(rows))
    return 0 if all(x["same"] for r in rows for x in r["runs"].values()) else 1
