"""Array objects (ECMA-262 23.1): the Array constructor, Array.isArray / from / of and every
Array.prototype method.

Every method follows the spec's generic algorithm (array-likes, holes, getters, proxies). Fast
paths work on the ``elements`` list of a JSArray directly where that cannot be observed: the
object is an ordinary JSArray, and a hole could not read through to an index property of a
prototype (``holes_visible``). Callbacks may mutate the array, so loops re-read ``elements``.
"""
from __future__ import annotations

from functools import cmp_to_key
from typing import Any, Callable

from .. import realm as _realm_mod
from ..access import (construct, create_array_from_list, create_data_property_or_throw, delete_member,
                      describe_value, get_function_realm, get_method, get_prototype_from_constructor, invoke,
                      holes_visible_in_protos as holes_visible, is_array, is_callable, is_constructor,
                      length_of_array_like, own_data_value, set_member)
from ..conversions import to_boolean, to_integer_or_infinity, to_number, to_object, to_string, to_uint32
from ..errors import JSThrow, throw_range_error, throw_type_error
from ..function import BuiltinFunction, arg, define_getter, define_method
from ..iteration import DONE, get_iterator_from_method, iterate_to_list, iterator_close, iterator_step_value
from ..memory import CHUNK, CHUNK_BITS, SLOT_BYTES, charge, counted, grown
from ..objects import HOLE, JSArray, JSObject
from ..operators import same_value_zero, strict_equals
from ..shapes import ACCESSOR, CONFIGURABLE, DEFAULT, WRITABLE
from ..values import JSNull, WellKnown
from .iterator import create_array_iterator

ORDER = 10

MAX_SAFE_INTEGER = 2 ** 53 - 1
MAX_ARRAY_LENGTH = 2 ** 32 - 1
INF = float("inf")

_MISSING: Any = object()  # has_get's answer for an absent property
_JOINING: set = set()      # arrays being joined: V8 prints a cycle as ""


def _realm():
    return _realm_mod._current


# ---------------------------------------------------------------------------------------------
# Element access helpers (index k is a Python int)
# ---------------------------------------------------------------------------------------------

def _is_fast(o: JSObject) -> bool:
    """Whether ``o.elements`` holds exactly o's own index properties."""
    return type(o) is JSArray or not o.exotic


def has_get(o: JSObject, k: int, fast: bool) -> Any:
    """HasProperty(O, k) then Get(O, k); ``_MISSING`` when absent."""
    if fast:
        el = o.elements
        if el is not None and k < len(el):
            v = el[k]
            if v is not HOLE:
                return v
    key = str(k)
    if o.has_property(key):
        return o.get(key, o)
    return _MISSING


def get_index(o: JSObject, k: int, fast: bool) -> Any:
    """Get(O, k)."""
    if fast:
        el = o.elements
        if el is not None and k < len(el):
            v = el[k]
            if v is not HOLE:
                return v
    return o.get(str(k), o)


def set_index(o: JSObject, k: int, v: Any) -> None:
    """Set(O, k, v, true)."""
    set_member(o, str(k), v, True)


def delete_index(o: JSObject, k: int) -> None:
    """DeletePropertyOrThrow(O, k)."""
    delete_member(o, str(k), True)


def set_length(o: JSObject, n: int) -> None:
    """Set(O, "length", n, true)."""
    set_member(o, "length", float(n), True)


def _plain_elements(o: JSObject, n: int) -> list | None:
    """o's elements when o is a JSArray of exactly ``n`` elements whose reads cannot run code or
    see prototypes (holes only where no prototype has index properties)."""
    if type(o) is not JSArray:
        return None
    el = o.elements
    if el is None or len(el) != n or (holes_visible(o) and HOLE in el):
        return None
    return el


def _relative(v: Any, n: int) -> int:
    """A relative start index clamped to [0, n] (undefined is 0)."""
    r = to_integer_or_infinity(v)
    if r < 0:
        return int(max(n + r, 0)) if r != -INF else 0
    return int(min(r, n))


def _relative_end(v: Any, n: int) -> int:
    """A relative end index clamped to [0, n] (undefined is n)."""
    return n if v is None else _relative(v, n)


def _this_obj(this: Any, method: str | None = None) -> JSObject:
    """ToObject(this value); ``method`` names the method in V8's TypeError for null or
    undefined, which V8 words so for the methods passed their name below."""
    if method is not None and (this is None or this is JSNull):
        throw_type_error(f"Array.prototype.{method} called on null or undefined")
    return this if isinstance(this, JSObject) else to_object(this)


def _callback(v: Any) -> JSObject:
    if not (isinstance(v, JSObject) and v.callable):
        throw_type_error(f"{describe_value(v)} is not a function")
    return v


def _check_new_length(n: int) -> None:
    if n > MAX_SAFE_INTEGER:
        throw_type_error("Invalid array length")


# ---------------------------------------------------------------------------------------------
# ArrayCreate / ArraySpeciesCreate
# ---------------------------------------------------------------------------------------------

def array_create(length: int, proto: JSObject | None = None) -> JSArray:
    """ArrayCreate (10.4.2.2)."""
    if length > MAX_ARRAY_LENGTH:
        throw_range_error("Invalid array length")
    a = JSArray(proto if proto is not None else _realm().intrinsics["%Array.prototype%"], [])
    a.length = length
    return a


def _array_species_getter(this, args):
    """get Array [ @@species ] (23.1.2.5)."""
    return this


def _species_is_intrinsic_array(o: JSArray) -> bool:
    """Whether ArraySpeciesCreate's Get(o, "constructor") and Get(C, @@species) read the
    current realm's %Array% without running code: o has no own "constructor", its prototype is
    %Array.prototype% holding the original data property, and %Array%'s @@species is the
    original getter (which returns its receiver)."""
    intr = _realm_mod._current.intrinsics
    proto = o.proto
    if proto is not intr["%Array.prototype%"] or "constructor" in o.shape.table:
        return False
    c = intr["%Array%"]
    if own_data_value(proto, "constructor") is not c:
        return False
    shape = c.shape
    i = shape.table.get(WellKnown.species)
    if i is None or not shape.flags[i] & ACCESSOR:
        return False
    getter = c.slots[i].get
    return type(getter) is BuiltinFunction and getter.fn is _array_species_getter


def array_species_create(original: JSObject, length: int) -> tuple[JSObject, bool]:
    """ArraySpeciesCreate (10.4.2.3). Returns (A, fresh): ``fresh`` when A is a new plain array
    that no code has seen, so the caller may fill its elements list directly."""
    if type(original) is JSArray and _species_is_intrinsic_array(original):
        return array_create(length), True
    if not is_array(original):
        return array_create(length), True
    c = original.get("constructor", original)
    if is_constructor(c):
        realm = _realm()
        c_realm = get_function_realm(c)
        if c_realm is not realm and c is c_realm.intrinsics.get("%Array%"):
            c = None
    if isinstance(c, JSObject):
        c = c.get(WellKnown.species, c)
        if c is JSNull:
            c = None
    if c is None or c is _realm().intrinsics["%Array%"]:
        return array_create(length), True
    if not is_constructor(c):
        throw_type_error("object.constructor[Symbol.species] is not a constructor")
    return construct(c, [float(length)]), False


def _fill_fresh(a: JSArray, values: list, length: int | None = None) -> JSArray:
    a.elements = values
    a.length = len(values) if length is None else length
    return a


# ---------------------------------------------------------------------------------------------
# The Array constructor and its static methods (23.1.1, 23.1.2)
# ---------------------------------------------------------------------------------------------

def array_construct(args: list, new_target: JSObject) -> JSArray:
    """Array ( ...values ) (23.1.1.1)."""
    proto = get_prototype_from_constructor(new_target, "%Array.prototype%")
    if len(args) == 1:
        n = args[0]
        if type(n) is not float:
            return JSArray(proto, [n])
        int_len = to_uint32(n)
        if int_len != n:
            throw_range_error("Invalid array length")
        return array_create(int(int_len), proto)
    return JSArray(proto, list(args))


def array_from(this, args):
    """Array.from (23.1.2.1)."""
    items, mapfn, this_arg = arg(args, 0), arg(args, 1), arg(args, 2)
    c = this
    realm = _realm()
    if mapfn is not None:
        _callback(mapfn)
    plain = not is_constructor(c) or c is realm.intrinsics["%Array%"]
    using_iterator = get_method(items, WellKnown.iterator)
    if using_iterator is not None:
        if plain and mapfn is None and type(items) is JSArray:
            return create_array_from_list(iterate_to_list(items), realm)
        a = array_create(0) if plain else construct(c, [])
        rec = get_iterator_from_method(items, using_iterator)
        out = []
        k = 0
        while True:
            v = iterator_step_value(rec)
            if v is DONE:
                if plain:
                    return _fill_fresh(a, out)
                set_length(a, k)
                return a
            try:
                if mapfn is not None:
                    v = mapfn.call(this_arg, [v, float(k)])
                if plain:
                    out.append(v)
                    if not len(out) & (CHUNK - 1):
                        grown(out)
                else:
                    create_data_property_or_throw(a, str(k), v)
            except JSThrow:
                iterator_close(rec, True)
                raise
            k += 1
    array_like = to_object(items)
    n = length_of_array_like(array_like)
    a = array_create(n) if plain else construct(c, [float(n)])
    fast = _is_fast(array_like)
    if plain and n >= CHUNK:
        charge(n * SLOT_BYTES)  # the elements list, before it is filled
    out = []
    for k in range(n):
        v = get_index(array_like, k, fast)
        if mapfn is not None:
            v = mapfn.call(this_arg, [v, float(k)])
        if plain:
            out.append(v)
        else:
            create_data_property_or_throw(a, str(k), v)
    if plain:
        return _fill_fresh(a, out)
    set_length(a, n)
    return a


def array_of(this, args):
    """Array.of (23.1.2.3)."""
    n = len(args)
    if not is_constructor(this) or this is _realm().intrinsics["%Array%"]:
        return create_array_from_list(list(args))
    a = construct(this, [float(n)])
    for k, v in enumerate(args):
        create_data_property_or_throw(a, str(k), v)
    set_length(a, n)
    return a


# ---------------------------------------------------------------------------------------------
# Array.prototype: access and search
# ---------------------------------------------------------------------------------------------

def array_at(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    k = to_integer_or_infinity(arg(args, 0))
    if k < 0:
        k += n
    if k < 0 or k >= n:
        return None
    return get_index(o, int(k), _is_fast(o))


def _start_index(v: Any, n: int) -> int | None:
    """fromIndex of indexOf / includes: an int in [0, n], or None when past the end."""
    k = to_integer_or_infinity(v)
    if k == INF:
        return None
    if k < 0:
        k = max(n + k, 0) if k != -INF else 0
    return int(k)


def _strict_index(el: list, target: Any, start: int, end: int) -> int:
    """The first i in [start, end) with el[i] === target (HOLE never matches)."""
    if type(target) is float and target != target:
        return -1
    t = type(target)
    while start < end:
        try:
            i = el.index(target, start, end)
        except ValueError:
            return -1
        if type(el[i]) is t:
            return i
        start = i + 1
    return -1


def array_index_of(this, args):
    o = _this_obj(this, "indexOf")
    n = length_of_array_like(o)
    if n == 0:
        return -1.0
    target = arg(args, 0)
    k = _start_index(arg(args, 1), n)
    if k is None:
        return -1.0
    if type(o) is JSArray and o.elements is not None and not holes_visible(o):
        el = o.elements
        return float(_strict_index(el, target, k, min(n, len(el))))
    fast = _is_fast(o)
    for i in range(k, n):
        v = has_get(o, i, fast)
        if v is not _MISSING and strict_equals(v, target):
            return float(i)
    return -1.0


def array_includes(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    if n == 0:
        return False
    target = arg(args, 0)
    k = _start_index(arg(args, 1), n)
    if k is None or k >= n:
        return False
    if type(o) is JSArray and o.elements is not None and not holes_visible(o):
        el = o.elements
        end = min(n, len(el))
        if target is None:
            return end < n or any(v is None or v is HOLE for v in el[k:end])
        if type(target) is float and target != target:
            return any(type(v) is float and v != v for v in el[k:end])
        return _strict_index(el, target, k, end) >= 0
    fast = _is_fast(o)
    for i in range(k, n):
        if same_value_zero(get_index(o, i, fast), target):
            return True
    return False


def array_last_index_of(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    if n == 0:
        return -1.0
    target = arg(args, 0)
    k = n - 1
    if len(args) > 1:
        r = to_integer_or_infinity(args[1])
        if r == -INF:
            return -1.0
        k = int(min(r, n - 1)) if r >= 0 else int(n + r)
    fast = _is_fast(o)
    for i in range(k, -1, -1):
        v = has_get(o, i, fast)
        if v is not _MISSING and strict_equals(v, target):
            return float(i)
    return -1.0


def _find(this, args, reverse: bool, want_index: bool):
    """find / findIndex / findLast / findLastIndex (23.1.3.9 - 23.1.3.12)."""
    o = _this_obj(this, ("findLast" if reverse else "find") + ("Index" if want_index else ""))
    n = length_of_array_like(o)
    pred = _callback(arg(args, 0))
    this_arg = arg(args, 1)
    fast = _is_fast(o)
    for k in (range(n - 1, -1, -1) if reverse else range(n)):
        v = get_index(o, k, fast)
        if to_boolean(pred.call(this_arg, [v, float(k), o])):
            return float(k) if want_index else v
    return -1.0 if want_index else None


# ---------------------------------------------------------------------------------------------
# Array.prototype: iteration with callbacks
# ---------------------------------------------------------------------------------------------

def array_for_each(this, args):
    o = _this_obj(this, "forEach")
    n = length_of_array_like(o)
    fn = _callback(arg(args, 0))
    this_arg = arg(args, 1)
    fast = _is_fast(o)
    for k in range(n):
        v = has_get(o, k, fast)
        if v is not _MISSING:
            fn.call(this_arg, [v, float(k), o])
    return None


def array_map(this, args):
    o = _this_obj(this, "map")
    n = length_of_array_like(o)
    fn = _callback(arg(args, 0))
    this_arg = arg(args, 1)
    a, fresh = array_species_create(o, n)
    fast = _is_fast(o)
    out = []
    for k in range(n):
        v = has_get(o, k, fast)
        if v is _MISSING:
            if fresh:
                out.append(HOLE)
            continue
        r = fn.call(this_arg, [v, float(k), o])
        if fresh:
            out.append(r)
        else:
            create_data_property_or_throw(a, str(k), r)
    return _fill_fresh(a, out, n) if fresh else a


def array_filter(this, args):
    o = _this_obj(this, "filter")
    n = length_of_array_like(o)
    fn = _callback(arg(args, 0))
    this_arg = arg(args, 1)
    a, fresh = array_species_create(o, 0)
    fast = _is_fast(o)
    out = []
    to = 0
    for k in range(n):
        v = has_get(o, k, fast)
        if v is not _MISSING and to_boolean(fn.call(this_arg, [v, float(k), o])):
            if fresh:
                out.append(v)
            else:
                create_data_property_or_throw(a, str(to), v)
            to += 1
    return _fill_fresh(a, out) if fresh else a


def _some_every(this, args, want: bool) -> bool:
    """some (want=True) / every (want=False)."""
    o = _this_obj(this, "some" if want else "every")
    n = length_of_array_like(o)
    fn = _callback(arg(args, 0))
    this_arg = arg(args, 1)
    fast = _is_fast(o)
    for k in range(n):
        v = has_get(o, k, fast)
        if v is not _MISSING and to_boolean(fn.call(this_arg, [v, float(k), o])) is want:
            return want
    return not want


def _reduce(this, args, right: bool):
    """reduce / reduceRight (23.1.3.24, 23.1.3.25)."""
    o = _this_obj(this, "reduceRight" if right else "reduce")
    n = length_of_array_like(o)
    fn = _callback(arg(args, 0))
    fast = _is_fast(o)
    indices = iter(range(n - 1, -1, -1) if right else range(n))
    if len(args) >= 2:
        acc = args[1]
    else:
        for k in indices:
            acc = has_get(o, k, fast)
            if acc is not _MISSING:
                break
        else:
            throw_type_error("Reduce of empty array with no initial value")
    for k in indices:
        v = has_get(o, k, fast)
        if v is not _MISSING:
            acc = fn.call(None, [acc, v, float(k), o])
    return acc


# ---------------------------------------------------------------------------------------------
# Array.prototype: mutation
# ---------------------------------------------------------------------------------------------

def array_push(this, args):
    o = _this_obj(this)
    if type(o) is JSArray:
        el = o.elements
        if el is not None and len(el) == o.length and o.length_writable and o.extensible \
                and not holes_visible(o):  # (no inherited index setter sees the new elements)
            n = len(el)
            el.extend(args)
            o.length = len(el)
            if n >> CHUNK_BITS != o.length >> CHUNK_BITS:  # crossed a multiple of CHUNK (runtime/memory.py)
                grown(el)
            return float(o.length)
    n = length_of_array_like(o)
    if n + len(args) > MAX_SAFE_INTEGER:
        throw_type_error(f"Pushing {len(args)} elements on an array-like of length {n} is disallowed, "
                         "as the total surpasses 2**53-1")
    for v in args:
        set_index(o, n, v)
        n += 1
    set_length(o, n)
    return float(n)


def array_pop(this, args):
    o = _this_obj(this)
    if type(o) is JSArray:
        el = o.elements
        n = o.length
        if el is not None and len(el) == n and n > 0 and o.length_writable and el[-1] is not HOLE:
            o.length = n - 1
            return el.pop()
    n = length_of_array_like(o)
    if n == 0:
        set_length(o, 0)
        return None
    v = get_index(o, n - 1, _is_fast(o))
    delete_index(o, n - 1)
    set_length(o, n - 1)
    return v


def _can_restructure(o: JSObject) -> list | None:
    """The elements list of a JSArray that shift / unshift / splice / reverse may rearrange
    directly: dense bookkeeping, writable length, extensible, holes invisible."""
    if type(o) is not JSArray:
        return None
    el = o.elements
    if el is None or len(el) != o.length or not o.length_writable or not o.extensible:
        return None
    if holes_visible(o) and HOLE in el:
        return None
    return el


def array_shift(this, args):
    o = _this_obj(this)
    el = _can_restructure(o)
    if el is not None and el:
        v = el.pop(0)
        o.length -= 1
        return None if v is HOLE else v
    n = length_of_array_like(o)
    if n == 0:
        set_length(o, 0)
        return None
    fast = _is_fast(o)
    first = get_index(o, 0, fast)
    for k in range(1, n):
        v = has_get(o, k, fast)
        if v is _MISSING:
            delete_index(o, k - 1)
        else:
            set_index(o, k - 1, v)
    delete_index(o, n - 1)
    set_length(o, n - 1)
    return first


def array_unshift(this, args):
    o = _this_obj(this)
    count = len(args)
    el = _can_restructure(o)
    if el is not None and len(el) + count <= MAX_ARRAY_LENGTH and not (count and holes_visible(o)):
        el[0:0] = args
        o.length = len(el)
        return float(o.length)
    n = length_of_array_like(o)
    if count:
        if n + count > MAX_SAFE_INTEGER:
            throw_type_error("Invalid array length")
        fast = _is_fast(o)
        for k in range(n, 0, -1):
            v = has_get(o, k - 1, fast)
            if v is _MISSING:
                delete_index(o, k + count - 1)
            else:
                set_index(o, k + count - 1, v)
        for j, v in enumerate(args):
            set_index(o, j, v)
    set_length(o, n + count)
    return float(n + count)


def array_splice(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    start = _relative(arg(args, 0), n)
    items = args[2:]
    item_count = len(items)
    if not args:
        delete_count = 0
    elif len(args) == 1:
        delete_count = n - start
    else:
        dc = to_integer_or_infinity(args[1])
        delete_count = int(min(max(dc, 0), n - start))
    _check_new_length(n + item_count - delete_count)
    a, fresh = array_species_create(o, delete_count)
    el = _can_restructure(o)
    if fresh and el is not None:
        removed = el[start:start + delete_count]
        el[start:start + delete_count] = items
        o.length = len(el)
        return _fill_fresh(a, removed)
    fast = _is_fast(o)
    for k in range(delete_count):
        v = has_get(o, start + k, fast)
        if v is not _MISSING:
            create_data_property_or_throw(a, str(k), v)
    set_length(a, delete_count)
    if item_count < delete_count:
        for k in range(start, n - delete_count):
            _move(o, k + delete_count, k + item_count, fast)
        for k in range(n, n - delete_count + item_count, -1):
            delete_index(o, k - 1)
    elif item_count > delete_count:
        for k in range(n - delete_count, start, -1):
            _move(o, k + delete_count - 1, k + item_count - 1, fast)
    for i, v in enumerate(items):
        set_index(o, start + i, v)
    set_length(o, n - delete_count + item_count)
    return a


def _move(o: JSObject, frm: int, to: int, fast: bool) -> None:
    """If HasProperty(from): Set(to, Get(from)), else DeletePropertyOrThrow(to)."""
    v = has_get(o, frm, fast)
    if v is _MISSING:
        delete_index(o, to)
    else:
        set_index(o, to, v)


def array_reverse(this, args):
    o = _this_obj(this)
    el = _can_restructure(o)
    if el is not None:
        el.reverse()
        return o
    n = length_of_array_like(o)
    fast = _is_fast(o)
    for lower in range(n // 2):
        upper = n - lower - 1
        lv = has_get(o, lower, fast)
        uv = has_get(o, upper, fast)
        if uv is not _MISSING:
            set_index(o, lower, uv)
        elif lv is not _MISSING:
            delete_index(o, lower)
        if lv is not _MISSING:
            set_index(o, upper, lv)
        elif uv is not _MISSING:
            delete_index(o, upper)
    return o


def array_fill(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    value = arg(args, 0)
    k = _relative(arg(args, 1), n)
    final = _relative_end(arg(args, 2), n)
    if k >= final:
        return o
    el = o.elements
    if type(o) is JSArray and el is not None and o.extensible and final <= o.length and not holes_visible(o):
        # every Set is an overwrite or CreateDataProperty (holes past the elements included,
        # as in `new Array(n).fill(0)`)
        if len(el) < final:
            charge(8 * (final - len(el)))
            el.extend([HOLE] * (final - len(el)))
        el[k:final] = [value] * (final - k)
        return o
    for i in range(k, final):
        set_index(o, i, value)
    return o


def array_copy_within(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    to = _relative(arg(args, 0), n)
    frm = _relative(arg(args, 1), n)
    final = _relative_end(arg(args, 2), n)
    count = min(final - frm, n - to)
    if count <= 0:
        return o
    el = _can_restructure(o)
    if el is not None and len(el) == n:  # (argument coercion may have changed the length)
        el[to:to + count] = el[frm:frm + count]
        return o
    fast = _is_fast(o)
    if frm < to < frm + count:
        step, frm, to = -1, frm + count - 1, to + count - 1
    else:
        step = 1
    for _ in range(count):
        _move(o, frm, to, fast)
        frm += step
        to += step
    return o


# ---------------------------------------------------------------------------------------------
# Array.prototype: sorting (23.1.3.30)
# ---------------------------------------------------------------------------------------------

def _check_comparator(comparefn: Any) -> None:
    if comparefn is not None and not is_callable(comparefn):
        throw_type_error("The comparison function must be either a function or undefined")


def sort_values(values: list, comparefn: Any) -> list:
    """SortIndexedProperties' sort step with SortCompare (23.1.3.30.2): stable, undefined last."""
    defined = [v for v in values if v is not None]
    undefined_count = len(values) - len(defined)
    if len(defined) < 2:  # a lone value is never compared, so never converted to a string
        pass
    elif comparefn is None:
        if not all(type(v) is str for v in defined):
            keyed = [(to_string(v), v) for v in defined]
            keyed.sort(key=lambda kv: kv[0])
            defined = [v for _, v in keyed]
        else:
            defined.sort()
    else:
        def compare(x, y):
            r = comparefn.call(None, [x, y])
            r = r if type(r) is float else to_number(r)
            return -1 if r < 0 else (1 if r > 0 else 0)
        defined.sort(key=cmp_to_key(compare))
    return defined + [None] * undefined_count


def array_sort(this, args):
    comparefn = arg(args, 0)
    _check_comparator(comparefn)
    o = _this_obj(this)
    n = length_of_array_like(o)
    el = _plain_elements(o, n)
    if el is not None:
        values = [v for v in el if v is not HOLE]
    else:
        fast = _is_fast(o)
        values = [v for k in range(n) if (v := has_get(o, k, fast)) is not _MISSING]
    result = sort_values(values, comparefn)
    el = _can_restructure(o)
    if el is not None and len(el) == n:
        el[:] = result + [HOLE] * (n - len(result))
        return o
    for k, v in enumerate(result):
        set_index(o, k, v)
    fast = _is_fast(o)
    for k in range(len(result), n):
        if has_get(o, k, fast) is not _MISSING:
            delete_index(o, k)
    return o


# ---------------------------------------------------------------------------------------------
# Array.prototype: copying
# ---------------------------------------------------------------------------------------------

def _read_all(o: JSObject, n: int, skip: int = -1, descending: bool = False) -> list:
    """[Get(O, 0), ..., Get(O, n-1)] (holes read through, as undefined when nothing is there),
    the Gets made in descending order when asked, index ``skip`` not read (undefined)."""
    if type(o) is JSArray and o.elements is not None and not holes_visible(o):
        el = o.elements
        out = el[:n]
        if len(out) < n:
            out.extend([None] * (n - len(out)))
        if HOLE in out:
            out = [None if v is HOLE else v for v in out]
        return out
    fast = _is_fast(o)
    out = [None] * n
    for k in (range(n - 1, -1, -1) if descending else range(n)):
        if k != skip:
            out[k] = get_index(o, k, fast)
    return out


def array_slice(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    k = _relative(arg(args, 0), n)
    final = _relative_end(arg(args, 1), n)
    count = max(final - k, 0)
    a, fresh = array_species_create(o, count)
    if fresh and type(o) is JSArray and o.elements is not None and not holes_visible(o):
        return _fill_fresh(a, o.elements[k:min(final, len(o.elements))], count)
    fast = _is_fast(o)
    i = 0
    while k < final:
        v = has_get(o, k, fast)
        if v is not _MISSING:
            create_data_property_or_throw(a, str(i), v)
        k += 1
        i += 1
    set_length(a, i)
    return a


def is_concat_spreadable(o: Any) -> bool:
    """IsConcatSpreadable (23.1.3.2.1)."""
    if not isinstance(o, JSObject):
        return False
    spreadable = o.get(WellKnown.isConcatSpreadable, o)
    if spreadable is not None:
        return to_boolean(spreadable)
    return is_array(o)


def array_concat(this, args):
    o = _this_obj(this, "concat")
    a, fresh = array_species_create(o, 0)
    out: list = []
    n = 0
    for e in [o, *args]:
        if not is_concat_spreadable(e):
            if n >= MAX_SAFE_INTEGER:
                throw_type_error("Invalid array length")
            if fresh:
                out.append(e)
            else:
                create_data_property_or_throw(a, str(n), e)
            n += 1
            continue
        length = length_of_array_like(e)
        if n + length > MAX_SAFE_INTEGER:
            throw_type_error("Invalid array length")
        if fresh and type(e) is JSArray and e.elements is not None and not holes_visible(e):
            part = e.elements[:length]
            out.extend(part)
            if len(part) < length:
                charge(8 * (length - len(part)))
                out.extend([HOLE] * (length - len(part)))
            n += length
            continue
        fast = _is_fast(e)
        for k in range(length):
            v = has_get(e, k, fast)
            if fresh:
                out.append(HOLE if v is _MISSING else v)
            elif v is not _MISSING:
                create_data_property_or_throw(a, str(n + k), v)
        n += length
    if fresh:
        if n > MAX_ARRAY_LENGTH:
            throw_range_error("Invalid array length")
        return _fill_fresh(a, out)
    set_length(a, n)
    return a


def _flatten_into_array(target: JSObject, source: JSObject, source_len: int, start: int, depth: float,
                        mapper: Any = None, this_arg: Any = None) -> int:
    """FlattenIntoArray (23.1.3.13.1)."""
    target_index = start
    fast = _is_fast(source)
    for k in range(source_len):
        v = has_get(source, k, fast)
        if v is _MISSING:
            continue
        if mapper is not None:
            v = mapper.call(this_arg, [v, float(k), source])
        if depth > 0 and is_array(v):
            target_index = _flatten_into_array(target, v, length_of_array_like(v), target_index, depth - 1)
        else:
            if target_index >= MAX_SAFE_INTEGER:
                throw_type_error("Invalid array length")
            create_data_property_or_throw(target, str(target_index), v)
            target_index += 1
    return target_index


def array_flat(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    depth = 1.0
    if arg(args, 0) is not None:
        depth = max(to_integer_or_infinity(args[0]), 0)
    a, _ = array_species_create(o, 0)
    _flatten_into_array(a, o, n, 0, depth)
    return a


def array_flat_map(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    mapper = arg(args, 0)
    if not is_callable(mapper):
        throw_type_error("flatMap mapper function is not callable")
    a, _ = array_species_create(o, 0)
    _flatten_into_array(a, o, n, 0, 1, mapper, arg(args, 1))
    return a


def array_to_reversed(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    a = array_create(n)
    values = _read_all(o, n, descending=True)
    values.reverse()
    return _fill_fresh(a, values)


def array_to_sorted(this, args):
    comparefn = arg(args, 0)
    _check_comparator(comparefn)
    o = _this_obj(this)
    n = length_of_array_like(o)
    a = array_create(n)
    return _fill_fresh(a, sort_values(_read_all(o, n), comparefn))


def array_to_spliced(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    start = _relative(arg(args, 0), n)
    items = args[2:]
    if not args:
        skip = 0
    elif len(args) == 1:
        skip = n - start
    else:
        skip = int(min(max(to_integer_or_infinity(args[1]), 0), n - start))
    new_len = n + len(items) - skip
    _check_new_length(new_len)
    a = array_create(new_len)
    values = _read_all(o, start)
    values.extend(items)
    fast = _is_fast(o)
    values.extend(get_index(o, k, fast) for k in range(start + skip, n))
    return _fill_fresh(a, values)


def array_with(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    rel = to_integer_or_infinity(arg(args, 0))
    actual = rel if rel >= 0 else n + rel
    if actual >= n or actual < 0:
        throw_range_error(f"Invalid index : {to_string(float(rel))}")
    value = arg(args, 1)
    a = array_create(n)
    values = _read_all(o, n, skip=int(actual))
    values[int(actual)] = value
    return _fill_fresh(a, values)


# ---------------------------------------------------------------------------------------------
# Array.prototype: join / toString / toLocaleString
# ---------------------------------------------------------------------------------------------

def _join(o: JSObject, sep: str, element_string, n: int | None = None) -> str:
    """The loop of join / toLocaleString over ``n`` elements (read from o when None),
    printing a cyclic reference as "" (as V8 does)."""
    if o in _JOINING:
        return ""
    _JOINING.add(o)
    try:
        if n is None:
            n = length_of_array_like(o)
        if n > 65536:
            charge(n * (8 + len(sep)))  # the parts and the separators, at least
        if element_string is _plain_string and type(o) is JSArray:
            el = o.elements
            if el is not None and len(el) == n:
                try:
                    return counted(sep.join(el))
                except TypeError:
                    pass
        fast = _is_fast(o)
        parts = []
        for k in range(n):
            v = get_index(o, k, fast)
            parts.append("" if v is None or v is JSNull else element_string(v))
        return counted(sep.join(parts))
    finally:
        _JOINING.discard(o)


def _plain_string(v: Any) -> str:
    return v if type(v) is str else to_string(v)


def _locale_string(v: Any) -> str:
    return to_string(invoke(v, "toLocaleString", []))


def array_join(this, args):
    o = _this_obj(this)
    n = length_of_array_like(o)
    sep = arg(args, 0)
    return _join(o, "," if sep is None else to_string(sep), _plain_string, n)


def array_to_string(this, args):
    o = _this_obj(this)
    func = o.get("join", o)
    if not is_callable(func):
        realm = _realm()
        func = realm.intrinsics.get("%Object.prototype.toString%") or \
            realm.intrinsics["%Object.prototype%"].get("toString")
    return func.call(o, [])


def locale_join(this: Any, element_string: Callable[[Any], str]) -> str:
    """Array.prototype.toLocaleString's loop with the element conversion given (ECMA-402's
    version passes its locales and options on to each element)."""
    return _join(_this_obj(this), ",", element_string)


def array_to_locale_string(this, args):
    return locale_join(this, _locale_string)


# ---------------------------------------------------------------------------------------------
# Iterators (23.1.3.4, 23.1.3.19, 23.1.3.36)
# ---------------------------------------------------------------------------------------------

def _iterator_method(kind: str):
    def method(this, args):
        return create_array_iterator(_realm_mod._current, _this_obj(this), kind)
    return method


_UNSCOPABLES = ("at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
                "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values")


# ---------------------------------------------------------------------------------------------
# setup
# ---------------------------------------------------------------------------------------------

def setup(realm) -> None:
    obj_proto = realm.intrinsics["%Object.prototype%"]
    proto = JSArray(obj_proto, [])
    realm.intrinsics["%Array.prototype%"] = proto

    ctor = BuiltinFunction(realm, "Array", 1, lambda this, args: array_construct(args, ctor), array_construct)
    ctor.define_data("prototype", proto, 0)
    proto.define_data("constructor", ctor, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%Array%"] = ctor

    define_method(ctor, realm, "from", 1, array_from)
    define_method(ctor, realm, "isArray", 1, lambda this, args: is_array(arg(args, 0)))
    define_method(ctor, realm, "of", 0, array_of)
    define_getter(ctor, realm, WellKnown.species, _array_species_getter)

    methods = (
        ("at", 1, array_at), ("concat", 1, array_concat), ("copyWithin", 2, array_copy_within),
        ("entries", 0, _iterator_method("key+value")),
        ("every", 1, lambda this, args: _some_every(this, args, False)),
        ("fill", 1, array_fill), ("filter", 1, array_filter),
        ("find", 1, lambda this, args: _find(this, args, False, False)),
        ("findIndex", 1, lambda this, args: _find(this, args, False, True)),
        ("findLast", 1, lambda this, args: _find(this, args, True, False)),
        ("findLastIndex", 1, lambda this, args: _find(this, args, True, True)),
        ("flat", 0, array_flat), ("flatMap", 1, array_flat_map), ("forEach", 1, array_for_each),
        ("includes", 1, array_includes), ("indexOf", 1, array_index_of), ("join", 1, array_join),
        ("keys", 0, _iterator_method("key")), ("lastIndexOf", 1, array_last_index_of), ("map", 1, array_map),
        ("pop", 0, array_pop), ("push", 1, array_push),
        ("reduce", 1, lambda this, args: _reduce(this, args, False)),
        ("reduceRight", 1, lambda this, args: _reduce(this, args, True)),
        ("reverse", 0, array_reverse), ("shift", 0, array_shift), ("slice", 2, array_slice),
        ("some", 1, lambda this, args: _some_every(this, args, True)), ("sort", 1, array_sort),
        ("splice", 2, array_splice), ("toLocaleString", 0, array_to_locale_string),
        ("toReversed", 0, array_to_reversed), ("toSorted", 1, array_to_sorted),
        ("toSpliced", 2, array_to_spliced), ("toString", 0, array_to_string), ("unshift", 1, array_unshift),
        ("with", 2, array_with),
    )
    for name, length, fn in methods:
        define_method(proto, realm, name, length, fn)
    values = define_method(proto, realm, "values", 0, _iterator_method("value"))
    proto.define_data(WellKnown.iterator, values, WRITABLE | CONFIGURABLE)
    realm.intrinsics["%Array.prototype.values%"] = values
    realm.intrinsics["%Array.prototype.toString%"] = proto.get("toString")

    unscopables = JSObject(None)
    for name in _UNSCOPABLES:
        unscopables.define_data(name, True, DEFAULT)
    proto.define_data(WellKnown.unscopables, unscopables, CONFIGURABLE)

    realm.global_object.define_data("Array", ctor, WRITABLE | CONFIGURABLE)
