"""Explicit resource management (ECMA-262 proposal, ES2026 draft): DisposableStack,
AsyncDisposableStack, %IteratorPrototype%[@@dispose] and %AsyncIteratorPrototype%[@@asyncDispose],
with the DisposeCapability operations they share.

DisposeResources runs as a Python generator whose ``yield`` is Await: the sync stack drives it
to completion with ``_run_sync`` (a sync stack never awaits), the async stack with
promise.run_async_closure.
"""
from __future__ import annotations

from typing import Any, Generator

from ..access import call, construct, describe_value, get_method, is_callable, ordinary_create_from_constructor
from ..errors import JSThrow, make_error, throw_reference_error, throw_type_error
from ..function import arg, builtin, define_getter, define_method, make_constructor
from ..objects import JSObject
from ..promise import (capability_reject, capability_resolve, new_promise_capability, perform_promise_then,
                       promise_resolve, run_async_closure)
from ..realm import current_realm
from ..shapes import CONFIGURABLE, WRITABLE
from ..values import JSNull, WellKnown

ORDER = 22

SYNC, ASYNC = "sync-dispose", "async-dispose"


class DisposableResource:
    """A DisposableResource Record: [[ResourceValue]], [[Hint]], [[DisposeMethod]]."""

    __slots__ = ("value", "hint", "method")

    def __init__(self, value: Any, hint: str, method: Any) -> None:
        self.value = value
        self.hint = hint
        self.method = method


class DisposableStackObject(JSObject):
    """A DisposableStack or AsyncDisposableStack: ``disposed`` ([[DisposableState]]) and
    ``resources`` (the [[DisposeCapability]]'s [[DisposableResourceStack]])."""

    __slots__ = ("disposed", "resources")

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.disposed = False
        self.resources: list[DisposableResource] = []


class AsyncDisposableStackObject(DisposableStackObject):
    __slots__ = ()


def _get_dispose_method(v: JSObject, hint: str) -> Any:
    """GetDisposeMethod: an async hint falls back to @@dispose, wrapped so that it returns a
    promise and its result is not awaited."""
    if hint == SYNC:
        return get_method(v, WellKnown.dispose)
    method = get_method(v, WellKnown.asyncDispose)
    if method is not None:
        return method
    method = get_method(v, WellKnown.dispose)
    if method is None:
        return None
    realm = current_realm()

    def wrapper(this: Any, args: list) -> Any:
        cap = new_promise_capability(realm.intrinsics["%Promise%"])
        try:
            call(method, this, [])
        except JSThrow as e:
            capability_reject(cap, e.value)
            return cap.promise
        capability_resolve(cap, None)
        return cap.promise
    return builtin(realm, "", 0, wrapper)


def add_disposable_resource(resources: list, v: Any, hint: str, method: Any = None) -> None:
    """AddDisposableResource and CreateDisposableResource (with ``method`` absent when None)."""
    if method is None:
        if v is None or v is JSNull:
            if hint == SYNC:
                return
            resources.append(DisposableResource(None, hint, None))
            return
        if not isinstance(v, JSObject):
            throw_type_error(f"{describe_value(v)} is not an object")
        method = _get_dispose_method(v, hint)
        if method is None:
            throw_type_error(f"{describe_value(v)} is not disposable: it has no "
                             f"{'[Symbol.asyncDispose] or ' if hint == ASYNC else ''}[Symbol.dispose] method")
    elif not is_callable(method):
        throw_type_error(f"{describe_value(method)} is not a function")
    resources.append(DisposableResource(v, hint, method))


def _suppressed_error(error: Any, suppressed: Any) -> JSObject:
    return construct(current_realm().intrinsics["%SuppressedError%"], [error, suppressed])


def dispose_resources(resources: list, error: JSThrow | None) -> Generator[Any, Any, None]:
    """DisposeResources: call the dispose methods in reverse order; a throw while another
    error is pending becomes a SuppressedError. ``yield`` is Await; the list is emptied and the
    final throw completion (if any) raised."""
    needs_await = has_awaited = False
    for resource in reversed(resources):
        if resource.hint == SYNC and needs_await and not has_awaited:
            yield None
            needs_await = False
        if resource.method is None:
            needs_await = True  # an async resource of null / undefined
            continue
        try:
            result = call(resource.method, resource.value, [])
            if resource.hint == ASYNC:
                yield result
                needs_await = False
                has_awaited = True
        except JSThrow as e:
            error = JSThrow(_suppressed_error(e.value, error.value)) if error is not None else e
    if needs_await and not has_awaited:
        yield None
    resources.clear()
    if error is not None:
        raise error


class DisposeScope:
    """The DisposeCapability of a block, function body or module with `using` declarations:
    its resources, then the running DisposeResources."""

    __slots__ = ("resources", "disposal")

    def __init__(self) -> None:
        self.resources: list[DisposableResource] = []
        self.disposal: Generator[Any, Any, None] | None = None


def add_disposable(scope: DisposeScope, v: Any, is_async: int) -> None:
    """`using x = v` (arg 0) or `await using x = v` (arg 1): AddDisposableResource."""
    add_disposable_resource(scope.resources, v, ASYNC if is_async else SYNC)


def dispose_sync(scope: DisposeScope, kind: Any, value: Any) -> tuple[Any, Any]:
    """DisposeResources of sync resources under the completion (kind, value) of the scope's
    body (kind 1 is a throw); returns the resulting completion."""
    try:
        _run_sync(dispose_resources(scope.resources, JSThrow(value) if kind == 1 else None))
    except JSThrow as e:
        return 1, e.value
    return kind, value


def dispose_step(scope: DisposeScope, kind: Any, value: Any, sent: Any, mode: Any) -> tuple:
    """One step of an async DisposeResources: start it, or resume it with the awaited value
    (``mode`` 0) or the rejection (``mode`` 1). Returns (kind, value, x, more): await ``x``
    and step again while ``more``; the completion becomes a throw if disposal throws."""
    gen = scope.disposal
    try:
        if gen is None:
            gen = scope.disposal = dispose_resources(scope.resources, JSThrow(value) if kind == 1 else None)
            x = next(gen)
        elif mode == 1:
            x = gen.throw(JSThrow(sent))
        else:
            x = gen.send(sent)
    except StopIteration:
        return kind, value, None, False
    except JSThrow as e:
        return 1, e.value, None, False
    return kind, value, x, True


def _run_sync(body: Generator[Any, Any, Any]) -> None:
    """Drive a DisposeResources that has only sync-dispose resources (it never yields)."""
    for _ in body:
        raise AssertionError("a sync-dispose resource stack awaited")


def _setup_stack(realm: Any, name: str, cls: type, hint: str) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])
    P = f"{name}.prototype."

    def this_stack(this: Any, method: str) -> DisposableStackObject:
        if type(this) is not cls:
            throw_type_error(f"Method {P}{method} called on incompatible receiver {describe_value(this)}")
        return this

    def this_pending(this: Any, method: str) -> DisposableStackObject:
        s = this_stack(this, method)
        if s.disposed:
            throw_reference_error(f"Cannot call {P}{method} on an already-disposed {name}")
        return s

    def ctor_call(this: Any, args: list) -> Any:
        throw_type_error(f"Constructor {name} requires 'new'")

    def ctor_construct(args: list, new_target: JSObject) -> JSObject:
        return ordinary_create_from_constructor(new_target, f"%{name}.prototype%", cls)

    make_constructor(realm, name, 0, ctor_call, ctor_construct, proto)

    def adopt(this: Any, args: list) -> Any:
        s = this_pending(this, "adopt")
        value, on_dispose = arg(args, 0), arg(args, 1)
        if not is_callable(on_dispose):
            throw_type_error(f"{describe_value(on_dispose)} is not a function")
        f = builtin(realm, "", 0, lambda this_, args_: call(on_dispose, None, [value]))
        add_disposable_resource(s.resources, None, hint, f)
        return value

    def defer(this: Any, args: list) -> Any:
        s = this_pending(this, "defer")
        on_dispose = arg(args, 0)
        if not is_callable(on_dispose):
            throw_type_error(f"{describe_value(on_dispose)} is not a function")
        add_disposable_resource(s.resources, None, hint, on_dispose)
        return None

    def move(this: Any, args: list) -> Any:
        s = this_pending(this, "move")
        new = ordinary_create_from_constructor(realm.intrinsics[f"%{name}%"], f"%{name}.prototype%", cls)
        new.resources, s.resources = s.resources, []
        s.disposed = True
        return new

    def use(this: Any, args: list) -> Any:
        s = this_pending(this, "use")
        value = arg(args, 0)
        add_disposable_resource(s.resources, value, hint)
        return value

    define_method(proto, realm, "adopt", 2, adopt)
    define_method(proto, realm, "defer", 1, defer)
    define_getter(proto, realm, "disposed", lambda this, args: this_stack(this, "disposed").disposed)
    if hint == SYNC:
        def dispose(this: Any, args: list) -> Any:
            s = this_stack(this, "dispose")
            if not s.disposed:
                s.disposed = True
                _run_sync(dispose_resources(s.resources, None))
            return None
        method = define_method(proto, realm, "dispose", 0, dispose)
        key = WellKnown.dispose
    else:
        def dispose_async(this: Any, args: list) -> Any:
            cap = new_promise_capability(realm.intrinsics["%Promise%"])
            if type(this) is not cls:
                capability_reject(cap, make_error("TypeError", f"Method {P}disposeAsync called on incompatible "
                                                                 f"receiver {describe_value(this)}"))
            elif this.disposed:
                capability_resolve(cap, None)
            else:
                this.disposed = True
                run_async_closure(dispose_resources(this.resources, None), cap)
            return cap.promise
        method = define_method(proto, realm, "disposeAsync", 0, dispose_async)
        key = WellKnown.asyncDispose
    define_method(proto, realm, "move", 0, move)
    define_method(proto, realm, "use", 1, use)
    proto.define_data(key, method, WRITABLE | CONFIGURABLE)
    proto.define_data(WellKnown.toStringTag, name, CONFIGURABLE)


def _setup_iterator_disposal(realm: Any) -> None:
    """%IteratorPrototype%[@@dispose] and %AsyncIteratorPrototype%[@@asyncDispose]."""
    def iterator_dispose(this: Any, args: list) -> Any:
        ret = get_method(this, "return")
        if ret is not None:
            call(ret, this, [])
        return None

    def async_iterator_dispose(this: Any, args: list) -> Any:
        cap = new_promise_capability(realm.intrinsics["%Promise%"])
        try:
            ret = get_method(this, "return")
            if ret is None:
                capability_resolve(cap, None)
                return cap.promise
            wrapper = promise_resolve(realm.intrinsics["%Promise%"], call(ret, this, []))
        except JSThrow as e:
            capability_reject(cap, e.value)
            return cap.promise
        perform_promise_then(wrapper, builtin(realm, "", 1, lambda this_, args_: None), None, cap)
        return cap.promise

    define_method(realm.intrinsics["%IteratorPrototype%"], realm, WellKnown.dispose, 0, iterator_dispose)
    define_method(realm.intrinsics["%AsyncIteratorPrototype%"], realm, WellKnown.asyncDispose, 0,
                  async_iterator_dispose)


def setup(realm: Any) -> None:
    _setup_stack(realm, "DisposableStack", DisposableStackObject, SYNC)
    _setup_stack(realm, "AsyncDisposableStack", AsyncDisposableStackObject, ASYNC)
    _setup_iterator_disposal(realm)
