"""Host-defined globals of the shell and its event loop (print, load, read, quit, timers,
setImmediate, queueMicrotask, performance). The loop itself is Context.run_jobs."""
from __future__ import annotations

import time
from typing import Any

from .runtime.conversions import to_number, to_string
from .runtime.errors import ScriptTerminated, throw_error
from .runtime.function import arg, builtin, define_method
from .runtime.objects import JSObject
from .runtime.operators import mul
from .runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from .runtime.values import from_host_str, to_host_str

_T0 = time.perf_counter()


class ImmediateObject(JSObject):
    """What setImmediate returns (node's Immediate): its queue entry [fn, args]."""

    __slots__ = ("entry",)
    class_name = "Immediate"

    def __init__(self, proto: JSObject, entry: list) -> None:
        super().__init__(proto)
        self.entry = entry


def install_host_globals(ctx: Any, shell_functions: tuple[str, ...] = ("print", "load", "read", "quit")) -> None:
    """The event loop's globals and ``performance``, and of the shell's functions those named
    in ``shell_functions`` (``load`` and ``read`` reach the file system: the embedding API
    grants none of them unless asked, docs/EMBEDDING.md)."""
    realm = ctx.realm
    g = ctx.global_object

    def js_print(this: Any, args: list) -> None:
        """d8's and SpiderMonkey's print: ToString of each argument, joined by spaces (so
        `print([1, 2], -0, 10n)` prints `1,2 0 10`); console.log keeps node's formatting."""
        ctx.stdout(" ".join(to_host_str(to_string(a)) for a in args))

    def js_load(this: Any, args: list) -> Any:
        path = to_host_str(to_string(arg(args, 0)))
        try:
            with open(path, encoding="utf-8", errors="replace", newline="") as fh:
                src = fh.read()
        except OSError as e:
            throw_error("Error", f"cannot load {path}: {e.strerror}")
        from .interp.evaluation import run_script
        return run_script(from_host_str(src), path, realm)

    def js_read(this: Any, args: list) -> Any:
        path = to_host_str(to_string(arg(args, 0)))
        try:
            with open(path, encoding="utf-8", errors="replace", newline="") as fh:
                return from_host_str(fh.read())
        except OSError as e:
            throw_error("Error", f"cannot read {path}: {e.strerror}")

    def js_quit(this: Any, args: list) -> None:
        code = int(to_number(arg(args, 0))) if args and arg(args, 0) is not None else 0
        raise ScriptTerminated("quit", code)

    def schedule(args: list, repeat: bool) -> float:
        """setTimeout / setInterval: due at the virtual clock plus the delay (at least 1 ms, as
        node clamps it), in insertion order among equal due times."""
        fn = arg(args, 0)
        if not (isinstance(fn, JSObject) and fn.callable):
            throw_error("TypeError", "The \"callback\" argument must be of type function")
        delay = mul(arg(args, 1), 1.0) if len(args) > 1 else 0.0  # node's `after *= 1` (a BigInt throws)
        if delay != delay or delay < 1:
            delay = 1.0
        ctx.timer_seq += 1
        ctx.timers.append((ctx.clock + delay, ctx.timer_seq, fn, list(args[2:]), delay if repeat else None))
        return float(ctx.timer_seq)

    def queue_microtask(this: Any, args: list) -> None:
        fn = arg(args, 0)
        if not (isinstance(fn, JSObject) and fn.callable):
            throw_error("TypeError", 'The "callback" argument must be of type function')
        from .runtime.promise import enqueue_job
        enqueue_job(lambda: fn.call(None, []))

    immediate_proto = JSObject(realm.intrinsics["%Object.prototype%"])
    for name, fn in (("hasRef", lambda this, args: True), ("ref", lambda this, args: this),
                     ("unref", lambda this, args: this)):
        define_method(immediate_proto, realm, name, 0, fn)

    def set_immediate(this: Any, args: list) -> ImmediateObject:
        """setImmediate(callback, ...args): runs in the check phase of the next loop turn."""
        fn = arg(args, 0)
        if not (isinstance(fn, JSObject) and fn.callable):
            throw_error("TypeError", 'The "callback" argument must be of type function')
        entry = [fn, list(args[1:])]
        ctx.immediates.append(entry)
        return ImmediateObject(immediate_proto, entry)

    def clear_immediate(this: Any, args: list) -> None:
        imm = arg(args, 0)
        if isinstance(imm, ImmediateObject):
            imm.entry[0] = None

    def clear_timeout(this: Any, args: list) -> None:
        tid = arg(args, 0)
        ctx.timers[:] = [t for t in ctx.timers if float(t[1]) != tid]

    shell = (tuple(f for f in (("print", js_print, 0), ("load", js_load, 1), ("read", js_read, 1),
                               ("quit", js_quit, 1)) if f[0] in shell_functions),
             WRITABLE | CONFIGURABLE)
    # the event loop's functions are enumerable, as WebIDL operations of the global are
    event_loop = ((("setTimeout", lambda this, args: schedule(args, False), 2), ("clearTimeout", clear_timeout, 1),
                   ("setInterval", lambda this, args: schedule(args, True), 2), ("clearInterval", clear_timeout, 1),
                   ("setImmediate", set_immediate, 1), ("clearImmediate", clear_immediate, 1),
                   ("queueMicrotask", queue_microtask, 1)), WRITABLE | ENUMERABLE | CONFIGURABLE)
    for functions, flags in (shell, event_loop):
        for name, fn, n in functions:
            g.define_data(name, builtin(realm, name, n, fn), flags)
    perf = JSObject(realm.intrinsics["%Object.prototype%"])
    define_method(perf, realm, "now", 0, lambda this, args: (time.perf_counter() - _T0) * 1000.0)
    g.define_data("performance", perf, WRITABLE | CONFIGURABLE)
