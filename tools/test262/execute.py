"""Running one test in one scenario, in this process, and judging the outcome
(INTERPRETING.md "Test Results", ``negative`` and the ``async`` protocol).
"""
from __future__ import annotations

import time
import traceback
from dataclasses import asdict, dataclass
from typing import Any

from .harness import STRICT_PREFIX, Harness, TestCase, include_names

ASYNC_COMPLETE = "Test262:AsyncTestComplete"
ASYNC_FAILURE = "Test262:AsyncTestFailure:"

PASS, FAIL, TIMEOUT, CRASH, SKIP = "pass", "fail", "timeout", "crash", "skip"
#: Worst first: a test's overall status is the worst of its scenarios'.
SEVERITY = {CRASH: 4, TIMEOUT: 3, FAIL: 2, PASS: 1, SKIP: 0}


@dataclass
class Result:
    """The outcome of one test in one scenario."""

    id: str
    scenario: str
    status: str
    message: str = ""
    duration: float = 0.0

    def to_json(self) -> dict:
        return asdict(self)


class _Outcome(Exception):
    """Ends a run early with a status and message."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _error_name(value: Any) -> str | None:
    """The ``name`` of a thrown value's constructor (None for a primitive)."""
    from pyjs.engine.runtime.objects import JSObject
    if not isinstance(value, JSObject):
        return None
    ctor = value.get("constructor", value)
    if not isinstance(ctor, JSObject):
        return None
    name = ctor.get("name", ctor)
    return name if isinstance(name, str) else None


def describe(exc: Exception) -> str:
    """The first line of a JS exception's description ("TypeError: msg")."""
    try:
        from pyjs.engine.runtime.objects import JSObject
        value = getattr(exc, "value", None)
        message = value.get("message", value) if isinstance(value, JSObject) else None
        name = _error_name(value)
        text = f"{name}: {message}" if name and isinstance(message, str) else str(exc)
    except Exception:  # describing must never hide the outcome
        text = f"<{type(exc.value).__name__} thrown>" if hasattr(exc, "value") else repr(exc)
    return text.strip().split("\n", 1)[0]


def _printable(text: str) -> str:
    """A message safe to print and store: lone surrogates become U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _crash_message(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}".split("\n", 1)[0]


def _parse_only(ctx: Any):
    """The Context's parse-without-running entry point, if it has one."""
    return getattr(ctx, "parse_script", None)


def _judge_negative(case: TestCase, exc: Exception, phase: str) -> tuple[str, str]:
    want = case.meta.negative
    got = _error_name(exc.value)
    if want.phase != phase:
        return FAIL, f"expected {want.type} in phase {want.phase}, got {phase} error: {describe(exc)}"
    if got != want.type:
        return FAIL, f"expected {want.type} in phase {want.phase}, got {describe(exc)}"
    return PASS, ""


def _run(ctx: Any, case: TestCase, scenario: str, harness: Harness | None,
         printed: list[str]) -> tuple[str, str]:
    from pyjs.engine.runtime.errors import JSThrow
    meta = case.meta
    prefix = STRICT_PREFIX if scenario == "strict" else ""
    names = include_names(meta)
    if names:
        try:
            ctx.eval(prefix + harness.prelude(names), "harness.js")
        except JSThrow as exc:
            return FAIL, f"harness error: {describe(exc)}"
    if meta.has("module"):
        return _run_module(ctx, case, printed)
    source = prefix + case.source
    negative = meta.negative
    parse = _parse_only(ctx)
    if negative is not None and negative.phase == "parse" and parse is not None:
        try:
            parse(source, case.id)
        except JSThrow as exc:
            return _judge_negative(case, exc, "parse")
        return FAIL, f"expected {negative.type} in phase parse, but the test parsed"
    try:
        ctx.eval(source, case.path)  # its path: import() resolves against it
        ctx.run_jobs()
    except JSThrow as exc:
        if negative is None:
            return FAIL, describe(exc)
        # Without a parse-only entry point a SyntaxError counts as parse phase: a parse-phase
        # negative test starts with $DONOTEVALUATE(), which throws a string if it runs.
        phase = "parse" if parse is None and _error_name(exc.value) == "SyntaxError" \
            and negative.phase == "parse" else "runtime"
        return _judge_negative(case, exc, phase)
    return _judge_completion(case, printed)


def _run_module(ctx: Any, case: TestCase, printed: list[str]) -> tuple[str, str]:
    """A module test: parse (phase parse), load and link its graph (phase resolution),
    evaluate and run the jobs (phase runtime: Evaluate()'s promise is rejected)."""
    from pyjs.engine.runtime.errors import JSThrow
    negative = case.meta.negative
    phase = "parse"
    try:
        rec = ctx.parse_module(case.path, case.source)
        phase = "resolution"
        ctx.link_module(rec)
        phase = "runtime"
        evaluated = ctx.evaluate_module(rec)
        ctx.run_jobs()
        ctx.module_outcome(evaluated)
    except JSThrow as exc:
        if negative is None:
            return FAIL, describe(exc)
        return _judge_negative(case, exc, phase)
    return _judge_completion(case, printed)


def _judge_completion(case: TestCase, printed: list[str]) -> tuple[str, str]:
    """A test that completed: negative tests fail, async tests must have called $DONE."""
    meta = case.meta
    negative = meta.negative
    if negative is not None:
        return FAIL, f"expected {negative.type} in phase {negative.phase}, but no error was thrown"
    if meta.has("async"):
        for line in printed:
            if line.startswith(ASYNC_FAILURE):
                return FAIL, line[len(ASYNC_FAILURE):].strip()
            if line == ASYNC_COMPLETE:
                return PASS, ""
        return FAIL, "async test did not call $DONE (no Test262:AsyncTestComplete printed)"
    return PASS, ""


def run_scenario(case: TestCase, scenario: str, harness: Harness | None, tier: str = "interp",
                 time_limit: float | None = 10.0) -> Result:
    """Run ``case`` in ``scenario`` in a fresh Context and judge the outcome."""
    from pyjs.engine.api import Context
    from pyjs.engine.runtime.errors import ScriptTerminated
    from .host import install_host
    started = time.perf_counter()
    printed: list[str] = []

    def make_context(limit: float | None = None) -> Any:
        # test262 hosts ignore unhandled rejections (HostPromiseRejectionTracker is host-defined)
        return Context(tier=tier, stdout=printed.append, stderr=printed.append, time_limit=limit,
                       unhandled_rejections="ignore")

    try:
        ctx = make_context(time_limit)
        install_host(ctx, printed, make_context)
        status, message = _run(ctx, case, scenario, harness, printed)
    except ScriptTerminated as exc:
        status, message = TIMEOUT, f"time limit: {exc.reason}"
    except Exception as exc:  # a Python exception escaping the engine is a crash
        status, message = CRASH, _crash_message(exc)
    return Result(case.id, scenario, status, _printable(message), time.perf_counter() - started)
