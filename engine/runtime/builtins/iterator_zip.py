"""Iterator.zip and Iterator.zipKeyed (proposal-joint-iteration).

The zipping closure is a Python generator run by an Iterator Helper whose underlying
iterators are the list ``open_iters`` (the spec's [[UnderlyingIterators]]), which the closure
shrinks as inputs finish, so %IteratorHelperPrototype%.return closes exactly the open ones.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

from ..access import create_array_from_list, describe_value
from ..errors import JSThrow, make_error, throw_type_error
from ..function import arg, define_method
from ..iteration import (DONE, IteratorRecord, get_iterator, iterator_close, iterator_close_all, iterator_step,
                         iterator_step_value)
from ..objects import JSObject
from ..realm import current_realm
from ..shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from .iterator import HelperReturn, IteratorHelper, get_iterator_flattenable

ORDER = 5

MODES = ("shortest", "longest", "strict")


def _closing(iters: list, fn: Callable[[], Any]) -> Any:
    """IfAbruptCloseIterators(fn(), iters)."""
    try:
        return fn()
    except JSThrow as e:
        iterator_close_all(iters, e)
        raise


def _step_input(step: Callable[[IteratorRecord], Any], rec: IteratorRecord, open_iters: list) -> Any:
    """One step of a zipped input; an abrupt step leaves ``open_iters`` and closes the others
    (IteratorZip: "If result is an abrupt completion, remove iter from openIters and return
    ? IteratorCloseAll(openIters, result)")."""
    try:
        return step(rec)
    except JSThrow as e:
        open_iters.remove(rec)
        iterator_close_all(open_iters, e)
        raise


def _zip_body(iters: list, open_iters: list, mode: str, padding: list,
              finish: Callable[[list], Any]) -> Iterator:
    """The closure of IteratorZip."""
    iters = list(iters)
    count = len(iters)
    if count == 0:
        return
    while True:
        results = []
        for i in range(count):
            rec = iters[i]
            if rec is None:
                results.append(padding[i])
                continue
            value = _step_input(iterator_step_value, rec, open_iters)
            if value is DONE:
                open_iters.remove(rec)
                if mode == "shortest":
                    iterator_close_all(open_iters, None)
                    return
                if mode == "strict":
                    _strict_finish(iters, open_iters, i)
                    return
                if not open_iters:
                    return
                iters[i] = None
                value = padding[i]
            results.append(value)
        try:
            yield finish(results)
        except HelperReturn:
            iterator_close_all(open_iters, None)
            raise


def _strict_finish(iters: list, open_iters: list, i: int) -> None:
    """IteratorZip step 3.b.iii.3.d.iii: in "strict" mode every input must end together."""
    mismatch = JSThrow(make_error("TypeError", "Iterator.zip: iterables have different lengths"))
    if i != 0:
        iterator_close_all(open_iters, mismatch)
    for rec in iters[1:]:
        if _step_input(iterator_step, rec, open_iters) is DONE:
            open_iters.remove(rec)
        else:
            iterator_close_all(open_iters, mismatch)


def _options(options: Any) -> tuple[str, Any]:
    """GetOptionsObject, then the mode and (for "longest") the padding option."""
    if options is None:
        return "shortest", None
    if not isinstance(options, JSObject):
        throw_type_error(f"{describe_value(options)} is not an object")
    mode = options.get("mode", options)
    if mode is None:
        mode = "shortest"
    if mode not in MODES:
        throw_type_error('mode must be "shortest", "longest" or "strict"')
    padding = None
    if mode == "longest":
        padding = options.get("padding", options)
        if padding is not None and not isinstance(padding, JSObject):
            throw_type_error(f"{describe_value(padding)} is not an object")
    return mode, padding


def _make_zip(iters: list, mode: str, padding: list, finish: Callable[[list], Any]) -> IteratorHelper:
    """IteratorZip: the helper and its [[UnderlyingIterators]]."""
    open_iters = list(iters)
    proto = current_realm().intrinsics["%IteratorHelperPrototype%"]
    return IteratorHelper(proto, _zip_body(iters, open_iters, mode, padding, finish), open_iters)


def iterator_zip(this: Any, args: list) -> Any:
    """Iterator.zip ( iterables [ , options ] )."""
    iterables = arg(args, 0)
    if not isinstance(iterables, JSObject):
        throw_type_error(f"{describe_value(iterables)} is not an object")
    mode, padding_option = _options(arg(args, 1))
    iters: list[IteratorRecord] = []
    input_iter = get_iterator(iterables, "sync")
    while True:
        item = _closing(iters, lambda: iterator_step_value(input_iter))
        if item is DONE:
            break
        iters.append(_closing([input_iter] + iters, lambda: get_iterator_flattenable(item, iterate_strings=False)))
    padding: list = []
    if mode == "longest":
        if padding_option is None:
            padding = [None] * len(iters)
        else:
            padding_iter = _closing(iters, lambda: get_iterator(padding_option, "sync"))
            using = True
            for _ in range(len(iters)):
                if using:
                    value = _closing(iters, lambda: iterator_step_value(padding_iter))
                    if value is DONE:
                        using = False
                    else:
                        padding.append(value)
                if not using:
                    padding.append(None)
            if using:
                _closing(iters, lambda: iterator_close(padding_iter))
    return _make_zip(iters, mode, padding, create_array_from_list)


def iterator_zip_keyed(this: Any, args: list) -> Any:
    """Iterator.zipKeyed ( iterables [ , options ] ): results are null-prototype objects."""
    iterables = arg(args, 0)
    if not isinstance(iterables, JSObject):
        throw_type_error(f"{describe_value(iterables)} is not an object")
    mode, padding_option = _options(arg(args, 1))
    iters: list[IteratorRecord] = []
    keys: list = []
    for key in iterables.own_property_keys():
        desc = _closing(iters, lambda: iterables.get_own_property(key))
        if desc is None or not desc.enumerable:
            continue
        value = _closing(iters, lambda: iterables.get(key, iterables))
        if value is None:
            continue
        iters.append(_closing(iters, lambda: get_iterator_flattenable(value, iterate_strings=False)))
        keys.append(key)
    padding: list = []
    if mode == "longest":
        if padding_option is None:
            padding = [None] * len(iters)
        else:
            for key in keys:
                padding.append(_closing(iters, lambda: padding_option.get(key, padding_option)))

    def finish(results: list) -> JSObject:
        o = JSObject(None)
        for k, v in zip(keys, results):
            o.define_data(k, v, WRITABLE | ENUMERABLE | CONFIGURABLE)
        return o
    return _make_zip(iters, mode, padding, finish)


def setup(realm: Any) -> None:
    ctor = realm.intrinsics["%Iterator%"]
    define_method(ctor, realm, "zip", 1, iterator_zip)
    define_method(ctor, realm, "zipKeyed", 1, iterator_zip_keyed)
