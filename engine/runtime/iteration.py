"""Operations on iterator objects (ECMA-262 7.4).

Usage from Python:

    rec = get_iterator(v)                   # "sync" or "async"
    while (x := iterator_step_value(rec)) is not DONE:
        try: ...use x...
        except JSThrow: iterator_close(rec, throwing=True); raise
"""
from __future__ import annotations

from typing import Any

from . import realm as _realm_mod
from .access import call, describe_value, get_method, holes_visible_in_protos, own_data_value
from .conversions import to_boolean
from .errors import JSThrow, throw_type_error
from .objects import HOLE, JSArray, JSObject
from .shapes import DEFAULT
from .values import JSNull, WellKnown


class _Done:
    __slots__ = ()

    def __repr__(self) -> str:
        return "DONE"


DONE: Any = _Done()  # iterator_step_value's "done" answer


class IteratorRecord:
    """Iterator Record (7.4.1)."""

    __slots__ = ("iterator", "next_method", "done")

    def __init__(self, iterator: JSObject, next_method: Any, done: bool = False) -> None:
        self.iterator = iterator
        self.next_method = next_method
        self.done = done


def not_iterable_message(v: Any) -> str:
    """V8's message for a value without a usable @@iterator, when no source text is known."""
    from .operators import typeof
    if isinstance(v, JSObject):
        shown = "object"
    elif v is None or v is JSNull:
        shown = f"object {describe_value(v)}" if v is JSNull else "undefined"
    else:
        shown = f"{typeof(v)} {describe_value(v)}"
    return f"{shown} is not iterable (cannot read property Symbol(Symbol.iterator))"


def get_iterator_from_method(obj: Any, method: Any) -> IteratorRecord:
    """GetIteratorFromMethod (7.4.2)."""
    iterator = call(method, obj, [])
    if not isinstance(iterator, JSObject):
        throw_type_error("Result of the Symbol.iterator method is not an object")
    return IteratorRecord(iterator, iterator.get("next", iterator))


def get_iterator(obj: Any, kind: str = "sync", message: str | None = None) -> IteratorRecord:
    """GetIterator (7.4.3); ``kind`` is "sync" or "async"; ``message`` is the TypeError's
    when ``obj`` is not iterable (V8 names the iterated expression)."""
    if obj is None or obj is JSNull:
        throw_type_error(message or not_iterable_message(obj))
    if kind == "async":
        method = get_method(obj, WellKnown.asyncIterator)
        if method is None:
            sync_method = get_method(obj, WellKnown.iterator)
            if sync_method is None:
                throw_type_error(message or not_iterable_message(obj))
            from .builtins.iterator import create_async_from_sync_iterator
            return create_async_from_sync_iterator(get_iterator_from_method(obj, sync_method))
    elif type(obj) is JSArray and _array_iteration_is_pristine(obj):
        intr = _realm_mod._current.intrinsics
        return IteratorRecord(intr["%Array.prototype.values%"].call(obj, []),
                              intr["%ArrayIteratorPrototype.next%"])
    else:
        method = get_method(obj, WellKnown.iterator)
    if method is None:
        throw_type_error(message or not_iterable_message(obj))
    return get_iterator_from_method(obj, method)


def get_iterator_direct(obj: JSObject) -> IteratorRecord:
    """GetIteratorDirect (7.4.4)."""
    return IteratorRecord(obj, obj.get("next", obj))


def iterator_next(rec: IteratorRecord, value: Any = HOLE) -> JSObject:
    """IteratorNext (7.4.5); ``value`` HOLE means "not present"."""
    try:
        result = call(rec.next_method, rec.iterator, [] if value is HOLE else [value])
    except JSThrow:
        rec.done = True
        raise
    if not isinstance(result, JSObject):
        rec.done = True
        throw_type_error(f"Iterator result {describe_value(result)} is not an object")
    return result


def iterator_complete(result: JSObject) -> bool:
    """IteratorComplete (7.4.6)."""
    return to_boolean(result.get("done", result))


def iterator_value(result: JSObject) -> Any:
    """IteratorValue (7.4.7)."""
    return result.get("value", result)


def iterator_step(rec: IteratorRecord) -> Any:
    """IteratorStep (7.4.8): the result object, or DONE."""
    result = iterator_next(rec)
    try:
        done = iterator_complete(result)
    except JSThrow:
        rec.done = True
        raise
    if done:
        rec.done = True
        return DONE
    return result


def iterator_step_value(rec: IteratorRecord) -> Any:
    """IteratorStepValue (7.4.9): the next value, or DONE."""
    result = iterator_step(rec)
    if result is DONE:
        return DONE
    try:
        return iterator_value(result)
    except JSThrow:
        rec.done = True
        raise


def iterator_close(rec: IteratorRecord, throwing: bool = False) -> None:
    """IteratorClose (7.4.10). With ``throwing`` the completion being propagated is a throw:
    errors from ``return`` are swallowed (the caller re-raises its own)."""
    it = rec.iterator
    try:
        ret = get_method(it, "return")
        if ret is None:
            return
        result = call(ret, it, [])
    except JSThrow:
        if throwing:
            return
        raise
    if not throwing and not isinstance(result, JSObject):
        throw_type_error(f"Iterator result {describe_value(result)} is not an object")


def iterator_close_all(iters: list, error: JSThrow | None = None) -> None:
    """IteratorCloseAll (7.4.12): close in reverse order, each seeing the completion so far
    (``error`` a throw completion, None a normal one); raises the final throw completion."""
    for rec in reversed(iters):
        try:
            iterator_close(rec, throwing=error is not None)
        except JSThrow as e:
            error = e
    if error is not None:
        raise error


def create_iter_result(value: Any, done: bool) -> JSObject:
    """CreateIteratorResultObject (7.4.14)."""
    o = JSObject(_realm_mod._current.object_prototype, _ITER_RESULT_SHAPE)
    o.slots = [value, done]
    return o


def _iter_result_shape():
    from .shapes import root_shape
    return root_shape().add("value", DEFAULT).add("done", DEFAULT)


_ITER_RESULT_SHAPE = _iter_result_shape()


def iterator_to_list(rec: IteratorRecord) -> list:
    """IteratorToList (7.4.13)."""
    out = []
    while (v := iterator_step_value(rec)) is not DONE:
        out.append(v)
    return out


def iterate_to_list(v: Any, method: Any = None) -> list:
    """``[...v]``: GetIterator (or GetIteratorFromMethod with an @@iterator ``method``
    already read) + IteratorToList, with a fast path for arrays whose iteration protocol is
    untouched (own elements read directly)."""
    if type(v) is JSArray and v.elements is not None and _array_iteration_is_pristine(v):
        el = v.elements
        n = v.length
        if len(el) == n and HOLE not in el:
            return el[:]
        if not holes_visible_in_protos(v):
            return [el[i] if i < len(el) and el[i] is not HOLE else None for i in range(n)]
    return iterator_to_list(get_iterator(v) if method is None else get_iterator_from_method(v, method))


def _array_iteration_is_pristine(a: JSArray) -> bool:
    """Whether iterating ``a`` runs the built-in array iterator without running code: ``a``
    has no own @@iterator, its prototype is %Array.prototype% whose @@iterator is the data
    property %Array.prototype.values%, and %ArrayIteratorPrototype%.next is the built-in."""
    intr = _realm_mod._current.intrinsics
    proto = intr["%Array.prototype%"]
    if a.proto is not proto or WellKnown.iterator in a.shape.table:
        return False
    values = intr.get("%Array.prototype.values%")
    if values is None or own_data_value(proto, WellKnown.iterator) is not values:
        return False
    return own_data_value(intr["%ArrayIteratorPrototype%"], "next") is intr["%ArrayIteratorPrototype.next%"]
