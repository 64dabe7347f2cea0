"""``python -m tools.test262``: run test262-format tests and report.

    python -m tools.test262                          # the whole test262_subset/
    python -m tools.test262 built-ins/Array language/statements/for-of
    python -m tools.test262 --test262-dir /tmp/test262 'built-ins/Map/**' --json new.json
    python -m tools.test262 --compare old.json --json new.json
    python -m tools.test262 --check-expectations     # CI: the expectations rules
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .compare import compare, load_statuses, print_comparison
from .expectations import check, load_expectations
from .harness import SUBSET_DIR, matches
from .report import first_failures, print_report
from .pool import RunConfig
from .runner import Run, load_log, plan, read_log, run_suite

EXPECTATIONS = SUBSET_DIR / "expectations.txt"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tools.test262", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("patterns", nargs="*", help="test path globs or directory prefixes under test/")
    p.add_argument("--test262-dir", type=Path, default=SUBSET_DIR,
                   help="suite with harness/ and test/ (default: test262_subset/)")
    p.add_argument("--harness-dir", type=Path, help="harness directory (default: SUITE/harness)")
    p.add_argument("--exclude", action="append", default=[], help="glob of tests to leave out")
    p.add_argument("--features", help="only tests using one of these comma-separated features")
    p.add_argument("--run-all-features", action="store_true",
                   help="also run tests of features the host marks unsupported")
    p.add_argument("--tier", default="interp", choices=["interp", "baseline", "opt", "auto"])
    p.add_argument("-j", "--jobs", type=int, default=2, help="worker processes (0: run inline)")
    p.add_argument("--time-limit", type=float, default=10.0, help="seconds per test")
    p.add_argument("--json", type=Path, help="write the results to this JSON file")
    p.add_argument("--compare", type=Path, help="old JSON results: list newly passing / failing")
    p.add_argument("--check-expectations", nargs="?", const=EXPECTATIONS, type=Path,
                   metavar="FILE", help="fail unless failures match the expectations file")
    p.add_argument("--depth", type=int, default=2, help="directory depth of the counts table")
    p.add_argument("--slowest", type=int, default=10)
    p.add_argument("--max-failures", type=int, default=50, help="failures to list")
    p.add_argument("--list", action="store_true", help="list the selected runs and exit")
    p.add_argument("--no-progress", action="store_true")
    p.add_argument("--log", type=Path, help="append each result to this file as a JSON line")
    p.add_argument("--shuffle", type=int, metavar="SEED",
                   help="run the tests in a random order from SEED (a run stopped early is a sample)")
    p.add_argument("--resume", action="store_true",
                   help="with --log: leave out the runs the log already holds; report on the whole log")
    p.add_argument("--from-log", type=Path, action="append", metavar="FILE",
                   help="report on the results logged by --log instead of running tests")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    console = Console()
    features = args.features.split(",") if args.features else None
    if args.list:
        tasks, skipped = plan(args.test262_dir, args.patterns or None, args.exclude, features)
        for test_id, scenario in tasks:
            print(f"{test_id} [{scenario}]")
        for r in skipped:
            print(f"{r.id} [skip: {r.message}]")
        return 0
    if args.from_log:
        config = RunConfig(str(args.test262_dir.resolve()), "", args.tier, args.time_limit)
        return _finish(args, console, load_log(args.from_log, config))
    if args.resume and not args.log:
        console.print("[red]--resume needs --log FILE[/]")
        return 2
    done = frozenset()
    if args.resume and args.log.exists():
        done = frozenset((r.id, r.scenario) for r in read_log(args.log))
        with open(args.log, "rb+") as f:  # a killed run may have left a partial last line
            if f.seek(0, 2):
                f.seek(-1, 2)
                if f.read(1) != b"\n":
                    f.write(b"\n")
    log = open(args.log, "a", encoding="utf-8") if args.log else None
    progress = Progress(TextColumn("test262"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.description}"),
                        console=Console(stderr=True), disable=args.no_progress, transient=True)
    with progress:
        bar = progress.add_task("", total=None)

        def on_result(result) -> None:
            progress.update(bar, advance=1, description=result.id)
            if log is not None:
                log.write(json.dumps(result.to_json()) + "\n")
                log.flush()

        run = run_suite(args.test262_dir, args.patterns or None, args.exclude, features,
                        args.run_all_features, args.tier, args.jobs, args.time_limit,
                        args.harness_dir, on_result, args.shuffle, done)
    if log is not None:
        log.close()
    if args.resume:
        run = load_log([args.log], run.config)
    return _finish(args, console, run)


def _finish(args: argparse.Namespace, console: Console, run: Run) -> int:
    """Report on ``run``; write / compare / check it as the options ask."""
    print_report(run, console, args.depth, args.slowest, args.max_failures)
    status = run.test_status()
    if args.json:
        args.json.write_text(json.dumps(run.to_json(), indent=1) + "\n", encoding="utf-8")
    if args.compare:
        print_comparison(compare(load_statuses(args.compare), status), status, console)
    if args.check_expectations:
        expected = load_expectations(args.check_expectations)
        if args.patterns:
            expected = {t: r for t, r in expected.items() if matches(t, args.patterns)}
        verdict = check(status, expected)
        messages = {r.id: r.message for r in first_failures(run.results)}
        if not verdict.ok:
            console.print(f"[red]expectations not met[/]\n{verdict.describe(status, messages)}")
            return 1
        console.print(f"[green]expectations met[/] ({len(expected)} known failures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
