"""``pyjs.Context``: one sandboxed JS realm with limits, driven from Python (docs/EMBEDDING.md).

Built on the engine's Context (engine/api.py), which the shell, the test262 runner and the
fuzzer use too; this layer adds the conversions, per-run time limits, the error mapping and
asyncio.
"""
from __future__ import annotations

import asyncio
import os
import time
from collections.abc import MutableMapping
from typing import Any, Callable, Iterator

from .engine.api import Context as EngineContext
from .engine.bytecode.compiler import UNINIT
from .engine.runtime import memory
from .engine.runtime.access import call as js_call, get_member, set_member
from .engine.runtime.conversions import to_string
from .engine.runtime.errors import JSThrow, ScriptTerminated as EngineTerminated, throw_reference_error, throw_type_error
from .engine.runtime.objects import JSObject
from .engine.runtime.promise import PENDING, REJECTED, JSPromise, new_promise, reject_promise, resolve_promise
from .engine.runtime.shapes import CONFIGURABLE, WRITABLE
from .engine.runtime.values import from_host_str
from .convert import js_str, to_js, to_py
from .errors import JSError, MemoryLimitExceeded, ScriptTerminated, TimeLimitExceeded
from .proxies import HostFunction, rethrow_in_js

SHELL_FUNCTIONS = ("print", "load", "read", "quit")
CAPABILITIES = SHELL_FUNCTIONS + ("import",)  # "import": import / import() of module files


def _discard(line: str) -> None:
    pass


class Context:
    """A JS realm: ECMA-262's globals, ``console``, timers and the web APIs (URL, TextEncoder,
    Intl...), and nothing that reaches files, processes, the network or Python objects.

    ``time_limit`` (seconds) bounds each call into the context (eval, call, a proxy's
    method...), ``memory_limit`` (bytes) what the context holds (counted as its scripts
    allocate), ``stack_limit`` the JS call depth (at most 10000 frames); ``tier`` is "auto",
    "interp", "baseline" or "opt". ``stdout``/``stderr`` receive console output line by line
    (discarded by default). ``grant`` gives script code some of the
    shell's functions: "print", "load" and "read" (files), "quit", and "import" lets
    ``import()`` read module files."""

    def __init__(self, *, time_limit: float | None = None, memory_limit: int | None = None,
                 stack_limit: int | None = None, tier: str = "auto",
                 stdout: Callable[[str], None] | None = None, stderr: Callable[[str], None] | None = None,
                 grant: tuple[str, ...] = (), web_apis: bool = True) -> None:
        unknown = set(grant) - set(CAPABILITIES)
        if unknown:
            raise ValueError(f"unknown capabilities {sorted(unknown)}; the grantable ones are {CAPABILITIES}")
        if time_limit is not None and time_limit <= 0:
            raise ValueError("time_limit must be a positive number of seconds")
        self._eng = EngineContext(tier=tier, memory_limit=memory_limit, stack_limit=stack_limit,
                                  stdout=stdout or _discard, stderr=stderr or _discard,
                                  shell_functions=tuple(g for g in grant if g in SHELL_FUNCTIONS), web_apis=web_apis)
        self._eng.realm.module_files = "import" in grant
        self._eng.own_tier = True  # several public contexts may use different tiers
        self.time_limit = time_limit
        self.realm = self._eng.realm
        self._tasks: dict[asyncio.Future, JSPromise] = {}  # host awaitables and the promises they settle
        self.globals = Globals(self)

    # -- running inside the context -------------------------------------------------------
    def _run(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` inside the context (its realm, limits, job queue: engine/api.py's _run);
        at the outermost level the time limit starts and the promise jobs run afterwards.
        Engine outcomes become the public exceptions."""
        eng = self._eng
        outermost = eng._owner is None
        if outermost and self.time_limit is not None:
            eng.deadline = time.monotonic() + self.time_limit

        def inside() -> Any:
            try:
                result = fn()
                if eng._nesting == 1:
                    eng._drain_microtasks()
                return result
            except JSThrow as exc:  # converted inside: reading the error may run JS getters
                raise self._js_error(exc.value) from getattr(exc.value, "host_exception", None)
        try:
            return eng._run(inside)
        except EngineTerminated as exc:
            if outermost:  # the run is over: what it left queued is dropped
                self._drop_pending()
            if isinstance(exc, memory.MemoryLimitExceeded):
                public: ScriptTerminated = MemoryLimitExceeded(f"the script exceeded the memory limit ({eng.memory_limit} bytes)")
            elif exc.reason == "quit":
                public = ScriptTerminated("the script called quit()", exc.exit_code)
            else:
                public = TimeLimitExceeded(f"the script exceeded the time limit ({self.time_limit} s)")
            public.engine_exception = exc
            raise public from None

    def _drop_pending(self) -> None:
        eng = self._eng
        eng.jobs.jobs.clear()
        eng.jobs.unhandled.clear()
        eng.timers.clear()
        eng.immediates.clear()

    def _js_error(self, value: Any) -> JSError:
        """The JSError for a thrown JS value (read inside the context)."""
        name, message, stack = None, "", ""
        if isinstance(value, JSObject):
            try:
                if value.has_property("message"):
                    name = js_str(to_string(get_member(value, "name")))
                    message = js_str(to_string(get_member(value, "message")))
                stack_v = get_member(value, "stack")
                stack = js_str(stack_v) if type(stack_v) is str else ""
            except JSThrow:  # a throwing getter: keep what was read
                pass
        if name is None:
            from .engine.runtime.inspect_value import describe_thrown
            message = js_str(describe_thrown(value))
        err = JSError(name, message, stack, to_py(self, value))
        err.context, err.js_value = self, value
        return err

    # -- the API ---------------------------------------------------------------------------
    def eval(self, source: str, filename: str = "<eval>") -> Any:
        """Run ``source`` as a script; returns its completion value converted to Python."""
        return self._run(lambda: to_py(self, self._eng.eval(source, filename)))

    def eval_file(self, path: str | os.PathLike) -> Any:
        """Run the script file at ``path`` (UTF-8), named by its path in stack traces."""
        with open(path, encoding="utf-8") as fh:
            source = fh.read()
        return self.eval(source, os.fspath(path))

    def call(self, fn: Any, *args: Any) -> Any:
        """Call a JS function, named by a global path ("f", "JSON.stringify") or given as a
        JSFunction proxy, with the arguments converted to JS; returns its result converted."""
        def run() -> Any:
            this, f = (None, to_js(self, fn)) if not isinstance(fn, str) else self._lookup(fn)
            return to_py(self, js_call(f, this, [to_js(self, a) for a in args]))
        return self._run(run)

    def _lookup(self, path: str) -> tuple[Any, Any]:
        """(this, value) for a dotted global path: a global binding, then properties."""
        first, *rest = [from_host_str(p) for p in path.split(".")]
        lexicals = self.realm.global_lexicals
        g = self.realm.global_object
        if first in lexicals and lexicals[first] is not UNINIT:
            value = lexicals[first]
        elif g.has_property(first):
            value = get_member(g, first)
        else:
            throw_reference_error(f"{first} is not defined")
        this = None
        for part in rest:
            this, value = value, get_member(value, part)
        return this, value

    def expose(self, name: str, fn: Callable[..., Any] | None = None) -> Any:
        """Make the Python callable ``fn`` the global function ``name`` (as a decorator when
        ``fn`` is omitted). Its arguments arrive converted to Python, its result is converted
        to JS; an exception it raises is thrown in JS (docs/EMBEDDING.md, "Errors")."""
        if fn is None:
            return lambda f: self.expose(name, f) or f
        if not callable(fn):
            raise TypeError(f"expose() needs a callable, not {type(fn).__name__}")
        self._run(lambda: self.realm.global_object.define_data(
            from_host_str(name), HostFunction(self, fn, name), WRITABLE | CONFIGURABLE))
        return None

    async def eval_async(self, source: str, filename: str = "<eval>") -> Any:
        """Run ``source`` as a script in which top-level ``await`` is allowed, then run the
        context's jobs, timers and host awaitables until its value (a promise's settled
        value) is known; returns it converted, or raises JSError for a rejection."""
        def start() -> Any:
            v = self._eng.eval(source, filename, allow_await=True)
            if type(v) is JSPromise:
                v.is_handled = True
            return v
        return await self._settle(self._run(start))

    async def _settle(self, value: Any) -> Any:
        """Await a JS value: a promise is settled by running the event loop (promise jobs,
        timers, and the host awaitables its callbacks started)."""
        if type(value) is JSPromise:
            value.is_handled = True
            while True:
                self._run(self._eng.run_jobs)
                if value.state is not PENDING:
                    break
                if not self._tasks:
                    raise RuntimeError("the promise can never settle: no job, timer or host awaitable is pending")
                done, _ = await asyncio.wait(list(self._tasks), return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    self._run(lambda: self._finish(task))

        def outcome() -> Any:
            if type(value) is JSPromise:
                if value.state is REJECTED:
                    raise JSThrow(value.result)
                return to_py(self, value.result)
            return to_py(self, value)
        return self._run(outcome)

    def _promise_from_awaitable(self, aw: Any) -> JSPromise:
        """A JS promise settled by a Python awaitable, run as a task of the running loop."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            if asyncio.iscoroutine(aw):
                aw.close()
            throw_type_error("a Python awaitable reached JS outside an asyncio loop (use eval_async)")
        p = new_promise(self.realm)
        self._tasks[asyncio.ensure_future(aw)] = p
        return p

    def _finish(self, task: asyncio.Future) -> None:
        """Settle the promise of a finished host task."""
        p = self._tasks.pop(task)
        if task.cancelled():
            exc: BaseException | None = asyncio.CancelledError("the host task was cancelled")
        else:
            exc = task.exception()
        if exc is None:
            resolve_promise(p, to_js(self, task.result()))
            return
        try:
            rethrow_in_js(self, exc)
        except JSThrow as thrown:
            reject_promise(p, thrown.value)


class Globals(MutableMapping):
    """``ctx.globals``: the global bindings as a mapping (values converted both ways).
    Reading and writing see let/const/class bindings first, then the global object's properties."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def __getitem__(self, name: str) -> Any:
        ctx = self._ctx

        def read() -> Any:
            key = from_host_str(name)
            lexicals, g = ctx.realm.global_lexicals, ctx.realm.global_object
            if key in lexicals and lexicals[key] is not UNINIT:
                return to_py(ctx, lexicals[key])
            if not g.has_property(key):
                raise KeyError(name)
            return to_py(ctx, get_member(g, key))
        return ctx._run(read)

    def __setitem__(self, name: str, value: Any) -> None:
        """Assign the global binding ``name`` as a strict-mode script's ``name = value`` would
        (a let/class binding, or a property of the global object, created if missing); a
        const binding raises JSError (TypeError), one in its TDZ JSError (ReferenceError)."""
        ctx = self._ctx
        key = from_host_str(name)

        def assign() -> None:
            realm = ctx.realm
            lexicals = realm.global_lexicals
            if key not in lexicals:
                set_member(realm.global_object, key, to_js(ctx, value), True)
            elif lexicals[key] is UNINIT:
                throw_reference_error(f"Cannot access '{js_str(key)}' before initialization")
            elif key in realm.global_consts:
                throw_type_error("Assignment to constant variable.")
            else:
                lexicals[key] = to_js(ctx, value)
        ctx._run(assign)

    def __delitem__(self, name: str) -> None:
        ctx = self._ctx
        key = from_host_str(name)
        g = ctx.realm.global_object
        if g.get_own_property(key) is None or not ctx._run(lambda: g.delete(key)):
            raise KeyError(name)

    def _names(self) -> list[str]:
        g = self._ctx.realm.global_object
        names = []
        for k in g.own_property_keys():
            if type(k) is str:
                d = g.get_own_property(k)
                if d is not None and d.enumerable:
                    names.append(js_str(k))
        return names + [js_str(k) for k in self._ctx.realm.global_lexicals]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())
