"""Fixes found by the real test262 (docs/CONFORMANCE.md); expected values follow the spec."""
import pytest

CASES = [
    # proposal-upsert: Map / WeakMap getOrInsert, getOrInsertComputed
    ("(() => { const m = new Map([[1, 'a']]); return [m.getOrInsert(1, 'b'), m.getOrInsert(2, 'c'), m.size].join(); })()",
     "a,c,2"),
    ("(() => { const m = new Map(); let seen; const v = m.getOrInsertComputed(-0, k => (seen = Object.is(k, 0), m.set(0, 'x'), 'y'));"
     " return [v, seen, m.get(0), m.size].join(); })()", "y,true,y,1"),
    ("(() => { const w = new WeakMap(), k = {}; w.getOrInsert(k, 1); return w.getOrInsertComputed(k, () => 2); })()", "1"),
]


@pytest.mark.parametrize("expr,expected", CASES)
def test_expression(run_js, expr, expected):
    assert run_js(f"console.log({expr})") == expected + "\n"


@pytest.mark.parametrize("src", [
    "new Map().getOrInsertComputed(1, 2)",
    "new WeakMap().getOrInsert(1, 2)",
    "new WeakMap().getOrInsertComputed(Symbol.for('r'), () => 1)",
    "Map.prototype.getOrInsert.call(new WeakMap(), {}, 1)",
])
def test_type_errors(js_error, src):
    assert js_error(src).startswith("TypeError")
