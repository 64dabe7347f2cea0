"""Several contexts in one process are isolated; one context used from two threads at once is a
clear error; contexts in different threads take turns safely."""
from __future__ import annotations

import threading

import pytest

import pyjs


def test_contexts_are_isolated(engine_tier: str) -> None:
    a, b = pyjs.Context(tier=engine_tier), pyjs.Context(tier=engine_tier)
    a.eval("globalThis.shared = 1; Array.prototype.evil = () => 'a'; Object.freeze(Math)")
    assert b.eval("[typeof shared, typeof [].evil, Object.isFrozen(Math)]") == ["undefined", "undefined", False]
    assert a.eval("Symbol.for('k')") == b.eval("Symbol.for('k')")  # the registry is agent-wide, as in V8
    log = []
    a.expose("log", log.append)
    a.eval("Promise.resolve('from a').then(log)")
    b.eval("Promise.resolve('from b').then(v => globalThis.seen = v)")
    assert log == ["from a"] and b.globals["seen"] == "from b"


def test_contexts_with_different_tiers(engine_tier: str) -> None:
    slow, fast = pyjs.Context(tier="interp"), pyjs.Context(tier=engine_tier)
    src = "function sq(x) { return x * x } let t = 0; for (let i = 0; i < 300; i++) t += sq(i); t"
    assert slow.eval(src) == fast.eval(src) == sum(i * i for i in range(300))


def test_one_context_from_two_threads_is_an_error(engine_tier: str) -> None:
    ctx = pyjs.Context(tier=engine_tier, time_limit=20)
    entered, release = threading.Event(), threading.Event()

    def block() -> None:
        entered.set()
        release.wait(10)
    ctx.expose("block", block)
    worker = threading.Thread(target=lambda: ctx.eval("block(); 1"))
    worker.start()
    try:
        assert entered.wait(10)
        with pytest.raises(pyjs.ConcurrentUseError, match="another thread"):
            ctx.eval("2")
    finally:
        release.set()
        worker.join()
    assert ctx.eval("3") == 3  # free again once the other thread is done


def test_contexts_in_threads_take_turns(engine_tier: str) -> None:
    results: dict[int, object] = {}

    def work(n: int) -> None:
        ctx = pyjs.Context(tier=engine_tier)
        ctx.globals["n"] = n
        results[n] = ctx.eval("let s = 0; for (let i = 0; i <= 2000; i++) s += i * n; s")
    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {n: n * 2001000 for n in range(4)}
