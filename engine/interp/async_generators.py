"""Async generator objects (27.6): a request queue over a suspendable frame."""
from __future__ import annotations

from typing import Any

from ..runtime import promise as P
from ..runtime.access import call, get_method
from ..runtime.conversions import to_boolean
from ..runtime.errors import JSThrow, make_error, throw_type_error
from ..runtime.iteration import create_iter_result, get_iterator
from ..runtime.objects import JSObject
from . import functions
from .generators import await_value, resume_frame, start_frame


MISSING_THROW = "The iterator does not provide a 'throw' method"


class AsyncGeneratorObject(JSObject):
    """An async generator instance: requests (mode, value, capability) run one at a time."""

    __slots__ = ("frame", "state", "queue")
    class_name = "AsyncGenerator"

    def __init__(self, proto: JSObject, frame: Any) -> None:
        super().__init__(proto)
        self.frame = frame
        self.state = "start"
        self.queue: list = []

    def enqueue(self, mode: str, value: Any, cap: Any) -> None:
        """AsyncGeneratorEnqueue + resume when idle (27.6.3.3)."""
        self.queue.append((mode, value, cap))
        if self.state not in ("executing", "awaiting"):
            self.resume_next()

    def resume_next(self) -> None:
        while self.queue and self.state not in ("executing", "awaiting"):
            mode, value, cap = self.queue[0]
            if self.state == "start" and mode != "next":
                self.state = "completed"
            if self.state == "completed":
                if mode == "next":
                    self.settle(create_iter_result(None, True), False)
                elif mode == "throw":
                    self.settle(value, True)
                else:
                    self.state = "awaiting"
                    await_value(self.frame, value,
                                lambda v: self._done_return(v, False),
                                lambda e: self._done_return(e, True))
                continue
            starting = self.state == "start"
            if mode == "return" and not starting:
                # AsyncGeneratorUnwrapYieldResumption (27.6.3.7): return(v) at a yield (a yield*'s
                # too) awaits v before the generator sees the return (one more job before its
                # finally runs, or before the inner iterator's return is called)
                self.await_then(value, "return")
                continue
            self.state = "executing"
            self.step(None if starting else value, None if starting else mode)

    def _done_return(self, v: Any, is_error: bool) -> None:
        self.state = "completed"
        self.settle(v if is_error else create_iter_result(v, True), is_error)
        self.resume_next()

    def settle(self, v: Any, is_error: bool) -> None:
        mode, value, cap = self.queue.pop(0)
        (cap.reject if is_error else cap.resolve).call(None, [v])

    def step(self, value: Any, mode: str | None) -> None:
        f = self.frame
        if f.delegate is not None and mode is not None:
            self.delegate_step(value, mode)
            return
        try:
            v = resume_frame(f, value, mode or "start")
        except JSThrow as e:
            self.state = "completed"
            self.settle(e.value, True)
            self.resume_next()
            return
        if not f.suspended:
            self.state = "completed"
            self.settle(create_iter_result(v, True), False)
            self.resume_next()
            return
        if f.suspend_kind == "delegate":
            try:
                f.delegate = get_iterator(v, "async")
            except JSThrow as e:
                self.step(e.value, "throw")
                return
            self.delegate_step(None, "next")
            return
        if f.suspend_kind == "await":
            self.await_then(v, "next")
            return
        # yield: the value was awaited by the compiler-emitted AWAIT before YIELD
        self.state = "suspended"
        self.settle(create_iter_result(v, False), False)
        self.resume_next()

    def delegate_step(self, value: Any, mode: str) -> None:
        """One step of yield* in an async generator (15.5.5): forward the request to the inner
        async iterator and await its result."""
        f = self.frame
        rec = f.delegate
        it = rec.iterator
        try:
            if mode == "next":
                res = call(rec.next_method, it, [value])
            else:
                method = get_method(it, mode)
                if method is None:
                    f.delegate = None
                    if mode == "return":  # step 7.c.iii: the value is awaited, then returned
                        self.await_then(value, "return")
                    else:
                        self.close_for_missing_throw(it)
                    return
                res = call(method, it, [value])
        except JSThrow as e:
            f.delegate = None
            self.step(e.value, "throw")
            return
        self.state = "awaiting"
        await_value(f, res, lambda r: self._delegate_result(r, mode), self._delegate_error)

    def _delegate_error(self, e: Any) -> None:
        self.frame.delegate = None
        self.state = "executing"
        self.step(e, "throw")

    def _delegate_result(self, r: Any, mode: str) -> None:
        f = self.frame
        self.state = "executing"
        if not isinstance(r, JSObject):
            f.delegate = None
            self.step(make_error("TypeError", f"Iterator result {r} is not an object"), "throw")
            return
        try:
            done = to_boolean(r.get("done", r))
            v = r.get("value", r)
        except JSThrow as e:
            f.delegate = None
            self.step(e.value, "throw")
            return
        if done:
            f.delegate = None
            if mode == "return":  # step 7.c.viii: the inner return's value is awaited, then returned
                self.await_then(v, "return")
            else:
                self.step(v, "next")
            return
        self.state = "suspended"
        self.settle(create_iter_result(v, False), False)
        self.resume_next()

    def close_for_missing_throw(self, it: Any) -> None:
        """yield* step 7.b.iii: the inner iterator has no throw method: AsyncIteratorClose (7.4.13)
        with a normal completion, then a TypeError (an error of the close comes first)."""
        ret = get_method(it, "return")
        if ret is None:
            throw_type_error(MISSING_THROW)
        inner = call(ret, it, [])

        def closed(r: Any) -> None:  # step 8: the awaited result must be an object
            self._continue(make_error("TypeError", MISSING_THROW if isinstance(r, JSObject)
                                      else f"Iterator result {r} is not an object"), "throw")
        self.state = "awaiting"
        await_value(self.frame, inner, closed, lambda e: self._continue(e, "throw"))

    def await_then(self, value: Any, mode: str) -> None:
        """Await ``value``, then resume the generator with it in ``mode`` (a rejection is thrown in)."""
        self.state = "awaiting"
        await_value(self.frame, value, lambda v: self._continue(v, mode), lambda e: self._continue(e, "throw"))

    def _continue(self, v: Any, mode: str) -> None:
        self.state = "executing"
        self.step(v, mode)


def start_async_generator(fn: Any, f: Any) -> AsyncGeneratorObject:
    start_frame(f)  # the parameter prologue, up to GEN_START
    proto = fn.get("prototype", fn)
    if not isinstance(proto, JSObject):
        proto = fn.realm.intrinsics["%AsyncGeneratorPrototype%"]
    gen = AsyncGeneratorObject(proto, f)
    f.generator = gen
    return gen


def async_generator_request(this: Any, value: Any, mode: str) -> Any:
    """AsyncGenerator.prototype.next/return/throw (27.6.1.2-4)."""
    from ..runtime.realm import current_realm
    realm = current_realm()
    cap = P.new_promise_capability(realm.intrinsics["%Promise%"])
    if not isinstance(this, AsyncGeneratorObject):
        from ..runtime.errors import make_error
        cap.reject.call(None, [make_error("TypeError", f"{mode} method called on incompatible receiver")])
        return cap.promise
    this.enqueue(mode, value, cap)
    return cap.promise
