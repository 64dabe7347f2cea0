"""Generators (27.5), async functions (27.7) and async generators (27.6) on suspended frames.

A suspendable function's frame runs in its own activation of the dispatch loop; YIELD, AWAIT,
YIELD_STAR and GEN_START leave the loop with ``frame.suspended`` set and ``suspend_kind`` saying
why. Resuming pushes the sent value and re-enters the loop (``next``), throws at the suspension
point (``throw``), or unwinds a return completion through finally blocks (``return``). Tier 1
compiles suspendable code to a Python generator (``code.gen_entry``, held in ``frame.pygen``
once started): ``start_frame`` and ``resume_frame`` drive either kind of frame.
"""
from __future__ import annotations

from types import GeneratorType
from typing import Any

from ..runtime import promise as P
from ..runtime.access import call, get_method
from ..runtime.errors import JSThrow, throw_type_error
from ..runtime.iteration import create_iter_result, get_iterator
from ..runtime.objects import JSObject
from ..runtime import realm as _realm_mod
from ..runtime.realm import call_in_realm, current_realm
from . import functions
from . import ops_runtime as R
from .tierup import counted_call

SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, COMPLETED = "start", "yield", "executing", "completed"


def start_frame(f: Any) -> Any:
    """Run a suspendable frame from its start to its first suspension or its completion: in
    compiled code when tier 1 has it (``gen_entry`` makes the Python generator that runs the
    frame), else in tier 0. Starts are counted as calls for tier-up."""
    code = f.code
    entry = code.gen_entry
    if entry is None:
        counted_call(code)
        entry = code.gen_entry
        if entry is None:
            return functions.run_frame(f)
    gen = entry(f)  # code without suspension points is a plain function: this ran it
    if type(gen) is not GeneratorType:
        return gen
    f.pygen = gen
    return _step(f, gen.send, None)


def _step(f: Any, method: Any, arg: Any) -> Any:
    """One resumption of a compiled frame's Python generator: the value it yields, or the value
    it returns (the frame completed)."""
    try:
        return method(arg)
    except StopIteration as e:
        f.suspended = False
        return e.value
    except BaseException:
        f.suspended = False
        raise


def resume_frame(f: Any, value: Any, mode: str) -> Any:
    """Continue a suspended frame with a next / throw / return completion, or (``start``) past
    GEN_START, where nothing is sent. The frame runs in its function's realm (GeneratorResume
    and the await continuations restore its execution context)."""
    realm = f.func.realm
    if realm is not _realm_mod._current:
        return call_in_realm(realm, resume_frame, f, value, mode)
    gen = f.pygen
    if gen is not None:
        if mode == "next" or mode == "start":
            return _step(f, gen.send, value)
        return _step(f, gen.throw, (R.JSThrow if mode == "throw" else R.GenReturn)(value))
    run = functions.run_frame
    if mode == "start":
        return run(f)
    if mode == "next":
        f.stack.append(value)
        return run(f)
    if mode == "throw":
        f = R.unwind(f, value, f, False)
        return run(f)
    g = R.unwind(f, value, f, True)
    if g is None:
        return value
    return run(g)


class GeneratorObject(JSObject):
    """A generator instance (27.5.3)."""

    __slots__ = ("frame", "state")
    class_name = "Generator"

    def __init__(self, proto: JSObject, frame: Any) -> None:
        super().__init__(proto)
        self.frame = frame
        self.state = SUSPENDED_START

    def resume(self, value: Any, mode: str) -> JSObject:
        """GeneratorResume / GeneratorResumeAbrupt (27.5.3.3-4)."""
        if self.state == EXECUTING:
            throw_type_error("Generator is already running")
        if self.state == COMPLETED or (self.state == SUSPENDED_START and mode != "next"):
            self.state = COMPLETED
            if mode == "throw":
                raise JSThrow(value)
            return create_iter_result(value if mode == "return" else None, True)
        f = self.frame
        if f.delegate is not None:
            return self.delegate_step(value, mode)
        starting = self.state == SUSPENDED_START
        self.state = EXECUTING
        try:
            v = resume_frame(f, None, "start") if starting else resume_frame(f, value, mode)
        except BaseException:
            self.state = COMPLETED
            raise
        return self.after_run(f, v)

    def after_run(self, f: Any, v: Any) -> JSObject:
        if not f.suspended:
            self.state = COMPLETED
            return create_iter_result(v, True)
        if f.suspend_kind == "delegate":
            self.state = SUSPENDED_YIELD
            try:
                f.delegate = get_iterator(v)
            except JSThrow as e:  # thrown at the yield* inside the generator
                return self.resume(e.value, "throw")
            return self.delegate_step(None, "next")
        self.state = SUSPENDED_YIELD
        return create_iter_result(v, False)

    def delegate_step(self, value: Any, mode: str) -> JSObject:
        """One step of yield* (15.5.5): forward the completion to the inner iterator. Errors of
        the inner protocol are thrown into the generator at the yield*."""
        f = self.frame
        self.state = EXECUTING
        try:
            outcome, v = self.delegate_call(f.delegate, value, mode)
        except JSThrow as e:
            f.delegate = None
            self.state = SUSPENDED_YIELD
            return self.resume(e.value, "throw")
        self.state = SUSPENDED_YIELD
        if outcome == "yield":
            return v
        f.delegate = None
        return self.resume(v, outcome)

    @staticmethod
    def delegate_call(rec: Any, value: Any, mode: str) -> tuple[str, Any]:
        """Call the inner iterator: ("yield", its result object) to pass on, or the
        completion that resumes the generator: ("next", value) or ("return", value)."""
        it = rec.iterator
        if mode == "next":
            res = call(rec.next_method, it, [value])
        elif mode == "throw":
            m = get_method(it, "throw")
            if m is None:
                closer = get_method(it, "return")
                if closer is not None:
                    call(closer, it, [])
                throw_type_error("The iterator does not provide a 'throw' method")
            res = call(m, it, [value])
        else:
            m = get_method(it, "return")
            if m is None:
                return "return", value
            res = call(m, it, [value])
        if not isinstance(res, JSObject):
            throw_type_error(f"Iterator result {res} is not an object")
        if R.to_boolean(res.get("done", res)):
            return ("return" if mode == "return" else "next"), res.get("value", res)
        return "yield", res


def start_suspendable(fn: Any, f: Any) -> Any:
    """[[Call]] of a generator, async or async generator function."""
    code = fn.code
    if code.is_generator and not code.is_async:
        v = start_frame(f)  # runs the parameter prologue up to GEN_START
        proto = fn.get("prototype", fn)
        if not isinstance(proto, JSObject):
            proto = fn.realm.intrinsics["%GeneratorPrototype%"]
        gen = GeneratorObject(proto, f)
        f.generator = gen
        return gen
    if code.is_generator:
        from .async_generators import start_async_generator
        return start_async_generator(fn, f)
    return start_async(fn, f)


# ---- async functions --------------------------------------------------------------------------
def start_async(fn: Any, f: Any) -> Any:
    realm = fn.realm
    cap = P.new_promise_capability(realm.intrinsics["%Promise%"])
    async_step(f, cap, None, None)
    return cap.promise


def async_step(f: Any, cap: Any, value: Any, mode: str | None) -> None:
    """Run an async function's frame until its next await or its completion."""
    try:
        v = start_frame(f) if mode is None else resume_frame(f, value, mode)
    except JSThrow as e:
        cap.reject.call(None, [e.value])
        return
    if f.suspended:
        await_value(f, v, lambda x: async_step(f, cap, x, "next"), lambda e: async_step(f, cap, e, "throw"))
    else:
        cap.resolve.call(None, [v])


def await_value(f: Any, v: Any, on_ok: Any, on_err: Any) -> None:
    """Await (27.7.5.3): resume through the job queue once ``v`` settles."""
    realm = current_realm()
    try:
        p = P.promise_resolve(realm.intrinsics["%Promise%"], v)
    except JSThrow as e:
        reason = e.value  # `e` itself is unbound once the except clause ends
        P.enqueue_job(lambda: on_err(reason))
        return
    P.perform_promise_then(p, on_ok, on_err, None)
