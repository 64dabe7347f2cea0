"""The `pyjs` shell: run files, -e / -p code, or a REPL."""
from __future__ import annotations

import argparse
import os
import sys
import threading
import traceback
from typing import Any

from .runtime.errors import JSThrow, ScriptTerminated
from .runtime.values import from_host_str, to_host_str


THREAD_STACK = 512 * 1024 * 1024  # the engine thread's stack: deep re-entrant JS recursion


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pyjs", description="A JavaScript engine written in Python")
    p.add_argument("file", nargs="?", help="script to run (omit for a REPL)")
    p.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the script (scriptArgs)")
    p.add_argument("-e", dest="code", help="evaluate CODE")
    p.add_argument("-p", dest="print_code", help="evaluate CODE and print its value")
    p.add_argument("--module", action="store_true",
                   help="run the file as an ES module (also .mjs files, and .js files under a "
                        "package.json with \"type\": \"module\")")
    p.add_argument("--tier", choices=["interp", "baseline", "opt", "auto"], default="auto")
    p.add_argument("--dispatch", choices=["switch", "threaded"], default=None)
    p.add_argument("--time-limit", type=float, default=None, metavar="SECONDS")
    p.add_argument("--memory-limit", type=int, default=None, metavar="MB",
                   help="stop the script cleanly when the process would use more memory")
    p.add_argument("--dump", choices=["bytecode", "baseline", "ir", "x64", "vliw"], default=None,
                   help="print the bytecode, the Python tier 1 generated (baseline), tier 2's IR after "
                        "every pass (ir), its LLVM IR and x86-64 assembly (x64) or its VLIW bundles (vliw) "
                        "for each compiled function")
    p.add_argument("--backend", choices=["x64", "vliw"], default=None,
                   help="tier 2's code generator: native x86-64 (default) or the simulated VLIW machine")
    p.add_argument("--vliw-stats", action="store_true",
                   help="after the run, print the VLIW simulator's counters (cycles, bundles, stalls ...)")
    p.add_argument("--baseline-threshold", type=int, default=None, metavar="N",
                   help="calls before tier 1 compiles a function under --tier=auto (loops: 10 N back edges)")
    p.add_argument("--trace-tiering", action="store_true", help="log each compilation and its cost")
    p.add_argument("--trace-deopt", action="store_true",
                   help="log each tier-2 bailout: function, pc, guard and the value it saw")
    p.add_argument("--debug", action="store_true", help="show Python tracebacks of internal errors")
    return p


def report_uncaught(ctx: Any, e: JSThrow) -> None:
    v = e.value
    pos = getattr(v, "__dict__", {}).get("position") if hasattr(v, "__dict__") else None
    if pos is not None:
        fname, line, col = pos
        src_line = _source_line(fname, line)
        if src_line is not None:
            ctx.stderr(f"{fname}:{line}:{col}")
            ctx.stderr(src_line)
            ctx.stderr(" " * (col - 1) + "^")
            ctx.stderr("")
    ctx.stderr(to_host_str(ctx.format_exception(e)))


_SOURCES: dict[str, str] = {}


def _source_line(fname: str, line: int) -> str | None:
    from .interp.modules import SOURCES
    src = _SOURCES.get(fname, SOURCES.get(fname))
    if src is None:
        return None
    lines = src.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else None


def _read_script(path: str) -> str | None:
    """The text of the script file, or None after saying on stderr why it cannot be read."""
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:  # as node: bad bytes become U+FFFD; JS has its own line terminators
            return fh.read()
    except OSError as e:
        sys.stderr.write(f"pyjs: cannot open {path}: {e.strerror}\n")
        return None


def is_module_file(path: str) -> bool:
    """Does node run ``path`` as a module: .mjs, or .js under a package.json whose "type" is
    "module" (the nearest package.json decides)?"""
    if path.endswith(".mjs"):
        return True
    if not path.endswith(".js"):
        return False
    import json
    d = os.path.dirname(os.path.abspath(path))
    while True:
        pj = os.path.join(d, "package.json")
        if os.path.isfile(pj):
            try:
                with open(pj, encoding="utf-8") as fh:
                    data = json.load(fh)
            except (OSError, ValueError):
                return False
            return isinstance(data, dict) and data.get("type") == "module"
        parent = os.path.dirname(d)
        if parent == d:
            return False
        d = parent


def install_tiering(opts: argparse.Namespace) -> None:
    """Tier-up options: --baseline-threshold, --trace-tiering, --dump=baseline."""
    from pyjs.tiers.baseline import install
    kw = {}
    if opts.baseline_threshold is not None:
        kw = {"threshold": opts.baseline_threshold, "loop_threshold": 10 * opts.baseline_threshold}
    trace = (lambda line: sys.stderr.write(line + "\n")) if opts.trace_tiering else None
    install(opts.tier, trace=trace, dump=opts.dump == "baseline", **kw)
    if opts.tier in ("opt", "auto"):
        from pyjs.tiers import opt
        opt.configure(dump=opts.dump, trace_deopt=(lambda line: sys.stderr.write(line + "\n"))
                      if opts.trace_deopt else None, backend=opts.backend)


def run(opts: argparse.Namespace) -> int:
    from .api import Context
    ctx = Context(tier=opts.tier, dispatch=opts.dispatch, time_limit=opts.time_limit)
    if opts.vliw_stats or opts.dump == "vliw":
        opts.backend = "vliw"
    elif opts.dump == "x64":
        opts.backend = "x64"
    if opts.baseline_threshold is not None or opts.trace_tiering or opts.trace_deopt \
            or opts.dump in ("baseline", "ir", "x64", "vliw") or opts.backend is not None:
        install_tiering(opts)
    try:
        if opts.dump == "bytecode":
            from .bytecode.disasm import dump_source
            inline = opts.code if opts.code is not None else opts.print_code
            if inline is None and opts.file is None:
                print("pyjs: --dump=bytecode needs a file or -e code", file=sys.stderr)
                return 2
            src = inline if inline is not None else _read_script(opts.file)
            if src is None:
                return 2
            print(dump_source(from_host_str(src), "<cmdline>" if inline is not None else opts.file))
            return 0
        if opts.code is not None or opts.print_code is not None:
            src = opts.code if opts.code is not None else opts.print_code
            _SOURCES["<cmdline>"] = src
            v = ctx.eval(from_host_str(src), "<cmdline>")
            if opts.print_code is not None:
                from .runtime.inspect_value import inspect
                ctx.stdout(to_host_str(v if type(v) is str else inspect(v)))
        elif opts.file is not None:
            src = _read_script(opts.file)
            if src is None:
                return 2
            _SOURCES[opts.file] = src
            from .runtime.access import create_array_from_list
            ctx.global_object.define_data("scriptArgs", create_array_from_list([from_host_str(a) for a in opts.args]), 5)
            if opts.module or is_module_file(opts.file):
                evaluated = ctx.run_module(opts.file, src)
                ctx.run_jobs()
                ctx.module_outcome(evaluated)
            else:
                ctx.eval(from_host_str(src), opts.file)
        else:
            from .repl import repl
            return repl(ctx)
        ctx.run_jobs()
        if opts.dump == "baseline":
            from pyjs.tiers.baseline import dump_text
            sys.stdout.write(dump_text())
        elif opts.dump in ("ir", "x64", "vliw"):
            from pyjs.tiers import opt
            sys.stdout.write(opt.dump_text(opts.dump))
        if opts.vliw_stats:
            from pyjs.tiers.vliw.simulator import STATS, report
            sys.stderr.write(report(STATS.summary()) + "\n")
        return 0
    except JSThrow as e:
        report_uncaught(ctx, e)
        return 1
    except ScriptTerminated as e:
        if e.reason != "quit":
            sys.stderr.write(f"pyjs: {e.reason}\n")
        return e.exit_code


def main(argv: list[str] | None = None) -> int:
    opts = build_parser().parse_args(argv)
    result = [1]

    def target() -> None:
        try:
            result[0] = run(opts)
        except SystemExit as e:
            result[0] = int(e.code or 0)
        except BrokenPipeError:  # the reader went away (`pyjs x.js | head`): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            result[0] = 0
        except MemoryError:
            if opts.memory_limit is not None:  # let the interpreter clean up past the limit
                import resource
                hard = resource.getrlimit(resource.RLIMIT_AS)[1]
                resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
            sys.stderr.write(f"pyjs: out of memory{' (--memory-limit)' if opts.memory_limit else ''}\n")
            result[0] = 1
        except BaseException as e:  # an engine bug: never a bare traceback for users
            if opts.debug:
                traceback.print_exc()
            else:
                sys.stderr.write(f"pyjs: internal error: {type(e).__name__}: {e} (run with --debug for the trace)\n")
            result[0] = 70

    if opts.memory_limit is not None:
        import resource
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        limit = opts.memory_limit * 1024 * 1024 + THREAD_STACK
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    sys.setrecursionlimit(200000)
    threading.stack_size(THREAD_STACK)
    t = threading.Thread(target=target)
    t.start()
    t.join()
    sys.stdout.flush()
    return result[0]


if __name__ == "__main__":
    sys.exit(main())
