"""Run each js_cases/*.js in a Context and compare its output with node's (the .out file,
made by gen_expected.sh)."""
import pytest

from tests.js_cases import collect, run_case

CASES = collect(__file__)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_js_case(path):
    assert run_case(path) == path.with_suffix(".out").read_text()
