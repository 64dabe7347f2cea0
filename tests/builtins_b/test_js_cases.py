"""Run each js_cases/*.js in a Context and compare its output with node's (the .out file,
made by gen_expected.sh)."""
import pathlib

import pytest

CASES = sorted(pathlib.Path(__file__).with_name("js_cases").glob("*.js"))


def run(path: pathlib.Path) -> str:
    from engine.api import Context
    from engine.runtime.errors import JSThrow
    lines: list[str] = []
    ctx = Context(stdout=lines.append, stderr=lines.append)
    try:
        ctx.eval(path.read_text(), filename=path.name)
        ctx.run_jobs()
    except JSThrow as e:
        lines.append(ctx.format_exception(e))
    return "".join(line + "\n" for line in lines)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_js_case(path):
    expected = path.with_suffix(".out").read_text()
    assert run(path) == expected
