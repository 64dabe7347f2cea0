"""Embedding API: a Context is one realm plus the host globals, ready to run scripts.

    ctx = Context(stdout=print)
    ctx.eval("console.log(1 + 2)", "x.js")
    ctx.run_jobs()
"""
from __future__ import annotations

import ctypes
import sys
import threading
import time
from typing import Any, Callable

from .interp import loop, setup as _interp_setup  # noqa: F401  (registers the interpreter's intrinsics)
from .interp.evaluation import run_script
from .interp.frame import MAX_DEPTH, Reentry
from .interp.ops_runtime import Limits, check_deadline
from .interp.tierup import Policy
from .runtime import memory, promise
from .runtime.errors import JSThrow, ScriptTerminated
from .runtime.function import builtin
from .runtime.realm import Realm, set_current_realm
from .runtime.shapes import CONFIGURABLE, WRITABLE
from .runtime.values import from_host_str

Writer = Callable[[str], None]


def _default_out(line: str) -> None:
    sys.stdout.write(line + "\n")


def _default_err(line: str) -> None:
    sys.stderr.write(line + "\n")


class TimedOut(ScriptTerminated):
    """The time limit, raised in the engine thread by the Watchdog."""

    def __init__(self) -> None:
        super().__init__("Script execution timed out")


class Watchdog:
    """Ends a step that overruns the deadline inside one built-in (a Python loop such as
    `Array(2**31).join()`, which the deadline check between instructions cannot reach): from
    half a second past the deadline, it raises TimedOut in the engine thread until stopped."""

    GRACE = 0.5
    TRIES = 20  # raises (one per GRACE) before it gives up on a run that swallows them

    def __init__(self, deadline: float, running: Callable[[], bool]) -> None:
        self.deadline = deadline
        self.running = running
        self.thread_id = threading.get_ident()
        self.done = threading.Event()
        self.armed = threading.Event()  # set once Thread.start has returned in the engine thread
        self.lock = threading.Lock()

    def start(self) -> None:
        if sys.unraisablehook is not _drop_lost_time_outs:
            global _host_unraisablehook
            _host_unraisablehook = sys.unraisablehook
            sys.unraisablehook = _drop_lost_time_outs
        try:
            threading.Thread(target=self._run, daemon=True).start()
        except RuntimeError:
            # No thread to be had (address space, the thread limit): the deadline checks
            # between instructions still end the run; only one overrunning built-in step is
            # not cut short (fuzz finding gen 12005-14: a Python traceback before).
            return
        self.armed.set()  # from here on a time-out may land in the engine thread

    def _run(self) -> None:
        self.armed.wait()
        for _ in range(self.TRIES):
            if self.done.wait(max(0.0, self.deadline - time.monotonic()) + self.GRACE):
                return
            with self.lock:
                if self.done.is_set() or not self.running():
                    return  # the run ended (even if a raise cut its cleanup short)
                self._raise(TimedOut)

    def _raise(self, exc: Any) -> None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id),
                                                   ctypes.py_object(exc) if exc is not None else None)

    def stop(self) -> None:
        """Called by the engine thread as the run ends: no time-out may reach the host after it."""
        with self.lock:
            self.done.set()
            self.armed.set()
            self._raise(None)  # drop one raised but not yet delivered


_host_unraisablehook = sys.unraisablehook


def _drop_lost_time_outs(unraisable: Any) -> None:
    """sys.unraisablehook while Watchdogs run: a time-out that lands in a callback that cannot
    raise (a gc callback, a __del__) is lost there and not reported (the Watchdog raises it
    again until the run ends); anything else goes to the host's hook."""
    if unraisable.exc_type is TimedOut:
        return
    _host_unraisablehook(unraisable)


class UnhandledRejection(JSThrow):
    """A promise was rejected and no handler was attached by the end of the microtask turn."""


class ConcurrentUseError(RuntimeError):
    """A context was entered from a second thread while another thread was running it."""


# The engine's running state (current realm, limits, tier policy, job queue) is per process:
# runs of contexts in different threads take turns on this lock; a thread already running a
# context may enter another (a host function calling into a second context).
ENGINE_LOCK = threading.RLock()


class _Running:
    """How many context runs the current holder of ENGINE_LOCK has open."""

    count = 0


class Context:
    """One realm with the shell's host globals (print, console, timers...)."""

    def __init__(self, *, tier: str = "auto", dispatch: str | None = None, time_limit: float | None = None,
                 memory_limit: int | None = None, stack_limit: int | None = None,
                 stdout: Writer | None = None, stderr: Writer | None = None, host_globals: bool = True,
                 shell_functions: tuple[str, ...] = ("print", "load", "read", "quit"),
                 web_apis: bool = True, unhandled_rejections: str = "error") -> None:
        if tier not in ("interp", "baseline", "opt", "auto"):
            raise ValueError(f"unknown tier {tier!r}")
        if stack_limit is not None and not 1 <= stack_limit <= MAX_DEPTH:
            raise ValueError(f"stack_limit must be between 1 and {MAX_DEPTH} frames")
        if memory_limit is not None and memory_limit <= 0:
            raise ValueError("memory_limit must be a positive number of bytes")
        self.tier = tier
        self.own_tier = False  # True: reinstall this tier's policy on entry when another is in
        self._install_tier()
        if dispatch is not None:
            loop.set_dispatch(dispatch)
        if unhandled_rejections not in ("error", "ignore"):
            raise ValueError(f"unknown unhandled_rejections policy {unhandled_rejections!r}")
        self.unhandled_rejections = unhandled_rejections  # "error": end the script, as node does
        self.time_limit = time_limit
        self.deadline: float | None = None  # time_limit seconds after the first eval
        self.memory_limit = memory_limit    # bytes the context may hold (runtime/memory.py)
        self.memory_account = memory.Account(memory_limit) if memory_limit is not None else None
        self.stack_limit = stack_limit      # JS frames (at most MAX_DEPTH)
        self._nesting = 0                   # eval/call/run_jobs calls running (host re-entry)
        self._owner: int | None = None      # the thread running this context
        self._memory: tuple | None = None   # what memory.begin replaced (runtime/memory.py)
        self._watchdog: Watchdog | None = None
        self.stdout = stdout or _default_out
        self.stderr = stderr or _default_err
        self.jobs = promise.JobQueue()      # this context's promise jobs (made current on entry)
        from .runtime.regexp import set_interrupt_check
        set_interrupt_check(check_deadline)
        self.realm = Realm()
        self.global_object = self.realm.global_object
        self.timers: list = []   # (due ms on the virtual clock, id, fn, args, interval or None)
        self.timer_seq = 0
        self.clock = 0.0         # virtual time of the timer queue: timers never sleep
        self.immediates: list = []  # [fn, args] of setImmediate, in order; fn None once cleared
        from .runtime.builtins import console
        console.set_output(self.realm, self.stdout, self.stderr)
        if web_apis:
            from .runtime.host import install_web_apis
            install_web_apis(self.realm)
        if host_globals:
            from .host import install_host_globals
            install_host_globals(self, shell_functions)

    def _install_tier(self) -> None:
        """Install this context's tier-up policy (per process: tiers/baseline, docs/TIERS.md)."""
        from pyjs.tiers.baseline import install as install_tier
        install_tier(self.tier)
        if Policy.compiler is not None:
            Policy.compiler = memory.uncounted(Policy.compiler)
        self._policy = (Policy.compiler, Policy.threshold, Policy.loop_threshold)

    def _switch_tier(self) -> None:
        """With ``own_tier``: reinstall this context's policy if another context's is in."""
        if (Policy.compiler, Policy.threshold, Policy.loop_threshold) != self._policy:
            self._install_tier()

    def _enter(self, outer: bool) -> None:
        """Make this context's deadline, tier and limits current (_run saved what _leave
        restores); ``outer``: another context's run is open in this thread."""
        self._owner = threading.get_ident()
        if self.deadline is None and self.time_limit is not None:
            self.deadline = time.monotonic() + self.time_limit  # the budget starts at first use
        Limits.deadline = self.deadline
        if self.own_tier:
            self._switch_tier()
        self._nesting += 1
        if self._nesting == 1:
            # a stack limit below MAX_DEPTH: calls start deeper (frame depths count from here)
            base = MAX_DEPTH - self.stack_limit if self.stack_limit is not None else 0
            Reentry.depth = max(base, Reentry.depth) if outer else base  # (a time-out may have left it raised)
            self._memory = memory.begin(self.memory_account)
            if self.deadline is not None:
                self._watchdog = Watchdog(self.deadline, lambda: self._nesting > 0)
                self._watchdog.start()

    def _leave(self, prev: tuple) -> None:
        """Restore what _run saved, and after the outermost run stop the Watchdog and end the
        memory limit. Idempotent: _run calls it again when a time-out lands in it."""
        realm, Limits.deadline, self._nesting, queue, Reentry.depth, self._owner = prev  # first: see Watchdog
        if self._nesting == 0:
            if self._watchdog is not None:
                self._watchdog.stop()
                self._watchdog = None
            memory.end(self._memory)
            self._memory = None
        promise.use_queue(queue)
        if realm is not None:
            set_current_realm(realm)

    def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` with this context current (its realm, job queue, limits, tier). The
        Watchdog's time-out (or the memory limit's) is delivered at the engine thread's next
        check (a call, a backward jump), which may be inside _leave as the run ends: _leave
        then runs again, so the run always ends with the Watchdog stopped and no limit error
        pending for the host. Raises ConcurrentUseError if another thread is running this
        context; runs of contexts in different threads take turns on ENGINE_LOCK."""
        me = threading.get_ident()
        if self._owner is not None and self._owner != me:
            raise ConcurrentUseError("this pyjs Context is being used by another thread; a context "
                                     "runs in one thread at a time (create one context per thread)")
        with ENGINE_LOCK:
            outer = _Running.count > 0
            _Running.count += 1
            prev = (set_current_realm(self.realm), Limits.deadline, self._nesting, promise.use_queue(self.jobs),
                    Reentry.depth, self._owner)
            try:
                self._enter(outer)
                return fn(*args)
            finally:
                while True:
                    try:
                        self._leave(prev)
                        break
                    except (TimedOut, memory.MemoryLimitExceeded):
                        continue
                _Running.count -= 1

    def eval(self, source: str, filename: str = "<eval>", allow_await: bool = False) -> Any:
        """Run ``source`` as a Script; returns its completion value; raises JSThrow. The
        source may be a host string (code points) or a JS string (UTF-16 code units). With
        ``allow_await`` a script with a top-level `await` gives a promise of its value."""
        return self._run(run_script, from_host_str(source), filename, self.realm, allow_await)

    def parse_module(self, path: str, source: str | None = None) -> Any:
        """Parse the module at ``path`` (from ``source`` if given); returns its module
        record. Raises JSThrow (a SyntaxError, or an Error for a file that cannot be read)."""
        from .interp import modules
        return self._run(modules.entry_module, path, source, self.realm)

    def link_module(self, rec: Any) -> None:
        """Load the module's import graph and link it (an Error for a module that cannot be
        found, a SyntaxError for a missing or ambiguous export)."""
        from .interp import modules

        def load_and_link() -> None:
            modules.load_requested_modules(rec)
            modules.link(rec)
        self._run(load_and_link)

    def evaluate_module(self, rec: Any) -> Any:
        """Evaluate a linked module; returns the promise Evaluate() gives (run the jobs to
        settle it; ``module_outcome`` reads it)."""
        from .interp import modules
        p = self._run(modules.evaluate, rec)
        p.is_handled = True  # the host reports its rejection itself
        return p

    def run_module(self, path: str, source: str | None = None) -> Any:
        """Load, link and evaluate the module at ``path``; returns Evaluate()'s promise."""
        rec = self.parse_module(path, source)
        self.link_module(rec)
        return self.evaluate_module(rec)

    @staticmethod
    def module_outcome(p: Any) -> None:
        """Raise the error a module's evaluation promise was rejected with."""
        from .runtime.promise import REJECTED
        if p.state is REJECTED:
            raise JSThrow(p.result)

    def call(self, f: Any, this: Any, args: list) -> Any:
        from .runtime.access import call
        return self._run(call, f, this, args)

    def run_jobs(self) -> None:
        """Drain the promise jobs, then run the event loop as node orders it: each turn runs
        the timers due on the virtual clock, then the immediates queued before the turn's
        check phase (each callback followed by the promise jobs). The clock moves to the next
        timer when no immediate is left, and by 1 ms a turn while immediates keep coming."""
        self._run(self._event_loop)

    def _event_loop(self) -> None:
        self._drain_microtasks()
        while self.timers or self.immediates:
            self._run_due_timers()
            if self.immediates:
                self._run_immediates()
                self.clock += 1.0
            elif self.timers:
                self.clock = max(self.clock, min(t[0] for t in self.timers))

    def _run_due_timers(self) -> None:
        """The timers phase: every timer due by the clock, in (due time, creation) order."""
        from .runtime.access import call
        while self.timers:
            first = min(self.timers, key=lambda t: (t[0], t[1]))
            if first[0] > self.clock:
                return
            self.timers.remove(first)
            due, seq, fn, args, interval = first
            if interval is not None:
                self.timers.append((self.clock + interval, seq, fn, args, interval))
            call(fn, None, args)
            self._drain_microtasks()

    def _run_immediates(self) -> None:
        """The check phase: the immediates queued so far (later ones wait for the next turn)."""
        from .runtime.access import call
        batch, self.immediates = self.immediates, []
        for entry in batch:
            fn, args = entry
            if fn is not None:
                entry[0] = None
                call(fn, None, args)
                self._drain_microtasks()

    def _drain_microtasks(self) -> None:
        """Run the promise jobs; a rejection still unhandled afterwards ends the script, as
        node does."""
        promise.run_jobs()
        rejected = promise.take_unhandled_rejections()
        if rejected and self.unhandled_rejections == "error":
            raise UnhandledRejection(rejected[0].result)

    def define_function(self, name: str, fn: Callable[[Any, list], Any], length: int = 0) -> None:
        self.global_object.define_data(name, builtin(self.realm, name, length, fn), WRITABLE | CONFIGURABLE)

    def format_exception(self, exc: JSThrow) -> str:
        """'Uncaught TypeError: msg' plus the JS stack, as the shell prints it."""
        from .runtime.inspect_value import describe_thrown
        head = "Uncaught (in promise) " if isinstance(exc, UnhandledRejection) else "Uncaught "
        return head + describe_thrown(exc.value)


__all__ = ["ConcurrentUseError", "Context", "JSThrow", "ScriptTerminated", "UnhandledRejection"]
