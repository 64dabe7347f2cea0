"""The test262 runner (tools/test262) and the CI gate over test262_subset/.

Unit tests cover frontmatter parsing, scenario and include selection, expectations and
comparison; ``test_subset_matches_expectations`` runs the whole subset on the tier from
PYJS_TIER (interp|baseline|opt|auto, default interp) and applies the expectations rules.
"""
from __future__ import annotations

import os
from collections import Counter

import pytest
from rich.console import Console

from pyjs.tools.test262.compare import compare
from pyjs.tools.test262.execute import Result
from pyjs.tools.test262.expectations import ExpectationsError, check, load_expectations
from pyjs.tools.test262.features import skip_reason
from pyjs.tools.test262.frontmatter import FrontmatterError, parse_frontmatter
from pyjs.tools.test262.harness import SUBSET_DIR, Harness, discover, include_names, select_scenarios
from pyjs.tools.test262.report import counts_by_group, first_failures, group_of

SAMPLE = """// header
/*---
esid: sec-x
description: >
  Folded text
  on two lines.
info: |
  line one
    indented
includes: [propertyHelper.js, compareArray.js]
flags: [onlyStrict, async]
features:
  - Symbol
  - 'BigInt'
negative:
  phase: parse
  type: SyntaxError
---*/
body();
"""


def test_frontmatter_fields():
    meta = parse_frontmatter(SAMPLE)
    assert meta.esid == "sec-x"
    assert meta.description == "Folded text on two lines."
    assert meta.raw["info"] == "line one\n  indented"
    assert meta.includes == ["propertyHelper.js", "compareArray.js"]
    assert meta.flags == ["onlyStrict", "async"]
    assert meta.features == ["Symbol", "BigInt"]
    assert (meta.negative.phase, meta.negative.type) == ("parse", "SyntaxError")


@pytest.mark.parametrize("text", [
    "no metadata",
    "/*---\nflags: [bogus]\n---*/",
    "/*---\nnegative:\n  phase: later\n  type: X\n---*/",
])
def test_frontmatter_errors(text):
    with pytest.raises(FrontmatterError):
        parse_frontmatter(text)


@pytest.mark.parametrize("flags, scenarios", [
    ("[]", ["default", "strict"]),
    ("[onlyStrict]", ["strict"]),
    ("[noStrict]", ["default"]),
    ("[raw]", ["raw"]),
    ("[module]", ["module"]),
])
def test_scenarios(flags, scenarios):
    assert select_scenarios(parse_frontmatter(f"/*---\nflags: {flags}\n---*/")) == scenarios


def test_includes_order():
    meta = parse_frontmatter("/*---\nflags: [async]\nincludes: [asyncHelpers.js, sta.js]\n---*/")
    assert include_names(meta) == ["assert.js", "sta.js", "doneprintHandle.js", "asyncHelpers.js"]
    assert include_names(parse_frontmatter("/*---\nflags: [raw]\n---*/")) == []


def test_skip_reasons():
    assert skip_reason(parse_frontmatter("/*---\nflags: [module]\n---*/"), False) is None
    assert skip_reason(parse_frontmatter("/*---\nfeatures: [Atomics]\n---*/"), False)
    assert skip_reason(parse_frontmatter("/*---\nfeatures: [IsHTMLDDA]\n---*/"), False)
    assert skip_reason(parse_frontmatter("/*---\nfeatures: [Symbol]\n---*/"), False) is None


def test_subset_is_well_formed():
    ids = discover(SUBSET_DIR)
    assert len(ids) >= 600
    harness = Harness(SUBSET_DIR / "harness")
    tops = Counter(i.split("/")[0] for i in ids)
    assert tops["language"] > 250 and tops["built-ins"] > 250
    for test_id in ids:
        meta = parse_frontmatter((SUBSET_DIR / "test" / test_id).read_text(encoding="utf-8"))
        assert meta.description and meta.esid, test_id
        for name in include_names(meta):
            harness.read(name)  # every include exists
    assert discover(SUBSET_DIR, ["built-ins/Map"]) == [i for i in ids if i.startswith("built-ins/Map/")]


def test_expectations_rules(tmp_path):
    path = tmp_path / "exp.txt"
    path.write_text("## group\na.js  # known\nb.js # known too\n", encoding="utf-8")
    expected = load_expectations(path)
    verdict = check({"a.js": "fail", "b.js": "pass", "c.js": "crash", "d.js": "pass"}, expected)
    assert verdict.unexpected_failures == ["c.js"]
    assert verdict.unexpected_passes == ["b.js"]
    assert not verdict.ok
    assert check({"a.js": "timeout", "b.js": "fail"}, expected).ok
    assert check({"a.js": "fail"}, expected).stale == ["b.js"]
    path.write_text("a.js\n", encoding="utf-8")
    with pytest.raises(ExpectationsError):
        load_expectations(path)


def test_compare_and_report():
    cmp = compare({"a": "pass", "b": "fail", "c": "pass", "s": "skip"},
                  {"a": "fail", "b": "pass", "c": "pass", "s": "pass", "n": "pass"})
    assert (cmp.newly_passing, cmp.newly_failing, cmp.added) == (["b"], ["a"], ["n"])
    assert group_of("built-ins/Array/from/x.js", 2) == "built-ins/Array"
    groups = counts_by_group({"language/a/x.js": "pass", "language/a/y.js": "fail"}, 2)
    assert groups["language/a"] == Counter({"pass": 1, "fail": 1})
    results = [Result("t.js", "strict", "fail", "m2"), Result("t.js", "default", "fail", "m1"),
               Result("u.js", "default", "pass")]
    assert [(r.id, r.scenario) for r in first_failures(results)] == [("t.js", "default")]


def _engine_ready() -> bool:
    try:
        from pyjs.engine.api import Context
        return Context().eval("1 + 1") == 2.0
    except Exception:
        return False


@pytest.mark.skipif(not _engine_ready(), reason="engine.api.Context cannot evaluate yet")
def test_subset_matches_expectations():
    from pyjs.tools.test262.report import print_report
    from pyjs.tools.test262.runner import run_suite
    tier = os.environ.get("PYJS_TIER", "interp")
    run = run_suite(tier=tier, jobs=2, time_limit=20.0)
    status = run.test_status()
    expected = load_expectations(SUBSET_DIR / "expectations.txt")
    verdict = check(status, expected)
    if not verdict.ok:
        print_report(run, Console(width=160), max_failures=0, slowest=5)
    messages = {r.id: r.message for r in first_failures(run.results)}
    assert verdict.ok, verdict.describe(status, messages)


def test_resume_runs_only_what_the_log_lacks(tmp_path):
    """``--log`` + ``--resume``: a stopped run (its log cut in the middle of a line) goes on
    with the runs the log does not hold, and the report covers the whole log."""
    import json
    from pyjs.tools.test262.__main__ import main
    log, report = tmp_path / "run.jsonl", tmp_path / "run.json"
    common = ["-j", "0", "--no-progress", "--log", str(log), "language/function-code"]
    assert main(common) == 0
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) >= 3
    log.write_text("".join(lines[:2]) + lines[2][:10], encoding="utf-8")
    assert main(common + ["--resume", "--json", str(report)]) == 0
    again = log.read_text(encoding="utf-8").splitlines()
    assert len(again) == len(lines) + 1  # the two kept runs are not run again
    full = json.loads(report.read_text(encoding="utf-8"))
    assert len(full["results"]) == len(lines)
    assert sorted((r["id"], r["scenario"]) for r in full["results"]) == \
        sorted((json.loads(x)["id"], json.loads(x)["scenario"]) for x in lines)
