"""python -m tools.fuzz --seed N --minutes M [--tiers interp,baseline,opt,auto:2] [--no-node]"""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from .harness import default_tiers, run_fuzz


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tools.fuzz", description=__doc__)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--minutes", type=float, default=1.0)
    p.add_argument("--count", type=int, default=None, help="stop after this many programs")
    p.add_argument("--tiers", default=",".join(default_tiers()),
                   help="pyjs tiers, the first is the reference; auto:N = tier-up after N calls; "
                        "opt:BACKEND = tier 2 with that backend (each one that exists by default)")
    p.add_argument("--mode", choices=["both", "gen", "mutant"], default="both")
    p.add_argument("--no-node", action="store_true", help="do not compare with node")
    p.add_argument("--time-limit", type=float, default=5.0, help="seconds per program and engine")
    p.add_argument("--out", type=Path, default=Path("fuzz-findings"), help="where failing programs go")
    p.add_argument("--jobs", type=int, default=None,
                   help="engines running a program at a time (default: all at once)")
    p.add_argument("--minimize-seconds", type=float, default=120.0, help="0: do not minimize")
    opts = p.parse_args(argv)
    # a kill ends the run as Ctrl-C does, through run_fuzz's cleanup: the worker processes
    # would otherwise wait forever (each holds the pipes of the workers forked before it)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    stats = run_fuzz(opts.seed, opts.minutes, [t for t in opts.tiers.split(",") if t], not opts.no_node,
                     opts.mode, opts.count, opts.time_limit, opts.out, opts.minimize_seconds,
                     jobs=opts.jobs)
    print(stats.report())
    return 1 if stats.findings else 0


if __name__ == "__main__":
    sys.exit(main())
