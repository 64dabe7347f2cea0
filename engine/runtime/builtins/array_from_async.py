"""Array.fromAsync (proposal-array-from-async, ES2026 draft 23.1.2.2).

The spec's fromAsyncClosure is an async abstract closure; here it is a Python generator whose
``yield`` is Await, run by promise.run_async_closure.
"""
from __future__ import annotations

from typing import Any, Generator

from ..access import (call, construct, create_data_property_or_throw, describe_value, get_method, is_callable,
                      is_constructor, length_of_array_like, set_member)
from ..conversions import to_object
from ..errors import JSThrow, make_error, throw_type_error
from ..function import arg, define_method
from ..iteration import IteratorRecord, get_iterator_from_method, iterator_complete, iterator_value
from ..objects import JSObject
from ..promise import new_promise_capability, run_async_closure
from ..realm import current_realm
from ..values import WellKnown
from .array import array_create
from .iterator import create_async_from_sync_iterator

ORDER = 22

MAX_SAFE_INTEGER = 2 ** 53 - 1


def async_iterator_close(rec: IteratorRecord, completion: JSThrow | None) -> Generator[Any, Any, None]:
    """AsyncIteratorClose (7.4.13) for a throw completion (``completion``) or a normal one
    (None); ``yield`` is Await."""
    it = rec.iterator
    try:
        ret = get_method(it, "return")
        if ret is None:
            inner = None
        else:
            inner = yield call(ret, it, [])
    except JSThrow:
        if completion is not None:
            raise completion
        raise
    if completion is not None:
        raise completion
    if ret is not None and not isinstance(inner, JSObject):
        throw_type_error(f"Iterator result {describe_value(inner)} is not an object")


def _from_async_closure(c: Any, items: Any, mapfn: Any, this_arg: Any) -> Generator[Any, Any, Any]:
    """fromAsyncClosure: steps 3.a - 3.j."""
    mapping = mapfn is not None
    if mapping and not is_callable(mapfn):
        throw_type_error(f"{describe_value(mapfn)} is not a function")
    using_async = get_method(items, WellKnown.asyncIterator)
    using_sync = get_method(items, WellKnown.iterator) if using_async is None else None
    if using_async is not None:
        rec = get_iterator_from_method(items, using_async)
    elif using_sync is not None:
        rec = create_async_from_sync_iterator(get_iterator_from_method(items, using_sync))
    else:
        return (yield from _from_array_like(c, items, mapfn, this_arg))
    a = construct(c, []) if is_constructor(c) else array_create(0)
    k = 0
    while True:
        if k >= MAX_SAFE_INTEGER:
            error = JSThrow(make_error("TypeError", "Array.fromAsync: too many elements"))
            yield from async_iterator_close(rec, error)
        next_result = yield call(rec.next_method, rec.iterator, [])
        if not isinstance(next_result, JSObject):
            throw_type_error(f"Iterator result {describe_value(next_result)} is not an object")
        if iterator_complete(next_result):
            set_member(a, "length", float(k), True)
            return a
        value = iterator_value(next_result)
        try:
            if mapping:
                value = yield call(mapfn, this_arg, [value, float(k)])
            create_data_property_or_throw(a, str(k), value)
        except JSThrow as e:
            yield from async_iterator_close(rec, e)
        k += 1


def _from_array_like(c: Any, items: Any, mapfn: Any, this_arg: Any) -> Generator[Any, Any, Any]:
    """fromAsyncClosure step 3.j: an array-like that is neither async nor sync iterable."""
    array_like = to_object(items)
    n = length_of_array_like(array_like)
    a = construct(c, [float(n)]) if is_constructor(c) else array_create(n)
    for k in range(n):
        value = yield array_like.get(str(k), array_like)
        if mapfn is not None:
            value = yield call(mapfn, this_arg, [value, float(k)])
        create_data_property_or_throw(a, str(k), value)
    set_member(a, "length", float(n), True)
    return a


def array_from_async(this: Any, args: list) -> Any:
    """Array.fromAsync ( asyncItems [ , mapfn [ , thisArg ] ] )."""
    cap = new_promise_capability(current_realm().intrinsics["%Promise%"])
    run_async_closure(_from_async_closure(this, arg(args, 0), arg(args, 1), arg(args, 2)), cap)
    return cap.promise


def setup(realm: Any) -> None:
    define_method(realm.intrinsics["%Array%"], realm, "fromAsync", 1, array_from_async)
