"""The memory limit of a context (``Context(memory_limit=)``, docs/EMBEDDING.md): accounting of
what the context's scripts allocate.

Each limited context has an ``Account``; while one of its runs is on, ``Budget.account`` is
it. Allocation points count into it by size, before they allocate:

- ``charge(nbytes)``: strings past STRING_COUNTED code units (concatenation, template literals,
  ``repeat``, ``padStart``/``padEnd``, ``join``, ``replace``, ``JSON.stringify``...), ArrayBuffer
  and typed array storage, arrays given many elements in one step (``fill``, ``concat``,
  ``Array.from``, spreading). A request that cannot fit is refused: the run ends before
  the allocation happens;
- ``grown(elements)``: a dense array's elements crossing a multiple of ``CHUNK`` while
  appended (``push``, ``a[a.length] = v``), charged a chunk at a time (a slot plus an
  estimate of the value: the one test per append is ``n & (CHUNK - 1)``);
- ``count_object()`` in JSObject.__init__: every object (arrays, functions, ...) counts
  ``OBJECT_BYTES``, folded into the account when it is checked; dictionary-mode objects
  charge their properties ``CHUNK`` at a time (shapes.py), Map and Set entries too;
- ``keep(s)`` / ``track(owner, nbytes)``: a charged string or buffer of ``TRACKED`` bytes or
  more counts while live only (the account holds the strings until it reconciles, then lets
  go of those nothing else refers to; a weakref finalizer gives a buffer's bytes back).

The rest is counted as allocated, garbage included. When the count passes the limit it is
reconciled: cyclic garbage is collected, free heap returned to the system, and that part of
the count lowered to what the context held of it when its run began plus what the process
grew by since (its resident size, without compilers' growth, nested runs of other contexts
and the large strings and buffers). Other threads' allocations can only make that bound
larger, never the count. Past the limit after
reconciling, the run ends with MemoryLimitExceeded (not a JS exception: scripts cannot catch
it) and the context stays usable. The count is checked at each charge, with the time limit's
tick (every 1024 loop iterations), and after collections of the older generations (the gc
callback: allocation inside built-ins that call back into JS), whose verdict a delivery
thread raises in the running thread.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import itertools
import os
import sys
import threading
import time
import weakref
from sys import getrefcount
from typing import Any, Callable

from .termination import ScriptTerminated

STRING_COUNTED = 256  # strings longer than this are charged by their length (shorter: as values)
TRACKED = 1 << 16    # buffers from this size count while live (``track``)
CHUNK_BITS = 10
CHUNK = 1 << CHUNK_BITS  # array elements / dictionary properties charged at a time
SLOT_BYTES = 8       # a reference in a list
OBJECT_BYTES = 200   # an object with a few properties (instance, slot list, bookkeeping)
PROPERTY_BYTES = 100  # a dictionary-mode property (key, flags, table entry, slot)

_objects = itertools.count()
count_object: Callable[[], int] = _objects.__next__  # JSObject.__init__ calls it


def objects_created() -> int:
    """How many JSObjects the process has created (without counting one)."""
    return int(repr(_objects)[6:-1])  # "count(n)"


class MemoryLimitExceeded(ScriptTerminated):
    """The running context went over its memory limit."""

    def __init__(self) -> None:
        super().__init__("Script exceeded the memory limit")


class Account:
    """The bytes one context is counted as holding, against its ``limit``."""

    __slots__ = ("limit", "used", "exact", "strings", "objects_mark", "held_mark", "exact_mark", "rss_mark",
                 "rss_end", "__weakref__")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0          # bytes counted (an upper bound of what the context holds)
        self.exact = 0         # the part of ``used`` that is live large buffers and strings
        self.strings: list[str] = []  # the large strings counted (``keep``)
        self.objects_mark = 0  # objects_created() when the objects were last folded into used
        self.held_mark = 0     # used - exact when the current run began
        self.exact_mark = 0    # exact then
        self.rss_mark = 0      # the process's resident size then (moved past excluded growth)
        self.rss_end: int | None = None  # the resident size after a run ended by an exception

    def fold(self) -> int:
        """Add the objects created since the last fold to ``used``; returns ``used``."""
        now = objects_created()
        self.used += (now - self.objects_mark) * OBJECT_BYTES
        self.objects_mark = now
        return self.used

    def drop_strings(self) -> None:
        """Give back the large strings nothing but this account refers to any more."""
        live = []
        for s in self.strings:
            if getrefcount(s) > 3:  # the list, ``s`` and getrefcount's argument
                live.append(s)
            else:
                self.exact -= len(s)
                self.used -= len(s)
        self.strings = live

    def projected(self, pending: int = 0) -> int:
        """What ``used`` is once reconciled (changing nothing, so that the delivery thread may
        ask): the live large buffers and strings, plus the rest of the count lowered to what the
        context held of it when the run began plus the process's growth since (less the large
        ones' growth); ``pending`` bytes of the count are about to be allocated, so no growth
        yet."""
        dead = sum(len(s) for s in self.strings if getrefcount(s) <= 3)  # the list, s, the argument
        used = self.used + (objects_created() - self.objects_mark) * OBJECT_BYTES - dead
        exact = self.exact - dead
        growth = max(0, resident() - self.rss_mark - (exact - self.exact_mark))
        return min(used - exact - pending, self.held_mark + growth) + exact + pending

    def forget_freed(self) -> None:
        """Between runs: the last one ended by an exception, whose traceback held its frames
        when that run's count was settled; what the process shrank by since, once garbage is
        collected and the heap trimmed, is no longer counted."""
        collect_garbage()
        shrink = self.rss_end - resident()
        self.rss_end = None
        if shrink > 0:
            self.used = self.exact + max(0, self.used - self.exact - shrink)

    def reconcile(self, collect: bool, pending: int = 0) -> int:
        """Lower ``used`` to ``projected``. With ``collect``, while still over the limit, return
        free heap to the system, then collect cyclic garbage too, measuring after each (in the
        running thread only). Returns ``used``."""
        self.fold()
        self.drop_strings()
        for step in (None, _trim, collect_garbage) if collect else (None,):
            if step is not None:
                step(0)
            self.used = self.projected(pending)
            if self.used <= self.limit:
                break
        return self.used


class Budget:
    """The account of the running context (None: no limit), swapped by Context on entry."""

    account: Account | None = None
    thread = 0      # ident of the thread running it
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


_collecting = threading.Lock()


def collect_garbage(_: int = 0) -> None:
    """Collect cyclic garbage and return free heap to the system. Serialized: gc.collect()
    does nothing while another thread's collection is under way, which would let the caller
    measure before the garbage is gone."""
    with _collecting:
        gc.collect()
        if _trim is not None:
            _trim(0)


def resident() -> int:
    """The process's resident memory in bytes."""
    if _STATM is not None:
        return int(os.pread(_STATM, 64, 0).split()[1]) * _PAGE
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _pause(account: Account | None) -> int:
    """Stop counting for ``account`` (another context's run nests in it); returns the
    resident size, for ``_resume``."""
    if account is None:
        return 0
    account.fold()
    return resident()


def _resume(account: Account | None, paused_at: int) -> None:
    """Count for ``account`` again: what was created and grown while paused is not its."""
    if account is None:
        return
    account.objects_mark = objects_created()
    account.rss_mark += max(0, resident() - paused_at)


def begin(account: Account | None) -> tuple | None:
    """Make ``account`` the running one; returns what ``end`` restores."""
    outer = Budget.account
    if account is None and outer is None:
        return None  # nothing to change (the common case)
    prev = (outer, _pause(outer), Budget.thread, Budget.over, Budget.run)
    Budget.account = account
    Budget.run = next(_runs)
    Budget.over = False
    if account is not None:
        if account.rss_end is not None:
            account.forget_freed()
        account.objects_mark = objects_created()
        account.held_mark = account.used - account.exact
        account.exact_mark = account.exact
        account.rss_mark = resident()
        Budget.thread = threading.get_ident()
        _install_gc_hook()
    return prev


def end(prev: tuple | None) -> None:
    """The run is over: settle its count (without collecting) and restore the outer run's
    account. No MemoryLimitExceeded may reach the host after this."""
    if prev is None:
        return
    with _lock:
        if Budget.over:  # drop a delivery not yet raised
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(threading.get_ident()), None)
        account = Budget.account
        if account is not None:
            account.reconcile(collect=False)  # (drops the strings that are garbage)
            # a run ended by an exception: its traceback may hold the run's frames (and what
            # they allocated) until the host lets go of it, so look again when the next begins
            account.rss_end = resident() if sys.exc_info()[0] is not None else None
        outer, paused_at, Budget.thread, Budget.over, Budget.run = prev
        Budget.account = outer
        _resume(outer, paused_at)


def uncounted(compiler: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Wrap a tier's compiler: what compiling grows the process by (LLVM's working memory,
    generated code) is the engine's, not the script's, so it is no growth of the run."""
    if getattr(compiler, "uncounted", False):
        return compiler

    def compile_code(code: Any) -> Any:
        account = Budget.account
        if account is None:
            return compiler(code)
        before = resident()
        try:
            return compiler(code)
        finally:
            account.rss_mark += max(0, resident() - before)
    compile_code.uncounted = True  # type: ignore[attr-defined]
    return compile_code


def charge(nbytes: int) -> None:
    """An allocation point is about to allocate about ``nbytes``: count them, or end the run
    if they cannot fit (they are then not allocated, nor counted)."""
    account = Budget.account
    if account is None:
        return
    account.used += nbytes
    if account.used > account.limit:
        settle(account, nbytes)


def settle(account: Account, pending: int) -> None:
    """The count passed the limit: reconcile it; still over, end the run (the ``pending``
    bytes of the count are refused, so not counted). A request larger than the limit is
    refused at once."""
    if pending <= account.limit and account.reconcile(True, pending) <= account.limit:
        return
    account.used -= pending
    raise MemoryLimitExceeded()


def track(owner: Any, nbytes: int) -> None:
    """``owner`` (a JSObject) holds a buffer of ``nbytes`` that ``charge`` counted: a large one
    is given back to the account when ``owner`` is freed, so it counts while live only."""
    account = Budget.account
    if account is not None and nbytes >= TRACKED:
        account.exact += nbytes
        weakref.finalize(owner, _give_back, weakref.ref(account), nbytes)


def keep(s: str) -> str:
    """``s`` is a string ``charge`` counted: a large one counts while live only (the account
    keeps it until it is reconciled, and then lets go of it if nothing else refers to it)."""
    account = Budget.account
    if account is not None and len(s) >= TRACKED:
        account.strings.append(s)
        account.exact += len(s)
    return s


def counted(s: str) -> str:
    """``s`` was built without a charge beforehand (its length was not known): count it."""
    if len(s) > STRING_COUNTED and Budget.account is not None:
        charge(len(s))
        keep(s)
    return s


def _give_back(account_ref: Any, nbytes: int) -> None:
    account = account_ref()
    if account is not None:
        account.exact -= nbytes
        account.used -= nbytes


def grown(elements: list) -> None:
    """A dense array's elements reached a multiple of CHUNK while appended: charge a chunk
    (a slot and, sampled from the last value, the value's own size)."""
    if Budget.account is not None:
        v = elements[-1] if elements else None
        t = type(v)
        each = SLOT_BYTES + (24 if t is float else 49 + len(v) if t is str and len(v) <= STRING_COUNTED else 0)
        charge(CHUNK * each)


def poll() -> None:
    """Called with the time-limit check (every 1024 ticks) while a limit is set."""
    account = Budget.account
    if account is not None and account.fold() > account.limit:
        settle(account, 0)


def _after_collection(phase: str, info: dict) -> None:
    """gc callback: check the count after collections of the older generations, in the
    running context's thread only. A callback cannot raise (and an asynchronous exception set
    from here would be raised inside it), so the delivery thread reconciles and ends the run."""
    if phase == "start":
        Budget.collecting = True
        return
    Budget.collecting = False
    account = Budget.account
    if info["generation"] < 1 or account is None or Budget.over:
        return
    if threading.get_ident() != Budget.thread or account.fold() <= account.limit:
        return
    Budget.over = True
    _wake.set()


_lock = threading.Lock()
_wake = threading.Event()


def _deliver() -> None:
    """The delivery thread: reconciles the count the gc callback found over the limit and,
    still over, ends the run in the run's thread, retrying (as the Watchdog does) while
    that run goes on."""
    while True:
        _wake.wait()
        _wake.clear()
        run, thread, account = Budget.run, Budget.thread, Budget.account
        if account is not None:
            collect_garbage()
        if account is None or account.projected() <= account.limit:
            Budget.over = False
            continue
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
