"""Per-context limits: time, memory, stack depth, in the suite's tier (CI runs every tier).
Each limit ends the script with a clear error and leaves the context usable."""
from __future__ import annotations

import threading
import time

import pytest

import pyjs
from pyjs.engine.runtime import memory

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


def test_time_limit_without_a_watchdog_thread(engine_tier: str, monkeypatch) -> None:
    """A process that cannot start the watchdog's thread still runs, and loops still time out."""
    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")
    monkeypatch.setattr(threading.Thread, "start", refuse)
    ctx = limited(engine_tier, time_limit=0.5)
    assert ctx.eval("1 + 1") == 2
    with pytest.raises(pyjs.TimeLimitExceeded):
        ctx.eval("for (;;) {}")


def test_time_limit_inside_a_builtin(engine_tier: str) -> None:
    ctx = limited(engine_tier, time_limit=0.5)
    with pytest.raises(pyjs.TimeLimitExceeded):
        ctx.eval("Array(2 ** 31).join('x')")
    assert ctx.eval("[1, 2].join()") == "1,2"


@pytest.mark.parametrize("source", [
    "'x'.repeat(2 ** 28)",
    "'x'.padStart(2 ** 28)",
    "new ArrayBuffer(2 ** 31)",
    "new Float64Array(2 ** 27)",
    "Array(1e9).fill(0)",
    "Array(1e8).join('ab')",
    "JSON.stringify(Array(1e8))",
    "Array.from({length: 1e9}, (_, i) => i)",
], ids=["repeat", "padStart", "buffer", "typed", "fill", "join", "stringify", "from"])
def test_memory_limit_refuses_one_large_step(engine_tier: str, source: str) -> None:
    """A single built-in step that would allocate past the limit is refused before it
    allocates: the process does not grow by the request."""
    ctx = limited(engine_tier, memory_limit=24 * MB, time_limit=60)
    before = memory.resident()
    with pytest.raises(pyjs.MemoryLimitExceeded):
        ctx.eval(source)
    assert memory.resident() - before < 24 * MB
    assert ctx.eval("[1, 2, 3].map(x => x * 2)") == [2, 4, 6]


@pytest.mark.parametrize("source", [
    "let s = 'ab'; while (true) s += s",
    "let s = 'ab'; while (true) s = `${s}|${s}`",
    "const a = new Array(10); const chunk = Array(100).fill('v'.repeat(300));\n"
    "while (true) a.push(...chunk.map(s => s + a.length))",
    "const a = []; for (let i = 0; ; i++) a[i] = 'item ' + i + ' '.repeat(300)",
    "const a = []; for (let i = 0; ; i++) a[i] = i",
    "const bufs = []; while (true) bufs.push(new Uint8Array(2 ** 20))",
    "const objects = []; while (true) objects.push({a: objects.length, b: new Array(200).fill(0)})",
    "let list = null; while (true) list = {next: list, pad: new Array(200).fill(list)}",
    "const m = new Map(); for (let i = 0; ; i++) m.set(i, [i])",
    "const o = {}; for (let i = 0; ; i++) o['key' + i] = [i]",
    "const parts = []; while (true) parts.push(JSON.stringify({a: 'x'.repeat(5000), b: [parts.length]}))",
], ids=["doubling", "template", "push", "index", "append", "buffers", "objects", "linked", "map", "dict",
        "json"])
def test_memory_limit_stops_growth(engine_tier: str, source: str) -> None:
    ctx = limited(engine_tier, memory_limit=12 * MB, time_limit=60)
    before = memory.resident()
    with pytest.raises(pyjs.MemoryLimitExceeded):
        ctx.eval(f"(function () {{ {source} }})()")
    assert memory.resident() - before < 4 * 12 * MB  # the counts are estimates, not wild ones
    assert ctx.eval("[1, 2, 3].map(x => x * 2)") == [2, 4, 6]


def test_memory_limit_ignores_garbage(engine_tier: str) -> None:
    """What a context allocated and dropped does not count: four times its limit of each kind."""
    ctx = limited(engine_tier, memory_limit=16 * MB, time_limit=120)
    assert ctx.eval("'x'.repeat(1e6).length") == 1_000_000
    assert ctx.eval("let n = 0; for (let i = 0; i < 64; i++) n += new Uint8Array(1e6).length; n") == 64_000_000
    assert ctx.eval("let m = 0; for (let i = 0; i < 64; i++) m += 'y'.repeat(1e6).length; m") == 64_000_000
    assert ctx.eval("""let k = 0;
        for (let i = 0; i < 32; i++) k += Array.from({length: 1e4}, (_, j) => ({j})).length; k""") == 320_000
    for _ in range(32):  # and across calls
        assert ctx.eval("JSON.stringify(['q'.repeat(1e6)]).length") == 1_000_004


def test_memory_limit_counts_what_the_context_keeps(engine_tier: str) -> None:
    ctx = limited(engine_tier, memory_limit=32 * MB)
    ctx.eval("globalThis.kept = 'k'.repeat(20e6)")
    with pytest.raises(pyjs.MemoryLimitExceeded):
        ctx.eval("'y'.repeat(20e6)")
    ctx.eval("kept = null")
    assert ctx.eval("'y'.repeat(20e6).length") == 20_000_000


def test_memory_limit_ignores_other_threads_and_contexts(engine_tier: str) -> None:
    """Only the context's own allocations count: not another thread's, not another context's
    (even one running nested in it), though the process grows by them while it runs."""
    ctx = limited(engine_tier, memory_limit=32 * MB, time_limit=120)
    other = limited(engine_tier)
    hog: list = []

    def grow_in_a_thread() -> None:
        worker = threading.Thread(target=lambda: hog.extend(bytearray(MB) for _ in range(100)))
        worker.start()
        worker.join()
    ctx.expose("growInAThread", grow_in_a_thread)
    ctx.expose("growInAnotherContext", lambda: other.eval("globalThis.big = 'z'.repeat(60e6); big.length"))
    assert ctx.eval("""growInAThread(); growInAnotherContext();
        let n = 0;
        for (let i = 0; i < 60; i++) n += new Uint8Array(1e6).length + 'x'.repeat(1e6).length;
        n""") == 120_000_000
    assert len(hog) == 100 and other.eval("big.length") == 60_000_000
    hog.clear()


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
