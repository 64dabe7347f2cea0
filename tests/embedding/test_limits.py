"""Per-context limits: time, memory, stack depth, in the suite's tier (CI runs every tier).
Each limit ends the script with a clear error and leaves the context usable."""
from __future__ import annotations

import time

import pytest

import pyjs

MB = 1 << 20


def limited(tier: str, **limits: object) -> pyjs.Context:
    return pyjs.Context(tier=tier, **limits)


def test_time_limit_per_call(engine_tier: str) -> None:
    ctx = limited(engine_tier, time_limit=0.5)
    for source in ("while (true) {}", "for (;;) { try { null.x } catch (e) {} }",
                   "function f() { for (;;) {} } f()", "'abc'.replace(/(a+)+$/, 'x'.repeat(0)); for (;;) {}"):
        t0 = time.monotonic()
        with pytest.raises(pyjs.TimeLimitExceeded):
            ctx.eval(source)
        assert time.monotonic() - t0 < 3
    assert ctx.eval("1 + 1") == 2  # usable afterwards, with a fresh budget
    with pytest.raises(pyjs.TimeLimitExceeded):
        ctx.eval("try { while (true) {} } finally { globalThis.cleanup = 1 }")


def test_time_limit_inside_a_builtin(engine_tier: str) -> None:
    ctx = limited(engine_tier, time_limit=0.5)
    with pytest.raises(pyjs.TimeLimitExceeded):
        ctx.eval("Array(2 ** 31).join('x')")
    assert ctx.eval("[1, 2].join()") == "1,2"


@pytest.mark.parametrize("source", [
    "'x'.repeat(2 ** 28)",
    "'x'.padStart(2 ** 28)",
    "let s = 'ab'; while (true) s += s",
    "new ArrayBuffer(2 ** 30)",
    "const bufs = []; while (true) bufs.push(new Uint8Array(2 ** 20))",
    "const objects = []; while (true) objects.push({a: objects.length, b: new Array(200).fill(0)})",
    "let list = null; while (true) list = {next: list, pad: new Array(200).fill(list)}",
    "Array.from({length: 1e9}, (_, i) => new Array(50).fill(i))",
    "const strings = []; for (let i = 0; ; i++) strings.push('item ' + i + ' '.repeat(2000))",
], ids=["repeat", "padStart", "doubling", "buffer", "buffers", "objects", "linked", "from", "strings"])
def test_memory_limit(engine_tier: str, source: str) -> None:
    ctx = limited(engine_tier, memory_limit=24 * MB, time_limit=60)
    with pytest.raises(pyjs.MemoryLimitExceeded):
        ctx.eval(source)
    assert ctx.eval("[1, 2, 3].map(x => x * 2)") == [2, 4, 6]


def test_memory_limit_allows_what_fits(engine_tier: str) -> None:
    ctx = limited(engine_tier, memory_limit=60 * MB)
    assert ctx.eval("'x'.repeat(1e6).length") == 1_000_000
    # garbage does not accumulate: 200 MB allocated in total, little of it live at once
    assert ctx.eval("let n = 0; for (let i = 0; i < 200; i++) n += new Uint8Array(1e6).length; n") == 200_000_000


def test_stack_limit(engine_tier: str) -> None:
    ctx = limited(engine_tier, stack_limit=200)
    depth = ctx.eval("let d = 0; function f() { d++; f() } try { f() } catch (e) { } d")
    assert 150 <= depth <= 200
    with pytest.raises(pyjs.JSError, match="RangeError: Maximum call stack size exceeded"):
        ctx.eval("function g() { g() } g()")
    through_builtins = ctx.eval("let n = 0; function h() { n++; [1].forEach(h) } try { h() } catch (e) {} n")
    assert through_builtins <= 201
    assert ctx.eval("(function r(k) { return k ? r(k - 1) + 1 : 0 })(100)") == 100
    with pytest.raises(ValueError):
        pyjs.Context(stack_limit=10 ** 6)


def test_limits_are_per_context(engine_tier: str) -> None:
    tight = limited(engine_tier, time_limit=0.3, memory_limit=30 * MB, stack_limit=50)
    free = limited(engine_tier)
    with pytest.raises(pyjs.TimeLimitExceeded):
        tight.eval("for (;;) {}")
    assert free.eval("let d = 0; function f(k) { d++; if (k) f(k - 1) } f(1000); d") == 1001
    assert free.eval("'x'.repeat(2 ** 25).length") == 2 ** 25
