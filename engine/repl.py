"""The interactive shell: multi-line input, history, and results printed like node's REPL."""
from __future__ import annotations

import os
from typing import Any

from .runtime.errors import JSThrow, ScriptTerminated
from .runtime.values import from_host_str, to_host_str

HISTORY = os.path.expanduser("~/.pyjs_history")


def _incomplete(source: str) -> bool:
    """True when the source ends mid-construct, so the REPL should read another line."""
    from .bytecode.compiler import CompileError
    from .bytecode.funcs import parse
    try:
        try:
            parse(source, "<repl>")
        except CompileError:
            parse(source, "<repl>", allow_await=True)
    except CompileError as e:
        msg = str(e)
        return "end of input" in msg or "Unterminated template" in msg
    return False


def evaluate(ctx: Any, text: str) -> Any:
    """Run one input (top-level `await` allowed, as in node's REPL) and then the jobs; the
    input's value, awaited when it awaits."""
    from .runtime.promise import REJECTED, JSPromise
    v = ctx.eval(from_host_str(text), "<repl>", allow_await=True)
    awaited = isinstance(v, JSPromise) and has_top_level_await(text)
    if awaited:
        v.is_handled = True
    ctx.run_jobs()
    if awaited:
        if v.state is REJECTED:
            raise JSThrow(v.result)
        v = v.result
    return v


def has_top_level_await(text: str) -> bool:
    """Did the input need top-level `await` (it is no Script without)?"""
    from .bytecode.compiler import CompileError
    from .bytecode.funcs import parse
    try:
        parse(from_host_str(text), "<repl>")
    except CompileError:
        return True
    return False


def repl(ctx: Any) -> int:
    """Read-eval-print until end of input or quit(); returns the exit status."""
    try:
        import readline
        try:
            readline.read_history_file(HISTORY)
        except OSError:
            pass
    except ImportError:
        readline = None
    from rich.console import Console
    from rich.syntax import Syntax
    console = Console(highlight=False)
    from .runtime.inspect_value import inspect
    status = 0
    try:
        while True:
            try:
                text = input("> ")
            except EOFError:
                break
            while _incomplete(text):
                try:
                    text += "\n" + input("... ")
                except EOFError:
                    break
            if not text.strip():
                continue
            try:
                v = evaluate(ctx, text)
                console.print(Syntax(to_host_str(inspect(v)), "javascript", theme="ansi_dark",
                                     background_color="default"))
            except JSThrow as e:
                console.print(f"[red]{to_host_str(ctx.format_exception(e))}[/red]", markup=True)
            except ScriptTerminated as e:
                if e.reason == "quit":
                    status = e.exit_code
                    break
                console.print(f"[red]{e.reason}[/red]")
    finally:
        if readline is not None:
            try:
                readline.write_history_file(HISTORY)
            except OSError:
                pass
    return status
