"""The Promise constructor and Promise.prototype (ECMA-262 27.2.3 - 27.2.5)."""
from __future__ import annotations

from typing import Any, Callable

from ..access import (call, create_array_from_list, describe_value, get_v, invoke, is_callable,
                      ordinary_create_from_constructor, species_constructor)
from ..errors import JSThrow, make_error, throw_type_error
from ..function import BuiltinFunction, arg, define_getter, define_method, make_constructor
from ..iteration import DONE, get_iterator, iterator_close, iterator_step_value
from ..objects import JSObject
from ..promise import (JSPromise, PromiseCapability, create_resolving_functions, new_promise_capability,
                       perform_promise_then, promise_resolve)
from ..shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from ..values import WellKnown

ORDER = 20


def _exposed_capability(c: Any) -> PromiseCapability:
    """NewPromiseCapability whose resolve/reject are real function objects (JS code sees them)."""
    from ..realm import current_realm
    realm = current_realm()
    if c is realm.intrinsics["%Promise%"]:
        p = JSPromise(realm.intrinsics["%Promise.prototype%"])
        resolve, reject = create_resolving_functions(p)
        return PromiseCapability(p, resolve, reject)
    return new_promise_capability(c)


def _require_object(this: Any, method: str) -> JSObject:
    if not isinstance(this, JSObject):
        throw_type_error(f"{method} called on non-object")
    return this


def _combinator(realm: Any, name: str,
                perform: Callable[[Any, Any, PromiseCapability, Any], Any]) -> Callable[[Any, list], Any]:
    """The shared frame of Promise.all / allSettled / any / race (27.2.4.1 steps 1-9)."""
    def method(this: Any, args: list) -> Any:
        c = this
        cap = _exposed_capability(c)
        rec = None
        try:
            promise_resolve_fn = get_v(c, "resolve")
            if not is_callable(promise_resolve_fn):
                throw_type_error(f"{describe_value(promise_resolve_fn)} is not a function")
            rec = get_iterator(arg(args, 0))
            return perform(rec, c, cap, promise_resolve_fn)
        except JSThrow as e:
            if rec is not None and not rec.done:
                iterator_close(rec, throwing=True)
            call(cap.reject, None, [e.value])
            return cap.promise
    return method


def _settle_element(realm: Any, values: list, index: int, remaining: list, on_last: Callable[[], Any],
                    wrap: Callable[[Any], Any], shared_flag: list | None = None) -> BuiltinFunction:
    """A Promise.all resolve element function & co (27.2.4.1.3): stores ``wrap(x)`` at ``index``
    once, and calls ``on_last()`` when the last element arrives."""
    flag = shared_flag if shared_flag is not None else [False]

    def element(this: Any, args: list) -> Any:
        if flag[0]:
            return None
        flag[0] = True
        values[index] = wrap(arg(args, 0))
        remaining[0] -= 1
        if remaining[0] == 0:
            return on_last()
        return None
    return BuiltinFunction(realm, "", 1, element)


def _settled_record(realm: Any, status: str, key: str) -> Callable[[Any], Any]:
    """The { status, value | reason } object of Promise.allSettled's element functions."""
    obj_proto = realm.intrinsics["%Object.prototype%"]

    def wrap(x: Any) -> Any:
        o = JSObject(obj_proto)
        o.define_data("status", status, WRITABLE | ENUMERABLE | CONFIGURABLE)
        o.define_data(key, x, WRITABLE | ENUMERABLE | CONFIGURABLE)
        return o
    return wrap


def _element_handlers(realm: Any, mode: str, cap: PromiseCapability, values: list, index: int,
                      remaining: list, finish: Callable[[], Any]) -> tuple:
    """The (onFulfilled, onRejected) pair for element ``index`` of an all / allSettled / any."""
    if mode == "all":
        return _settle_element(realm, values, index, remaining, finish, lambda x: x), cap.reject
    if mode == "allSettled":
        flag = [False]
        return (_settle_element(realm, values, index, remaining, finish,
                                _settled_record(realm, "fulfilled", "value"), flag),
                _settle_element(realm, values, index, remaining, finish,
                                _settled_record(realm, "rejected", "reason"), flag))
    return cap.resolve, _settle_element(realm, values, index, remaining, finish, lambda x: x)


def _perform_all_like(realm: Any, mode: str) -> Callable:
    """PerformPromiseAll / PerformPromiseAllSettled / PerformPromiseAny (27.2.4.1.2, .2.1, .3.1)."""

    def perform(rec: Any, c: Any, cap: PromiseCapability, promise_resolve_fn: Any) -> Any:
        values: list = []
        remaining = [1]

        def finish() -> Any:
            if mode == "any":
                err = make_error("AggregateError", "All promises were rejected")
                err.define_data("errors", create_array_from_list(list(values)), WRITABLE | CONFIGURABLE)
                return call(cap.reject, None, [err])
            return call(cap.resolve, None, [create_array_from_list(list(values))])

        index = 0
        while True:
            next_value = iterator_step_value(rec)
            if next_value is DONE:
                break
            values.append(None)
            next_promise = call(promise_resolve_fn, c, [next_value])
            remaining[0] += 1
            invoke(next_promise, "then", list(_element_handlers(realm, mode, cap, values, index, remaining, finish)))
            index += 1
        remaining[0] -= 1
        if remaining[0] == 0:
            finish()
        return cap.promise
    return perform


def _keyed_combinator(realm: Any, mode: str) -> Callable[[Any, list], Any]:
    """Promise.allKeyed / Promise.allSettledKeyed (proposal-await-dictionary): like all /
    allSettled over the own enumerable properties of an object, resolving to a null-prototype
    object with the same keys (PerformPromiseAllKeyed)."""
    def perform(promises: JSObject, c: Any, cap: PromiseCapability, promise_resolve_fn: Any) -> Any:
        keys: list = []
        values: list = []
        remaining = [1]

        def finish() -> Any:
            # CreateKeyedPromiseCombinatorResultObject
            result = JSObject(None)
            for k, v in zip(keys, values):
                result.define_data(k, v, WRITABLE | ENUMERABLE | CONFIGURABLE)
            return call(cap.resolve, None, [result])

        for key in promises.own_property_keys():
            desc = promises.get_own_property(key)
            if desc is None or not desc.enumerable:
                continue
            value = promises.get(key, promises)
            keys.append(key)
            values.append(None)
            next_promise = call(promise_resolve_fn, c, [value])
            remaining[0] += 1
            handlers = _element_handlers(realm, mode, cap, values, len(keys) - 1, remaining, finish)
            invoke(next_promise, "then", list(handlers))
        remaining[0] -= 1
        if remaining[0] == 0:
            finish()
        return cap.promise

    def method(this: Any, args: list) -> Any:
        cap = _exposed_capability(this)
        try:
            promise_resolve_fn = get_v(this, "resolve")
            if not is_callable(promise_resolve_fn):
                throw_type_error(f"{describe_value(promise_resolve_fn)} is not a function")
            promises = arg(args, 0)
            if not isinstance(promises, JSObject):
                throw_type_error(f"{describe_value(promises)} is not an object")
            return perform(promises, this, cap, promise_resolve_fn)
        except JSThrow as e:
            call(cap.reject, None, [e.value])
            return cap.promise
    return method


def _perform_race(rec: Any, c: Any, cap: PromiseCapability, promise_resolve_fn: Any) -> Any:
    """PerformPromiseRace (27.2.4.5.1)."""
    while (next_value := iterator_step_value(rec)) is not DONE:
        next_promise = call(promise_resolve_fn, c, [next_value])
        invoke(next_promise, "then", [cap.resolve, cap.reject])
    return cap.promise


def _this_promise(this: Any, method: str) -> JSPromise:
    if not isinstance(this, JSPromise):
        throw_type_error(f"Method Promise.prototype.{method} called on incompatible receiver "
                         f"{describe_value(this)}")
    return this


def setup(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def promise_call(this: Any, args: list) -> Any:
        throw_type_error("Promise constructor cannot be invoked without 'new'")

    def promise_construct(args: list, new_target: JSObject) -> Any:
        executor = arg(args, 0)
        if not is_callable(executor):
            throw_type_error(f"Promise resolver {describe_value(executor)} is not a function")
        promise = ordinary_create_from_constructor(new_target, "%Promise.prototype%", JSPromise)
        resolve, reject = create_resolving_functions(promise)
        try:
            executor.call(None, [resolve, reject])
        except JSThrow as e:
            reject.call(None, [e.value])
        return promise

    ctor = make_constructor(realm, "Promise", 1, promise_call, promise_construct, proto)

    # -- static methods (27.2.4) --
    define_method(ctor, realm, "all", 1, _combinator(realm, "all", _perform_all_like(realm, "all")))
    define_method(ctor, realm, "allSettled", 1,
                  _combinator(realm, "allSettled", _perform_all_like(realm, "allSettled")))
    define_method(ctor, realm, "any", 1, _combinator(realm, "any", _perform_all_like(realm, "any")))
    define_method(ctor, realm, "race", 1, _combinator(realm, "race", _perform_race))
    define_method(ctor, realm, "allKeyed", 1, _keyed_combinator(realm, "all"))
    define_method(ctor, realm, "allSettledKeyed", 1, _keyed_combinator(realm, "allSettled"))

    def reject(this: Any, args: list) -> Any:
        cap = new_promise_capability(this)
        call(cap.reject, None, [arg(args, 0)])
        return cap.promise

    def resolve(this: Any, args: list) -> Any:
        if not isinstance(this, JSObject):
            throw_type_error("PromiseResolve called on non-object")
        return promise_resolve(this, arg(args, 0))

    def try_(this: Any, args: list) -> Any:
        c = _require_object(this, "Promise.try")
        cap = new_promise_capability(c)
        try:
            status = call(arg(args, 0), None, list(args[1:]))
        except JSThrow as e:
            call(cap.reject, None, [e.value])
        else:
            call(cap.resolve, None, [status])
        return cap.promise

    def with_resolvers(this: Any, args: list) -> Any:
        cap = _exposed_capability(this)
        o = JSObject(realm.intrinsics["%Object.prototype%"])
        for key, value in (("promise", cap.promise), ("resolve", cap.resolve), ("reject", cap.reject)):
            o.define_data(key, value, WRITABLE | ENUMERABLE | CONFIGURABLE)
        return o

    define_method(ctor, realm, "resolve", 1, resolve)
    define_method(ctor, realm, "reject", 1, reject)
    define_method(ctor, realm, "withResolvers", 0, with_resolvers)
    define_method(ctor, realm, "try", 1, try_)
    define_getter(ctor, realm, WellKnown.species, lambda this, args: this)

    # -- Promise.prototype (27.2.5) --
    def catch(this: Any, args: list) -> Any:
        return invoke(this, "then", [None, arg(args, 0)])

    def finally_(this: Any, args: list) -> Any:
        promise = _require_object(this, "Promise.prototype.finally")
        c = species_constructor(promise, ctor)
        on_finally = arg(args, 0)
        if not is_callable(on_finally):
            return invoke(promise, "then", [on_finally, on_finally])

        def then_finally(this_: Any, a: list) -> Any:
            value = arg(a, 0)
            result = call(on_finally, None, [])
            p = promise_resolve(c, result)
            return invoke(p, "then", [BuiltinFunction(realm, "", 0, lambda t, x: value)])

        def catch_finally(this_: Any, a: list) -> Any:
            reason = arg(a, 0)
            result = call(on_finally, None, [])
            p = promise_resolve(c, result)

            def thrower(t: Any, x: list) -> Any:
                raise JSThrow(reason)
            return invoke(p, "then", [BuiltinFunction(realm, "", 0, thrower)])

        return invoke(promise, "then", [BuiltinFunction(realm, "", 1, then_finally),
                                        BuiltinFunction(realm, "", 1, catch_finally)])

    def then(this: Any, args: list) -> Any:
        promise = _this_promise(this, "then")
        c = species_constructor(promise, ctor)
        cap = new_promise_capability(c)
        return perform_promise_then(promise, arg(args, 0), arg(args, 1), cap)

    realm.intrinsics["%Promise.prototype.then%"] = define_method(proto, realm, "then", 2, then)
    define_method(proto, realm, "catch", 1, catch)
    define_method(proto, realm, "finally", 1, finally_)
    proto.define_data(WellKnown.toStringTag, "Promise", CONFIGURABLE)
