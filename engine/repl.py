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
        parse(source, "<repl>")
    except CompileError as e:
        msg = str(e)
        return "end of input" in msg or "Unterminated template" in msg
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
                v = ctx.eval(from_host_str(text), "<repl>")
                ctx.run_jobs()
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
