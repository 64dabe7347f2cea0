"""Shared driver of the js_cases/ directories: run each *.js in a fresh Context and compare its
output with node's (the .out file beside it, made by gen_expected.sh)."""
from __future__ import annotations

import pathlib


def collect(test_file: str) -> list[pathlib.Path]:
    """The js_cases/*.js beside ``test_file``."""
    return sorted(pathlib.Path(test_file).with_name("js_cases").glob("*.js"))


def run_case(path: pathlib.Path) -> str:
    """Everything the case printed, an uncaught error reported as the shell does."""
    from pyjs.engine.api import Context
    from pyjs.engine.runtime.errors import JSThrow
    lines: list[str] = []
    ctx = Context(stdout=lines.append, stderr=lines.append)
    try:
        ctx.eval(path.read_text(), filename=path.name)
        ctx.run_jobs()
    except JSThrow as e:
        lines.append(ctx.format_exception(e))
    return "".join(line + "\n" for line in lines)
