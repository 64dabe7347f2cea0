"""The memory limit of the running context (``Context(memory_limit=)``, docs/EMBEDDING.md).

A run may grow the process's resident memory by at most ``Budget.limit`` bytes over what it
was when the run began. Nothing is counted per object on the hot paths; three cheap triggers
decide when to measure (one read of /proc/self/statm, about 3 us):

- growth points (strings past 4096 code units built by concatenation, ``repeat``/``padStart``/``padEnd``,
  ``join``, ``fill``, ArrayBuffer and typed array allocation, holes added by a length) call
  ``charge(nbytes)`` before they allocate: a request larger than the limit fails at once, and
  a measurement runs each time about a megabyte has been charged;
- the tick counter every tier keeps for the time limit (``check_deadline``, every 1024 loop
  iterations) measures every 4th tick batch, which catches arrays and objects growing in loops;
- a garbage collector callback (after each collection of generation 1 or 2, that is after some
  7000 container allocations) measures too, which catches growth inside built-ins that call
  back into JS (``Array.from({length: 1e8}, () => ({}))``).

Over the limit, the cyclic garbage is collected and free heap returned to the system before the
run is ended with MemoryLimitExceeded (not a JS exception: scripts cannot catch it). The process
is what is measured, so other threads allocating while a limited context runs count too.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import itertools
import os
import threading
import time
from typing import Any, Callable

from .errors import ScriptTerminated

STEP = 1 << 20  # bytes charged between two measurements
POLL_EVERY = 4  # tick batches (of 1024) between two measurements


class MemoryLimitExceeded(ScriptTerminated):
    """The running context went over its memory limit."""

    def __init__(self) -> None:
        super().__init__("Script exceeded the memory limit")


class Budget:
    """The limit of the running context (None: no limit), swapped by Context on entry."""

    limit: int | None = None
    base = 0        # resident bytes when the run began
    thread = 0      # ident of the thread running it
    charged = 0     # bytes charged since the last measurement
    polls = 0
    over = False    # the gc callback found the run over its limit
    run = 0         # numbers the runs (a late delivery for an ended run is dropped)
    collecting = False  # a garbage collection (and so our callback) is under way


_runs = itertools.count(1)
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
try:
    _STATM: int | None = os.open("/proc/self/statm", os.O_RDONLY)
except OSError:  # not Linux: the peak resident size is the best portable figure
    _STATM = None
_libc = ctypes.CDLL(ctypes.util.find_library("c")) if os.name == "posix" else None
_trim = getattr(_libc, "malloc_trim", None)


def resident() -> int:
    """The process's resident memory in bytes."""
    if _STATM is not None:
        return int(os.pread(_STATM, 64, 0).split()[1]) * _PAGE
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def begin(limit: int | None) -> tuple | None:
    """Make ``limit`` the running context's; returns what ``end`` restores."""
    if limit is None and Budget.limit is None:
        return None  # nothing to change (the common case)
    prev = (Budget.limit, Budget.base, Budget.thread, Budget.over, Budget.run)
    Budget.limit = limit
    Budget.run = next(_runs)
    Budget.over = False
    if limit is not None:
        Budget.base = resident()
        Budget.thread = threading.get_ident()
        Budget.charged = 0
        _install_gc_hook()
    return prev


def end(prev: tuple | None) -> None:
    """The run is over: no MemoryLimitExceeded may reach the host after this."""
    if prev is None:
        return
    with _lock:
        if Budget.over:  # drop a delivery not yet raised
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(threading.get_ident()), None)
        Budget.limit, Budget.base, Budget.thread, Budget.over, Budget.run = prev


def uncounted(compiler: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Wrap a tier's compiler: what compiling grows the process by (LLVM's working memory,
    generated code) is the engine's, not the script's, so it moves the run's base."""
    if getattr(compiler, "uncounted", False):
        return compiler

    def compile_code(code: Any) -> Any:
        if Budget.limit is None:
            return compiler(code)
        before = resident()
        try:
            return compiler(code)
        finally:
            Budget.base += max(0, resident() - before)
    compile_code.uncounted = True  # type: ignore[attr-defined]
    return compile_code


def charge(nbytes: int) -> None:
    """A growth point is about to allocate about ``nbytes``: end the run if they cannot fit."""
    limit = Budget.limit
    if limit is None:
        return
    if nbytes > limit:
        raise MemoryLimitExceeded()
    Budget.charged += nbytes
    if Budget.charged >= STEP:
        Budget.charged = 0
        check(nbytes)


def poll() -> None:
    """Called with the time-limit check (every 1024 ticks) while a limit is set."""
    Budget.polls += 1
    if Budget.polls % POLL_EVERY == 0:
        check(0)


def over(extra: int) -> bool:
    """Whether the run's growth plus ``extra`` bytes passes the limit, after reclaiming."""
    limit = Budget.limit
    if limit is None or resident() - Budget.base + extra <= limit:
        return False
    gc.collect()
    if _trim is not None:
        _trim(0)
    return resident() - Budget.base + extra > limit


def check(extra: int) -> None:
    if over(extra):
        raise MemoryLimitExceeded()


def _after_collection(phase: str, info: dict) -> None:
    """gc callback: measure after collections of the older generations, in the running
    context's thread only. A callback cannot raise (and an asynchronous exception set from
    here would be raised inside it), so the delivery thread ends the run."""
    if phase == "start":
        Budget.collecting = True
        return
    Budget.collecting = False
    if info["generation"] < 1 or Budget.limit is None or Budget.over:
        return
    if threading.get_ident() != Budget.thread or resident() - Budget.base <= Budget.limit:
        return
    if _trim is not None:
        _trim(0)
    if resident() - Budget.base > Budget.limit:
        Budget.over = True
        _wake.set()


_lock = threading.Lock()
_wake = threading.Event()


def _deliver() -> None:
    """The delivery thread: ends a run that went over its limit in the run's thread,
    retrying (as the Watchdog does) while that run goes on."""
    while True:
        _wake.wait()
        _wake.clear()
        run, thread = Budget.run, Budget.thread
        raises = 0
        while raises < 20:
            time.sleep(0.01)
            with _lock:
                if Budget.run != run or not Budget.over:
                    break
                if Budget.collecting:  # it would be raised inside the gc callback, and lost
                    continue
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread),
                                                           ctypes.py_object(MemoryLimitExceeded))
            raises += 1
            time.sleep(0.2)


def _install_gc_hook() -> None:
    if _after_collection not in gc.callbacks:
        threading.Thread(target=_deliver, daemon=True, name="pyjs-memory-limit").start()
        gc.callbacks.append(_after_collection)
