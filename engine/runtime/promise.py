"""Promise objects' abstract operations (ECMA-262 27.2.1 - 27.2.2) and the job queue (9.5).

Reaction handlers may be JS functions or Python callables ``value -> value`` (the async
function implementation resumes its frame that way); a Python handler raises JSThrow to reject
the derived promise. ``perform_promise_then(p, f, r, None)`` has no derived promise at all.

Jobs are zero-argument callables run in FIFO order by ``run_jobs()``, each in the realm that
was current when it was enqueued. Rejections that stay unhandled are reported by
``take_unhandled_rejections()`` (HostPromiseRejectionTracker, 27.2.1.9).
"""
from __future__ import annotations

from collections import deque
from typing import Any, Callable, Generator

from .access import call, describe_value, is_callable, is_constructor
from .errors import JSThrow, throw_type_error
from .function import BuiltinFunction
from .objects import JSObject
from .realm import current_realm, set_current_realm

PENDING, FULFILLED, REJECTED = "pending", "fulfilled", "rejected"


class JSPromise(JSObject):
    """A Promise instance (27.2.6): [[PromiseState]], [[PromiseResult]], the reaction lists and
    [[PromiseIsHandled]]."""

    __slots__ = ("state", "result", "fulfill_reactions", "reject_reactions", "is_handled")
    class_name = "Promise"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.state = PENDING
        self.result: Any = None
        self.fulfill_reactions: list | None = []
        self.reject_reactions: list | None = []
        self.is_handled = False


class PromiseCapability:
    """PromiseCapability Record (27.2.1.1)."""

    __slots__ = ("promise", "resolve", "reject")

    def __init__(self, promise: Any, resolve: Any, reject: Any) -> None:
        self.promise = promise
        self.resolve = resolve
        self.reject = reject


class PromiseReaction:
    """PromiseReaction Record (27.2.1.2); ``handler`` is a JS function, a Python callable or None."""

    __slots__ = ("capability", "is_reject", "handler")

    def __init__(self, capability: PromiseCapability | None, is_reject: bool, handler: Any) -> None:
        self.capability = capability
        self.is_reject = is_reject
        self.handler = handler


# ---------------------------------------------------------------------------------------------
# The job queue (9.5 HostEnqueuePromiseJob) and the rejection tracker
# ---------------------------------------------------------------------------------------------

class JobQueue:
    """One agent's job queue and rejection tracker: each Context has its own, made current
    while it runs (``use_queue``), so that contexts never run each other's jobs."""

    __slots__ = ("jobs", "unhandled")

    def __init__(self) -> None:
        self.jobs: deque = deque()
        self.unhandled: dict[int, JSPromise] = {}  # id -> promise, in rejection order


_queue = JobQueue()


def use_queue(queue: JobQueue) -> JobQueue:
    """Make ``queue`` the current one; returns the previous."""
    global _queue
    prev, _queue = _queue, queue
    return prev


def enqueue_job(fn: Callable[[], Any]) -> None:
    """HostEnqueuePromiseJob: run ``fn()`` after the current job, in the current realm."""
    _queue.jobs.append((fn, current_realm()))


def run_jobs() -> None:
    """Run queued jobs until the queue is empty. A JSThrow escaping a job propagates (the
    remaining jobs stay queued)."""
    jobs = _queue.jobs
    while jobs:
        fn, realm = jobs.popleft()
        prev = set_current_realm(realm)
        try:
            fn()
        finally:
            if prev is not None:
                set_current_realm(prev)


def has_pending_jobs() -> bool:
    return bool(_queue.jobs)


def clear_jobs() -> None:
    """Drop every queued job and tracked rejection of the current queue."""
    _queue.jobs.clear()
    _queue.unhandled.clear()


def host_promise_rejection_tracker(promise: JSPromise, operation: str) -> None:
    """HostPromiseRejectionTracker (27.2.1.9); ``operation`` is "reject" or "handle"."""
    if operation == "reject":
        _queue.unhandled[id(promise)] = promise
    else:
        _queue.unhandled.pop(id(promise), None)


def take_unhandled_rejections() -> list[JSPromise]:
    """The promises rejected with no handler since the last call (call after run_jobs)."""
    unhandled = _queue.unhandled
    out = [p for p in unhandled.values() if not p.is_handled]
    unhandled.clear()
    return out


# ---------------------------------------------------------------------------------------------
# Settling promises (27.2.1.3 - 27.2.1.8)
# ---------------------------------------------------------------------------------------------

def create_resolving_functions(promise: JSPromise) -> tuple[BuiltinFunction, BuiltinFunction]:
    """CreateResolvingFunctions (27.2.1.3)."""
    realm = current_realm()
    already_resolved = [False]

    def resolve(this: Any, args: list) -> None:
        if already_resolved[0]:
            return None
        already_resolved[0] = True
        resolve_promise(promise, args[0] if args else None)
        return None

    def reject(this: Any, args: list) -> None:
        if already_resolved[0]:
            return None
        already_resolved[0] = True
        reject_promise(promise, args[0] if args else None)
        return None

    return BuiltinFunction(realm, "", 1, resolve), BuiltinFunction(realm, "", 1, reject)


def resolve_promise(promise: JSPromise, resolution: Any) -> None:
    """The body of a promise resolve function (27.2.1.3.2 steps 7-16)."""
    if resolution is promise:
        from .errors import make_error
        reject_promise(promise, make_error("TypeError", "Chaining cycle detected for promise #<Promise>"))
        return
    if not isinstance(resolution, JSObject):
        fulfill_promise(promise, resolution)
        return
    try:
        then = resolution.get("then", resolution)
    except JSThrow as e:
        reject_promise(promise, e.value)
        return
    if not is_callable(then):
        fulfill_promise(promise, resolution)
        return
    enqueue_job(lambda: _promise_resolve_thenable_job(promise, resolution, then))


def _promise_resolve_thenable_job(promise: JSPromise, thenable: JSObject, then: Any) -> None:
    """NewPromiseResolveThenableJob (27.2.2.2)."""
    resolve, reject = create_resolving_functions(promise)
    try:
        call(then, thenable, [resolve, reject])
    except JSThrow as e:
        reject.call(None, [e.value])


def fulfill_promise(promise: JSPromise, value: Any) -> None:
    """FulfillPromise (27.2.1.4)."""
    reactions = promise.fulfill_reactions
    promise.result = value
    promise.state = FULFILLED
    promise.fulfill_reactions = promise.reject_reactions = None
    _trigger_promise_reactions(reactions, value)


def reject_promise(promise: JSPromise, reason: Any) -> None:
    """RejectPromise (27.2.1.7)."""
    reactions = promise.reject_reactions
    promise.result = reason
    promise.state = REJECTED
    promise.fulfill_reactions = promise.reject_reactions = None
    if not promise.is_handled:
        host_promise_rejection_tracker(promise, "reject")
    _trigger_promise_reactions(reactions, reason)


def _trigger_promise_reactions(reactions: list, argument: Any) -> None:
    """TriggerPromiseReactions (27.2.1.8)."""
    for reaction in reactions:
        _enqueue_reaction_job(reaction, argument)


def _enqueue_reaction_job(reaction: PromiseReaction, argument: Any) -> None:
    enqueue_job(lambda: _promise_reaction_job(reaction, argument))


def _promise_reaction_job(reaction: PromiseReaction, argument: Any) -> None:
    """NewPromiseReactionJob (27.2.2.1)."""
    handler = reaction.handler
    cap = reaction.capability
    try:
        if handler is None:
            if reaction.is_reject:
                raise JSThrow(argument)
            result = argument
        elif isinstance(handler, JSObject):
            result = handler.call(None, [argument])
        else:
            result = handler(argument)
    except JSThrow as e:
        if cap is None:
            raise
        _settle_capability(cap, e.value, True)
        return
    if cap is not None:
        _settle_capability(cap, result, False)


def _settle_capability(cap: PromiseCapability, value: Any, rejected: bool) -> None:
    (cap.reject if rejected else cap.resolve).call(None, [value])


# ---------------------------------------------------------------------------------------------
# Capabilities, PromiseResolve, PerformPromiseThen
# ---------------------------------------------------------------------------------------------

class _DirectSettle(JSObject):
    """The resolve or reject of a capability made for the intrinsic %Promise%: the spec's
    executor there is never visible to JS code, so a light callable stands in for the
    resolving function objects."""

    __slots__ = ("promise", "rejects", "flag")
    callable = True

    def __init__(self, promise: JSPromise, rejects: bool, flag: list) -> None:
        super().__init__(None)
        self.promise = promise
        self.rejects = rejects
        self.flag = flag

    def call(self, this: Any, args: list) -> None:
        if self.flag[0]:
            return None
        self.flag[0] = True
        value = args[0] if args else None
        if self.rejects:
            reject_promise(self.promise, value)
        else:
            resolve_promise(self.promise, value)
        return None


def new_promise(realm: Any = None) -> JSPromise:
    """A new pending promise from the intrinsic %Promise%."""
    return JSPromise((realm or current_realm()).intrinsics["%Promise.prototype%"])


def new_promise_capability(c: Any) -> PromiseCapability:
    """NewPromiseCapability (27.2.1.5)."""
    realm = current_realm()
    if c is realm.intrinsics.get("%Promise%"):
        p = JSPromise(realm.intrinsics["%Promise.prototype%"])
        flag = [False]
        return PromiseCapability(p, _DirectSettle(p, False, flag), _DirectSettle(p, True, flag))
    if not is_constructor(c):
        throw_type_error(f"{describe_value(c)} is not a constructor")
    slots: list = [None, None]

    def executor(this: Any, args: list) -> None:
        if slots[0] is not None:
            throw_type_error("Promise executor has already been invoked with non-undefined arguments")
        if slots[1] is not None:
            throw_type_error("Promise executor has already been invoked with non-undefined arguments")
        slots[0] = args[0] if args else None
        slots[1] = args[1] if len(args) > 1 else None
        return None

    promise = c.construct([BuiltinFunction(realm, "", 2, executor)], c)
    if not is_callable(slots[0]):
        throw_type_error("Promise resolve or reject function is not callable")
    if not is_callable(slots[1]):
        throw_type_error("Promise resolve or reject function is not callable")
    return PromiseCapability(promise, slots[0], slots[1])


def capability_resolve(cap: PromiseCapability, value: Any) -> None:
    """Call(capability.[[Resolve]], undefined, « value »)."""
    cap.resolve.call(None, [value])


def capability_reject(cap: PromiseCapability, reason: Any) -> None:
    """Call(capability.[[Reject]], undefined, « reason »)."""
    cap.reject.call(None, [reason])


def is_promise(v: Any) -> bool:
    """IsPromise (27.2.1.6)."""
    return isinstance(v, JSPromise)


def promise_resolve(c: JSObject, x: Any) -> JSObject:
    """PromiseResolve (27.2.4.7.1)."""
    if isinstance(x, JSPromise):
        ctor = x.get("constructor", x)
        if ctor is c:
            return x
    cap = new_promise_capability(c)
    capability_resolve(cap, x)
    return cap.promise


def perform_promise_then(promise: JSPromise, on_fulfilled: Any, on_rejected: Any,
                         result_capability: PromiseCapability | None) -> Any:
    """PerformPromiseThen (27.2.5.4.1). Non-callable JS values as handlers mean "pass through"."""
    fulfill_reaction = PromiseReaction(result_capability, False, _as_handler(on_fulfilled))
    reject_reaction = PromiseReaction(result_capability, True, _as_handler(on_rejected))
    state = promise.state
    if state is PENDING:
        promise.fulfill_reactions.append(fulfill_reaction)
        promise.reject_reactions.append(reject_reaction)
    elif state is FULFILLED:
        _enqueue_reaction_job(fulfill_reaction, promise.result)
    else:
        if not promise.is_handled:
            host_promise_rejection_tracker(promise, "handle")
        _enqueue_reaction_job(reject_reaction, promise.result)
    promise.is_handled = True
    return None if result_capability is None else result_capability.promise


def _as_handler(h: Any) -> Any:
    """A reaction handler: a callable JS object or Python callable, else None (pass through)."""
    if isinstance(h, JSObject):
        return h if h.callable else None
    return h if callable(h) else None


# ---------------------------------------------------------------------------------------------
# Async abstract closures written in Python
# ---------------------------------------------------------------------------------------------

def run_async_closure(body: Generator[Any, Any, Any], cap: PromiseCapability) -> None:
    """Run an async abstract closure written as a Python generator, as AsyncBlockStart
    (27.7.5.2) runs one: every ``yield v`` is Await(v) (27.7.5.3), resuming the generator with
    the fulfilment value or throwing JSThrow(reason) into it; its return value resolves
    ``cap`` and a JSThrow escaping it rejects ``cap``."""
    def step(value: Any, throwing: bool) -> None:
        while True:
            try:
                awaited = body.throw(JSThrow(value)) if throwing else body.send(value)
            except StopIteration as stop:
                capability_resolve(cap, stop.value)
                return
            except JSThrow as e:
                capability_reject(cap, e.value)
                return
            try:
                promise = promise_resolve(current_realm().intrinsics["%Promise%"], awaited)
            except JSThrow as e:
                value, throwing = e.value, True
                continue
            perform_promise_then(promise, lambda v: step(v, False), lambda r: step(r, True), None)
            return
    step(None, False)
