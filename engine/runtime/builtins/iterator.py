"""Iterator objects (ECMA-262 27.1): %IteratorPrototype%, the Iterator constructor and its
helpers (27.1.3.2, ES2025), %AsyncIteratorPrototype%, %AsyncFromSyncIteratorPrototype% and
%ArrayIteratorPrototype% (23.1.5).

Iterator helper objects run their spec "closure" as a Python generator: ``yield`` is the
spec's Yield, and HelperReturn, thrown in at the yield by ``return()``, is the return
completion that closes the underlying iterator. (Not GeneratorExit: Python closes a suspended
generator when it is collected, and an abandoned helper must not call its iterator's
``return`` then.)
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

from ..access import (call, create_array_from_list, create_data_property_or_throw, describe_value,
                      get_method, is_callable, key_to_display, length_of_array_like, set_member, ordinary_create_from_constructor, ordinary_has_instance)
from ..conversions import INF, to_boolean, to_integer_or_infinity, to_number, to_string
from ..errors import JSThrow, make_error, throw_range_error, throw_type_error
from ..function import arg, builtin, define_method, make_constructor
from ..iteration import (DONE, IteratorRecord, create_iter_result, get_iterator_direct, iterator_close,
                         iterator_close_all,
                         iterator_complete, iterator_next, iterator_step_value, iterator_value)
from ..objects import HOLE, JSArray, JSObject
from ..operators import same_value_zero
from ..promise import new_promise_capability, perform_promise_then, promise_resolve
from ..shapes import CONFIGURABLE, WRITABLE
from ..values import JSNull, WellKnown

ORDER = 4


def _realm():
    from ..realm import current_realm
    return current_realm()


# ---------------------------------------------------------------------------------------------
# Array iterators (23.1.5)
# ---------------------------------------------------------------------------------------------

class ArrayIterator(JSObject):
    """An Array Iterator instance (23.1.5.3). ``iterated`` becomes None once exhausted. A typed
    array provides ``typed_array_length()`` (which throws for a detached buffer)."""

    __slots__ = ("iterated", "index", "kind")
    class_name = "Array Iterator"

    def __init__(self, proto: JSObject, iterated: JSObject, kind: str) -> None:
        super().__init__(proto)
        self.iterated = iterated
        self.index = 0
        self.kind = kind


def create_array_iterator(realm: Any, obj: JSObject, kind: str) -> ArrayIterator:
    """CreateArrayIterator (23.1.5.1); ``kind`` is "key", "value" or "key+value"."""
    return ArrayIterator(realm.intrinsics["%ArrayIteratorPrototype%"], obj, kind)


def _array_iterator_next(this: Any, args: list) -> JSObject:
    """%ArrayIteratorPrototype%.next (23.1.5.2.1)."""
    if type(this) is not ArrayIterator:
        throw_type_error(f"Method Array Iterator.prototype.next called on incompatible receiver "
                         f"{describe_value(this)}")
    a = this.iterated
    if a is None:
        return create_iter_result(None, True)
    index = this.index
    if type(a) is JSArray:
        length = a.length
    else:
        ta_len = getattr(a, "typed_array_length", None)
        length = ta_len() if ta_len is not None else length_of_array_like(a)
    if index >= length:
        this.iterated = None
        return create_iter_result(None, True)
    this.index = index + 1
    kind = this.kind
    if kind == "key":
        return create_iter_result(float(index), False)
    el = a.elements
    if type(a) is JSArray and el is not None and index < len(el) and el[index] is not HOLE:
        value = el[index]
    else:
        value = a.get(str(index), a)
    if kind == "value":
        return create_iter_result(value, False)
    return create_iter_result(create_array_from_list([float(index), value]), False)


# ---------------------------------------------------------------------------------------------
# Iterator helpers (27.1.3.2)
# ---------------------------------------------------------------------------------------------

class IteratorHelper(JSObject):
    """An Iterator Helper object (27.1.2.1): a generator-like object over ``body``."""

    __slots__ = ("body", "underlying", "state")
    class_name = "Iterator Helper"

    def __init__(self, proto: JSObject, body: Iterator, underlying: IteratorRecord | list) -> None:
        super().__init__(proto)
        self.body = body
        self.underlying = underlying
        self.state = "suspended-start"


def _this_helper(this: Any, method: str) -> IteratorHelper:
    if type(this) is not IteratorHelper:
        throw_type_error(f"Method Iterator Helper.prototype.{method} called on incompatible receiver "
                         f"{describe_value(this)}")
    if this.state == "running":
        throw_type_error("Generator is already running")
    return this


def _helper_next(this: Any, args: list) -> JSObject:
    """%IteratorHelperPrototype%.next (27.1.2.1.1): GeneratorResume."""
    h = _this_helper(this, "next")
    if h.state == "completed":
        return create_iter_result(None, True)
    h.state = "running"
    try:
        value = next(h.body)
    except StopIteration:
        h.state = "completed"
        return create_iter_result(None, True)
    except BaseException:
        h.state = "completed"
        raise
    h.state = "suspended-yield"
    return create_iter_result(value, False)


class HelperReturn(Exception):
    """The return completion a helper's body is resumed with by ``return()``."""


def _helper_return(this: Any, args: list) -> JSObject:
    """%IteratorHelperPrototype%.return (27.1.2.1.2)."""
    h = _this_helper(this, "return")
    if h.state == "suspended-start":
        h.state = "completed"
        underlying = h.underlying
        if type(underlying) is list:  # Iterator.zip's open iterators (none for Iterator.concat)
            iterator_close_all(underlying)
        else:
            iterator_close(underlying)
    elif h.state != "completed":
        h.state = "running"
        try:
            h.body.throw(HelperReturn())  # at the yield: the body closes what it iterates
        except (HelperReturn, StopIteration):
            pass
        finally:
            h.state = "completed"
    return create_iter_result(None, True)


def _yield_closing(rec: IteratorRecord, value: Any) -> Iterator:
    """Yield ``value``; a return completion there closes ``rec`` (IfAbruptCloseIterator)."""
    try:
        yield value
    except HelperReturn:
        iterator_close(rec)
        raise


def _call_closing(rec: IteratorRecord, fn: Any, args: list) -> Any:
    """Call ``fn``; if it throws, close ``rec`` and rethrow."""
    try:
        return call(fn, None, args)
    except JSThrow:
        iterator_close(rec, throwing=True)
        raise


def _map_body(rec: IteratorRecord, mapper: Any) -> Iterator:
    counter = 0.0
    while (value := iterator_step_value(rec)) is not DONE:
        yield from _yield_closing(rec, _call_closing(rec, mapper, [value, counter]))
        counter += 1.0


def _filter_body(rec: IteratorRecord, predicate: Any) -> Iterator:
    counter = 0.0
    while (value := iterator_step_value(rec)) is not DONE:
        if to_boolean(_call_closing(rec, predicate, [value, counter])):
            yield from _yield_closing(rec, value)
        counter += 1.0


def _take_body(rec: IteratorRecord, limit: float | int) -> Iterator:
    remaining = limit
    while True:
        if remaining == 0:
            iterator_close(rec)
            return
        if remaining != INF:
            remaining -= 1
        value = iterator_step_value(rec)
        if value is DONE:
            return
        yield from _yield_closing(rec, value)


def _drop_body(rec: IteratorRecord, limit: float | int) -> Iterator:
    remaining = limit
    while remaining > 0:
        if remaining != INF:
            remaining -= 1
        if iterator_step_value(rec) is DONE:
            return
    while (value := iterator_step_value(rec)) is not DONE:
        yield from _yield_closing(rec, value)


def _flat_map_body(rec: IteratorRecord, mapper: Any) -> Iterator:
    counter = 0.0
    while (value := iterator_step_value(rec)) is not DONE:
        try:
            mapped = call(mapper, None, [value, counter])
            inner = get_iterator_flattenable(mapped, iterate_strings=False)
        except JSThrow:
            iterator_close(rec, throwing=True)
            raise
        while True:
            try:
                inner_value = iterator_step_value(inner)
            except JSThrow:
                iterator_close(rec, throwing=True)
                raise
            if inner_value is DONE:
                break
            try:
                yield inner_value
            except HelperReturn:
                try:
                    iterator_close(inner)
                except JSThrow:
                    iterator_close(rec, throwing=True)
                    raise
                iterator_close(rec)
                raise
        counter += 1.0


def _concat_body(iterables: list) -> Iterator:
    """The closure of Iterator.concat: each iterable's values in turn; a return completion at
    the yield closes the inner iterator being read."""
    for item, method in iterables:
        inner = call(method, item, [])
        if not isinstance(inner, JSObject):
            throw_type_error(f"{describe_value(inner)} is not an object")
        rec = get_iterator_direct(inner)
        while (value := iterator_step_value(rec)) is not DONE:
            yield from _yield_closing(rec, value)


def iterator_concat(this: Any, args: list) -> IteratorHelper:
    """Iterator.concat (27.1.3.2.2, iterator sequencing)."""
    iterables = []
    for item in args:
        if not isinstance(item, JSObject):
            throw_type_error(f"{describe_value(item)} is not an object")
        method = get_method(item, WellKnown.iterator)
        if method is None:
            throw_type_error(f"{describe_value(item)} is not iterable")
        iterables.append((item, method))
    return IteratorHelper(_realm().intrinsics["%IteratorHelperPrototype%"], _concat_body(iterables), [])


def _chunks_body(rec: IteratorRecord, size: int) -> Iterator:
    """The closure of Iterator.prototype.chunks (proposal-iterator-chunking)."""
    buffer: list = []
    while (value := iterator_step_value(rec)) is not DONE:
        buffer.append(value)
        if len(buffer) == size:
            yield from _yield_closing(rec, create_array_from_list(buffer))
            buffer = []
    if buffer:
        yield create_array_from_list(buffer)


def _windows_body(rec: IteratorRecord, size: int, allow_partial: bool) -> Iterator:
    """The closure of Iterator.prototype.windows (proposal-iterator-chunking): sliding
    windows of ``size`` values; with "allow-partial" a short input yields one short window."""
    buffer: list = []
    while (value := iterator_step_value(rec)) is not DONE:
        if len(buffer) == size:
            del buffer[0]
        buffer.append(value)
        if len(buffer) == size:
            yield from _yield_closing(rec, create_array_from_list(list(buffer)))
    if allow_partial and 0 < len(buffer) < size:
        yield create_array_from_list(buffer)


def _throw_closing(o: JSObject, kind: str, message: str) -> None:
    """Return ? IteratorClose(iterated, ThrowCompletion(a new ``kind`` error))."""
    err = make_error(kind, message)
    iterator_close(IteratorRecord(o, None), throwing=True)
    raise JSThrow(err)


def _chunk_size_closing(o: JSObject, size: Any, what: str) -> int:
    """Steps 4-6 of chunks / windows: a Number that is an integer in [1, 2^32 - 1]."""
    if type(size) is not float:
        _throw_closing(o, "TypeError", f"{what} must be a number")
    if size != size or size in (INF, -INF) or size != int(size):
        _throw_closing(o, "TypeError", f"{what} must be an integer")
    if not 1 <= size <= 2 ** 32 - 1:
        _throw_closing(o, "RangeError", f"{what} must be between 1 and 2^32 - 1")
    return int(size)


def get_iterator_flattenable(obj: Any, iterate_strings: bool) -> IteratorRecord:
    """GetIteratorFlattenable (7.4.15); ``iterate_strings`` is the iterate-string-primitives mode."""
    if not isinstance(obj, JSObject):
        if not (iterate_strings and type(obj) is str):
            throw_type_error(f"{describe_value(obj)} is not an object")
    method = get_method(obj, WellKnown.iterator)
    if method is None:
        iterator = obj
    else:
        iterator = call(method, obj, [])
    if not isinstance(iterator, JSObject):
        throw_type_error(f"{describe_value(iterator)} is not an object")
    return get_iterator_direct(iterator)


def _this_iterator(this: Any, method: str) -> JSObject:
    if not isinstance(this, JSObject):
        throw_type_error(f"Iterator.prototype.{method} called on non-object")
    return this


def _require_callable_closing(o: JSObject, fn: Any) -> None:
    """Step "If IsCallable(fn) is false": close the iterator, then throw the TypeError."""
    if not is_callable(fn):
        err = make_error("TypeError", f"{describe_value(fn)} is not a function")
        iterator_close(IteratorRecord(o, None), throwing=True)
        raise JSThrow(err)


def _limit_closing(o: JSObject, limit: Any) -> float | int:
    """Steps 3-7 of take/drop: the integer limit, closing the iterator on a bad one."""
    try:
        num = to_number(limit)
        if num != num:
            throw_range_error(f"{describe_value(limit)} must be positive")
        n = to_integer_or_infinity(num)
        if n < 0 or (n != INF and n > 2 ** 53 - 1):
            throw_range_error(f"{describe_value(limit)} must be positive")
    except JSThrow:
        iterator_close(IteratorRecord(o, None), throwing=True)
        raise
    return n


def _consume(o: JSObject, visit: Callable[[Any, float], Any]) -> Any:
    """The loop of forEach/some/every/find/reduce: ``visit(value, counter)`` returns DONE to go
    on, anything else to stop, close the iterator and return that."""
    rec = get_iterator_direct(o)
    counter = 0.0
    while (value := iterator_step_value(rec)) is not DONE:
        try:
            result = visit(value, counter)
        except JSThrow:
            iterator_close(rec, throwing=True)
            raise
        if result is not DONE:
            iterator_close(rec)
            return result
        counter += 1.0
    return DONE


def _setup_iterator_prototype_methods(realm: Any, proto: JSObject) -> None:
    helper_proto = realm.intrinsics["%IteratorHelperPrototype%"]

    def lazy(name: str, body: Callable, takes_limit: bool = False) -> None:
        def method(this: Any, args: list) -> Any:
            o = _this_iterator(this, name)
            a = arg(args, 0)
            if takes_limit:
                a = _limit_closing(o, a)
            else:
                _require_callable_closing(o, a)
            rec = get_iterator_direct(o)
            return IteratorHelper(helper_proto, body(rec, a), rec)
        define_method(proto, realm, name, 1, method)

    lazy("map", _map_body)
    lazy("filter", _filter_body)
    lazy("take", _take_body, takes_limit=True)
    lazy("drop", _drop_body, takes_limit=True)
    lazy("flatMap", _flat_map_body)

    def chunks(this: Any, args: list) -> Any:
        o = _this_iterator(this, "chunks")
        size = _chunk_size_closing(o, arg(args, 0), "chunkSize")
        rec = get_iterator_direct(o)
        return IteratorHelper(helper_proto, _chunks_body(rec, size), rec)

    def windows(this: Any, args: list) -> Any:
        o = _this_iterator(this, "windows")
        size = _chunk_size_closing(o, arg(args, 0), "windowSize")
        undersized = arg(args, 1)
        if undersized is None:
            undersized = "only-full"
        if undersized not in ("only-full", "allow-partial"):
            _throw_closing(o, "TypeError", 'undersized must be "only-full" or "allow-partial"')
        rec = get_iterator_direct(o)
        return IteratorHelper(helper_proto, _windows_body(rec, size, undersized == "allow-partial"), rec)

    def includes(this: Any, args: list) -> Any:
        """Iterator.prototype.includes (proposal-iterator-includes)."""
        o = _this_iterator(this, "includes")
        search, skip = arg(args, 0), arg(args, 1)
        if skip is None:
            skip = 0.0
        elif type(skip) is not float or skip != skip or (skip not in (INF, -INF) and skip != int(skip)):
            _throw_closing(o, "TypeError", "skippedElements must be an integer or an infinity")
        if skip < 0 or (skip != INF and skip > 2 ** 53 - 1):
            _throw_closing(o, "RangeError", "skippedElements out of range")
        rec = get_iterator_direct(o)
        skipped = 0
        while (value := iterator_step_value(rec)) is not DONE:
            if skipped < skip:
                skipped += 1
            elif same_value_zero(value, search):
                iterator_close(rec)
                return True
        return False

    def join(this: Any, args: list) -> Any:
        """Iterator.prototype.join (proposal-iterator-join): the separator is converted
        (closing the iterator if that throws) before ``next`` is read."""
        o = _this_iterator(this, "join")
        separator = arg(args, 0)
        try:
            sep = "," if separator is None else to_string(separator)
        except JSThrow:
            iterator_close(IteratorRecord(o, None), throwing=True)
            raise
        rec = get_iterator_direct(o)
        parts = []
        while (value := iterator_step_value(rec)) is not DONE:
            if value is None or value is JSNull:
                parts.append("")
                continue
            try:
                parts.append(to_string(value))
            except JSThrow:
                iterator_close(rec, throwing=True)
                raise
        return sep.join(parts)

    define_method(proto, realm, "join", 1, join)
    define_method(proto, realm, "chunks", 1, chunks)
    define_method(proto, realm, "windows", 1, windows)
    define_method(proto, realm, "includes", 1, includes)

    def reduce(this: Any, args: list) -> Any:
        o = _this_iterator(this, "reduce")
        reducer = arg(args, 0)
        _require_callable_closing(o, reducer)
        rec = get_iterator_direct(o)
        counter = 0.0
        if len(args) < 2:
            acc = iterator_step_value(rec)
            if acc is DONE:
                throw_type_error("Reduce of a done iterator with no initial value")
            counter = 1.0
        else:
            acc = args[1]
        while (value := iterator_step_value(rec)) is not DONE:
            acc = _call_closing(rec, reducer, [acc, value, counter])
            counter += 1.0
        return acc

    def to_array(this: Any, args: list) -> Any:
        o = _this_iterator(this, "toArray")
        rec = get_iterator_direct(o)
        items = []
        while (value := iterator_step_value(rec)) is not DONE:
            items.append(value)
        return create_array_from_list(items)

    def for_each(this: Any, args: list) -> Any:
        o = _this_iterator(this, "forEach")
        fn = arg(args, 0)
        _require_callable_closing(o, fn)
        def visit(v: Any, k: float) -> Any:
            call(fn, None, [v, k])
            return DONE
        _consume(o, visit)
        return None

    def some(this: Any, args: list) -> Any:
        o = _this_iterator(this, "some")
        fn = arg(args, 0)
        _require_callable_closing(o, fn)
        return _consume(o, lambda v, k: True if to_boolean(call(fn, None, [v, k])) else DONE) is True

    def every(this: Any, args: list) -> Any:
        o = _this_iterator(this, "every")
        fn = arg(args, 0)
        _require_callable_closing(o, fn)
        return _consume(o, lambda v, k: DONE if to_boolean(call(fn, None, [v, k])) else False) is not False

    def find(this: Any, args: list) -> Any:
        o = _this_iterator(this, "find")
        fn = arg(args, 0)
        _require_callable_closing(o, fn)
        found: list = []

        def visit(v: Any, k: float) -> Any:
            if to_boolean(call(fn, None, [v, k])):
                found.append(v)
                return True
            return DONE
        _consume(o, visit)
        return found[0] if found else None

    define_method(proto, realm, "reduce", 1, reduce)
    define_method(proto, realm, "toArray", 0, to_array)
    define_method(proto, realm, "forEach", 1, for_each)
    define_method(proto, realm, "some", 1, some)
    define_method(proto, realm, "every", 1, every)
    define_method(proto, realm, "find", 1, find)


# ---------------------------------------------------------------------------------------------
# Iterator.from wrappers (27.1.3.2.1.1)
# ---------------------------------------------------------------------------------------------

class WrapForValidIterator(JSObject):
    """An object of %WrapForValidIteratorPrototype%; ``iterated`` is an IteratorRecord."""

    __slots__ = ("iterated",)

    def __init__(self, proto: JSObject, iterated: IteratorRecord) -> None:
        super().__init__(proto)
        self.iterated = iterated


def _this_wrap(this: Any, method: str) -> IteratorRecord:
    if type(this) is not WrapForValidIterator:
        throw_type_error(f"Method %WrapForValidIteratorPrototype%.{method} called on incompatible "
                         f"receiver {describe_value(this)}")
    return this.iterated


def _wrap_next(this: Any, args: list) -> Any:
    rec = _this_wrap(this, "next")
    return call(rec.next_method, rec.iterator, [])


def _wrap_return(this: Any, args: list) -> Any:
    it = _this_wrap(this, "return").iterator
    ret = get_method(it, "return")
    if ret is None:
        return create_iter_result(None, True)
    return call(ret, it, [])


# ---------------------------------------------------------------------------------------------
# %AsyncFromSyncIteratorPrototype% (27.1.6)
# ---------------------------------------------------------------------------------------------

class AsyncFromSyncIterator(JSObject):
    """An Async-from-Sync Iterator object; ``sync`` is the sync IteratorRecord."""

    __slots__ = ("sync",)

    def __init__(self, proto: JSObject, sync: IteratorRecord) -> None:
        super().__init__(proto)
        self.sync = sync


def create_async_from_sync_iterator(sync: IteratorRecord) -> IteratorRecord:
    """CreateAsyncFromSyncIterator (27.1.6.1)."""
    intr = _realm().intrinsics
    it = AsyncFromSyncIterator(intr["%AsyncFromSyncIteratorPrototype%"], sync)
    return IteratorRecord(it, intr["%AsyncFromSyncIteratorPrototype.next%"])


def _async_from_sync_continuation(result: JSObject, cap: Any, sync: IteratorRecord,
                                  close_on_rejection: bool) -> Any:
    """AsyncFromSyncIteratorContinuation (27.1.6.4)."""
    realm = _realm()
    try:
        done = iterator_complete(result)
        value = iterator_value(result)
        try:
            value_wrapper = promise_resolve(realm.intrinsics["%Promise%"], value)
        except JSThrow:
            if not done and close_on_rejection:
                iterator_close(sync, throwing=True)
            raise
    except JSThrow as e:
        cap.reject.call(None, [e.value])
        return cap.promise

    def on_fulfilled(v: Any) -> Any:
        return create_iter_result(v, done)

    def on_rejected(error: Any) -> Any:
        iterator_close(sync, throwing=True)
        raise JSThrow(error)

    perform_promise_then(value_wrapper, on_fulfilled,
                         None if done or not close_on_rejection else on_rejected, cap)
    return cap.promise


def _async_from_sync_method(name: str) -> Callable[[Any, list], Any]:
    def method(this: Any, args: list) -> Any:
        if type(this) is not AsyncFromSyncIterator:
            throw_type_error(f"Method %AsyncFromSyncIteratorPrototype%.{name} called on incompatible receiver "
                             f"{describe_value(this)}")
        cap = new_promise_capability(_realm().intrinsics["%Promise%"])
        sync = this.sync
        try:
            if name == "next":
                result = iterator_next(sync, args[0] if args else HOLE)
                close_on_rejection = True
            else:
                fn = get_method(sync.iterator, name)
                if fn is None:
                    if name == "return":
                        cap.resolve.call(None, [create_iter_result(arg(args, 0), True)])
                        return cap.promise
                    sync.done = True
                    iterator_close(sync)
                    throw_type_error("The iterator does not provide a 'throw' method")
                result = call(fn, sync.iterator, list(args[:1]))
                if not isinstance(result, JSObject):
                    throw_type_error(f"Iterator result {describe_value(result)} is not an object")
                close_on_rejection = name == "throw"
        except JSThrow as e:
            cap.reject.call(None, [e.value])
            return cap.promise
        return _async_from_sync_continuation(result, cap, sync, close_on_rejection)
    return method


# ---------------------------------------------------------------------------------------------
# setup
# ---------------------------------------------------------------------------------------------

def _setter_ignoring_prototype(realm: Any, home: JSObject, key: Any) -> Callable[[Any, list], Any]:
    """SetterThatIgnoresPrototypeProperties (27.1.3.2.x)."""
    def setter(this: Any, args: list) -> Any:
        v = arg(args, 0)
        if not isinstance(this, JSObject):
            throw_type_error("Iterator setter called on non-object")
        if this is home:
            throw_type_error(f"Cannot assign to read only property '{key_to_display(key)}' of object "
                             "'[object Iterator]'")
        if this.get_own_property(key) is None:
            create_data_property_or_throw(this, key, v)
        else:
            set_member(this, key, v, True)
        return None
    return setter


def setup(realm: Any) -> None:
    intr = realm.intrinsics
    obj_proto = intr["%Object.prototype%"]

    # %IteratorPrototype% (27.1.2) and %AsyncIteratorPrototype% (27.1.3)
    proto = JSObject(obj_proto)
    intr["%IteratorPrototype%"] = proto
    proto.define_data(WellKnown.iterator, builtin(realm, "[Symbol.iterator]", 0, lambda this, args: this),
                      WRITABLE | CONFIGURABLE)
    async_proto = JSObject(obj_proto)
    intr["%AsyncIteratorPrototype%"] = async_proto
    async_proto.define_data(WellKnown.asyncIterator,
                            builtin(realm, "[Symbol.asyncIterator]", 0, lambda this, args: this),
                            WRITABLE | CONFIGURABLE)

    # %IteratorHelperPrototype% and %WrapForValidIteratorPrototype%
    helper_proto = JSObject(proto)
    intr["%IteratorHelperPrototype%"] = helper_proto
    define_method(helper_proto, realm, "next", 0, _helper_next)
    define_method(helper_proto, realm, "return", 0, _helper_return)
    helper_proto.define_data(WellKnown.toStringTag, "Iterator Helper", CONFIGURABLE)
    wrap_proto = JSObject(proto)
    intr["%WrapForValidIteratorPrototype%"] = wrap_proto
    define_method(wrap_proto, realm, "next", 0, _wrap_next)
    define_method(wrap_proto, realm, "return", 0, _wrap_return)

    # The Iterator constructor (27.1.3.1)
    def iterator_call(this: Any, args: list) -> Any:
        throw_type_error("Constructor Iterator requires 'new'")

    def iterator_construct(args: list, new_target: JSObject) -> Any:
        if new_target is ctor:
            throw_type_error("Abstract class Iterator not directly constructable")
        return ordinary_create_from_constructor(new_target, "%Iterator.prototype%")

    ctor = make_constructor(realm, "Iterator", 0, iterator_call, iterator_construct, proto)

    def iterator_from(this: Any, args: list) -> Any:
        rec = get_iterator_flattenable(arg(args, 0), iterate_strings=True)
        if ordinary_has_instance(ctor, rec.iterator):
            return rec.iterator
        return WrapForValidIterator(wrap_proto, rec)

    define_method(ctor, realm, "from", 1, iterator_from)
    define_method(ctor, realm, "concat", 0, iterator_concat)
    _setup_iterator_prototype_methods(realm, proto)
    for key, value in ((WellKnown.toStringTag, "Iterator"), ("constructor", ctor)):
        getter = builtin(realm, f"get {key if type(key) is str else '[Symbol.toStringTag]'}", 0,
                         lambda this, args, v=value: v)
        setter = builtin(realm, f"set {key if type(key) is str else '[Symbol.toStringTag]'}", 1,
                         _setter_ignoring_prototype(realm, proto, key))
        proto.define_accessor(key, getter, setter, CONFIGURABLE)

    # %ArrayIteratorPrototype% (23.1.5.2)
    array_iter_proto = JSObject(proto)
    intr["%ArrayIteratorPrototype%"] = array_iter_proto
    intr["%ArrayIteratorPrototype.next%"] = define_method(array_iter_proto, realm, "next", 0, _array_iterator_next)
    array_iter_proto.define_data(WellKnown.toStringTag, "Array Iterator", CONFIGURABLE)

    # %AsyncFromSyncIteratorPrototype% (27.1.6.2)
    afs_proto = JSObject(async_proto)
    intr["%AsyncFromSyncIteratorPrototype%"] = afs_proto
    for name in ("next", "return", "throw"):
        f = define_method(afs_proto, realm, name, 1, _async_from_sync_method(name))
        if name == "next":
            intr["%AsyncFromSyncIteratorPrototype.next%"] = f
