"""python -m tools.bench: run the Octane-like suite in pyjs and its peers.

Examples:
    python -m tools.bench                       # every tier that exists, every peer found
    python -m tools.bench --tier interp --peer node richards deltablue
    python -m tools.bench --quick --no-peers    # correctness only, tiny sizes (CI)
    python -m tools.bench --json out.json
    python -m tools.bench --vliw-ablation         # tier 2's VLIW backend: cycles with each technique off
"""
from __future__ import annotations

import argparse
import datetime
import json
import platform
import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .engines import PEERS, TIERS, Engine
from .harness import ABSENT, OK, RunResult
from .report import Results, print_report, to_json
from .suite import BENCHMARKS, select


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("benchmarks", nargs="*", metavar="NAME",
                   help="benchmarks to run (default: all): " + ", ".join(b.name for b in BENCHMARKS))
    p.add_argument("--tier", action="append", choices=TIERS,
                   help="pyjs tier to force (repeatable; default: every tier)")
    p.add_argument("--peer", action="append", choices=PEERS,
                   help="peer engine to compare with (repeatable; default: every peer)")
    p.add_argument("--no-peers", action="store_true", help="run pyjs only")
    p.add_argument("--quick", action="store_true",
                   help="one iteration of each benchmark at a tiny size, for correctness only")
    p.add_argument("--iterations", type=int, default=7,
                   help="iterations per run, warm-up included (default 7)")
    p.add_argument("--warmup", type=int, default=2,
                   help="leading iterations left out of the steady state (default 2)")
    p.add_argument("--size", action="append", default=[], metavar="NAME=N",
                   help="override one benchmark's size (repeatable)")
    p.add_argument("--timeout", type=float, default=None,
                   help="seconds allowed per engine and benchmark (default 900, 120 with --quick)")
    p.add_argument("--js2py-timeout", type=float, default=120.0,
                   help="seconds allowed per benchmark in Js2Py (default 120)")
    p.add_argument("--python", default=sys.executable,
                   help="Python interpreter that runs pyjs and the Python peers")
    p.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    p.add_argument("--vliw-ablation", action="store_true",
                   help="instead: the VLIW backend's simulated cycles and ops/bundle on the numeric kernels "
                        "and the bailout suite's loops with each scheduling technique off (docs/VLIW.md)")
    args = p.parse_args(argv)
    if args.quick:
        args.iterations, args.warmup = 1, 1
    if args.iterations < 1 or args.warmup < 0:
        p.error("--iterations must be at least 1 and --warmup at least 0")
    if args.warmup >= args.iterations and not args.quick:
        p.error("--warmup must leave at least one measured iteration")
    if args.timeout is None:
        args.timeout = 120.0 if args.quick else 900.0
    return args


def sizes_for(args: argparse.Namespace, benches) -> dict[str, int]:
    sizes = {b.name: (b.quick_size if args.quick else b.size) for b in benches}
    for item in args.size:
        name, _, value = item.partition("=")
        if name not in sizes or not value.isdigit():
            raise SystemExit(f"bad --size {item!r}: expected NAME=N with NAME among the benchmarks run")
        sizes[name] = int(value)
    return sizes


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.vliw_ablation:
        from .vliw_ablation import main as ablation
        return ablation()
    benches = select(args.benchmarks)
    sizes = sizes_for(args, benches)
    tiers = args.tier or [t for t in TIERS if t != "threaded"]
    peers = [] if args.no_peers else (args.peer or list(PEERS))
    engines = [Engine(t, args.timeout, args.python) for t in tiers]
    engines += [Engine(p, min(args.timeout, args.js2py_timeout) if p == "js2py" else args.timeout,
                       args.python) for p in peers]
    columns = [e.column for e in engines]

    err = Console(stderr=True)
    # Wide enough for every column when the report goes to a file or a pipe.
    out = Console() if sys.stdout.isatty() else Console(width=200)
    absent: dict[str, str] = {}
    with err.status("probing engines..."):
        for engine in engines:
            reason = engine.probe()
            if reason is not None:
                absent[engine.column] = reason
    for column, reason in absent.items():
        err.print(f"[yellow]{column}: absent[/] ({reason})")

    results: Results = {b.name: {} for b in benches}
    runnable = [e for e in engines if e.column not in absent]
    progress = Progress(TextColumn("{task.description:<28}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err)
    with progress:
        task = progress.add_task("benchmarks", total=len(benches) * len(runnable))
        for bench in benches:
            for engine in engines:
                if engine.column in absent:
                    results[bench.name][engine.column] = RunResult(ABSENT, error=absent[engine.column])
                    continue
                progress.update(task, description=f"{bench.name} · {engine.column}")
                result = engine.run(bench, sizes[bench.name], args.iterations, args.warmup)
                results[bench.name][engine.column] = result
                mark = "[green]ok[/]" if result.status == OK else f"[red]{result.status}[/]"
                progress.console.print(f"{bench.name:<14} {engine.column:<9} {mark}"
                                       + (f"  {result.error}" if result.error else ""))
                progress.advance(task)

    references = [c for c in ("interp", *PEERS) if c in columns and c not in absent]
    print_report(out, results, columns, references, absent, sizes, args.quick,
                 args.iterations, args.warmup)
    if args.json:
        meta = {"date": datetime.datetime.now().isoformat(timespec="seconds"),
                "python": platform.python_version(), "platform": platform.platform(),
                "quick": args.quick, "iterations": args.iterations, "warmup": args.warmup,
                "sizes": sizes}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(to_json(results, columns, references, absent, meta), f, indent=2)
        err.print(f"wrote {args.json}")

    # pyjs failing a benchmark, or a tier asked for by name being absent, fails the run.
    bad = [(b, c) for b, by in results.items() for c, r in by.items()
           if c in TIERS and (r.status not in (OK, ABSENT) or (args.tier and c in absent))]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
