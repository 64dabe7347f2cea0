"""Promises awaited from asyncio, and host awaitables settling JS promises."""
from __future__ import annotations

import asyncio

import pytest

import pyjs


def test_eval_async_with_top_level_await_and_host_coroutines(ctx: pyjs.Context) -> None:
    async def fetch(x: int) -> dict:
        await asyncio.sleep(0.01)
        return {"doubled": x * 2}
    ctx.expose("fetch", fetch)

    async def main() -> object:
        return await ctx.eval_async("const r = await fetch(21); r.doubled")
    assert asyncio.run(main()) == 42


def test_awaiting_a_returned_promise_and_timers(ctx: pyjs.Context) -> None:
    async def main() -> list:
        later = ctx.eval("new Promise(resolve => setTimeout(() => resolve('timer'), 50))")
        assert isinstance(later, pyjs.JSPromise) and later.state == "pending"
        both = ctx.eval("Promise.all([1, Promise.resolve(2)])")
        return [await later, await both]
    assert asyncio.run(main()) == ["timer", [1, 2]]


def test_rejections_and_host_errors(ctx: pyjs.Context) -> None:
    async def broken() -> None:
        await asyncio.sleep(0)
        raise ValueError("no data")
    ctx.expose("broken", broken)

    async def main() -> None:
        with pytest.raises(pyjs.JSError, match="RangeError: no data"):
            await ctx.eval_async("await broken()")
        assert await ctx.eval_async("try { await broken() } catch (e) { e.name }") == "RangeError"
        with pytest.raises(pyjs.JSError, match="Error: late"):
            await ctx.eval("Promise.reject(new Error('late'))")
    asyncio.run(main())


def test_the_host_resolves_a_js_promise(ctx: pyjs.Context) -> None:
    async def main() -> object:
        pending = ctx.eval("new Promise(r => { globalThis.resolveIt = r }).then(v => v + 1)")
        future = asyncio.get_running_loop().create_future()
        ctx.globals["hostValue"] = future  # a Python awaitable becomes a JS promise
        waiter = ctx.eval("hostValue.then(v => resolveIt(v))")
        future.set_result(41)
        await waiter
        return await pending
    assert asyncio.run(main()) == 42


def test_a_promise_that_cannot_settle_is_an_error(ctx: pyjs.Context) -> None:
    async def main() -> None:
        with pytest.raises(RuntimeError, match="never settle"):
            await ctx.eval_async("await new Promise(() => {})")
    asyncio.run(main())


def test_awaitables_outside_a_loop_are_a_js_type_error(ctx: pyjs.Context) -> None:
    async def coro() -> int:
        return 1
    ctx.expose("coro", coro)
    assert ctx.eval("try { coro() } catch (e) { e.name + ': ' + e.message }").startswith("TypeError: a Python awaitable")
