"""Keyed collections (ECMA-262 24.1 - 24.4) and weak references (26.1, 26.2): Map, Set (with the
ES2025 set methods), WeakMap, WeakSet, WeakRef, FinalizationRegistry.

Map and Set keep their entries in an ``OrderedTable``: an append-only list of [key, value]
entries (deleted ones become None) plus a dict from a normalized key to the entry index, so
iterators are plain indices that stay valid while the collection changes, as the spec requires.
"""
from __future__ import annotations

import weakref
from typing import Any, Callable

from ..access import call, describe_value, is_callable, ordinary_create_from_constructor
from ..conversions import to_integer_or_infinity, to_number, to_property_key
from ..errors import JSThrow, throw_range_error, throw_type_error
from ..function import arg, define_getter, define_method, make_constructor
from ..iteration import DONE, create_iter_result, get_iterator, iterator_close, iterator_step_value
from ..memory import CHUNK, charge
from ..objects import JSArray, JSObject
from ..realm import current_realm
from ..shapes import CONFIGURABLE
from ..values import HOLE, JSNull, JSSymbol, WellKnown

ORDER = 17

_NAN_KEY = ("n", "NaN")


def normalize_key(k: Any) -> Any:
    """A hashable Python key with SameValueZero equality: strings, Numbers (+0 and -0 are equal
    floats) and identity-compared values stand for themselves; NaN, BigInts and booleans are
    wrapped so that NaN equals NaN and 1, 1n and true never collide."""
    t = type(k)
    if t is str:
        return k
    if t is float:
        return k if k == k else _NAN_KEY
    if t is int:
        return ("b", k)
    if t is bool:
        return ("t", k)
    return k


class OrderedTable:
    """Entries in insertion order with tombstones; live iterators survive every mutation."""

    __slots__ = ("entries", "index", "iterators", "__weakref__")

    def __init__(self) -> None:
        self.entries: list = []
        self.index: dict = {}
        self.iterators: weakref.WeakSet | None = None  # live iterators, made on first use

    def __len__(self) -> int:
        return len(self.index)

    def track(self, it: Any) -> None:
        """Keep iterator ``it`` (with a ``position``) valid across compaction."""
        if self.iterators is None:
            self.iterators = weakref.WeakSet()
        self.iterators.add(it)

    def get(self, key: Any, default: Any = None) -> Any:
        i = self.index.get(key if type(key) is str else normalize_key(key))
        return default if i is None else self.entries[i][1]

    def has(self, key: Any) -> bool:
        return (key if type(key) is str else normalize_key(key)) in self.index

    def set(self, key: Any, value: Any) -> None:
        nk = key if type(key) is str else normalize_key(key)
        i = self.index.get(nk)
        if i is not None:
            self.entries[i][1] = value
            return
        if type(key) is float and key == 0.0:
            key = 0.0  # -0 is stored as +0
        self.index[nk] = n = len(self.entries)
        self.entries.append([key, value])
        if n & (CHUNK - 1) == CHUNK - 1:  # the memory limit's count (runtime/memory.py)
            charge(CHUNK * ENTRY_BYTES)

    def delete(self, key: Any) -> bool:
        i = self.index.pop(normalize_key(key), None)
        if i is None:
            return False
        self.entries[i] = None
        if len(self.entries) > 32 and len(self.index) * 2 < len(self.entries):
            self._compact()
        return True

    def clear(self) -> None:
        for i in range(len(self.entries)):
            self.entries[i] = None
        self.index.clear()
        self._compact()

    def _compact(self) -> None:
        """Drop tombstones, moving each live iterator to the same logical position."""
        old = self.entries
        remap = []
        live = 0
        for e in old:
            remap.append(live)
            if e is not None:
                live += 1
        remap.append(live)
        for it in self.iterators or ():
            it.position = remap[min(it.position, len(old))]
        self.entries = [e for e in old if e is not None]
        self.index = {normalize_key(e[0]): i for i, e in enumerate(self.entries)}

    def live(self) -> list:
        return [e for e in self.entries if e is not None]


ENTRY_BYTES = 200  # an entry of a Map or Set: the [key, value] list, its index entry, a boxed key


class MapObject(JSObject):
    __slots__ = ("table",)
    class_name = "Map"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.table = OrderedTable()

    def inspect_entries(self) -> list:
        return [(k, v) for k, v in self.table.live()]


class SetObject(JSObject):
    __slots__ = ("table",)
    class_name = "Set"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.table = OrderedTable()

    def inspect_entries(self) -> list:
        return [k for k, _ in self.table.live()]


class CollectionIterator(JSObject):
    """A Map Iterator or Set Iterator (24.1.5, 24.2.6): kind is "key", "value" or "key+value"."""

    __slots__ = ("table", "position", "kind")

    def __init__(self, proto: JSObject, table: OrderedTable | None, kind: str, class_name: str) -> None:
        super().__init__(proto)
        self.table = table
        self.position = 0
        self.kind = kind
        self.class_name = class_name
        table.track(self)


def _this(this: Any, cls: type, method: str) -> Any:
    if not isinstance(this, cls):
        throw_type_error(f"Method {method} called on incompatible receiver {describe_value(this)}")
    return this


def _iterator_next(class_name: str):
    def next_(this, args):
        if not isinstance(this, CollectionIterator) or this.class_name != class_name:
            throw_type_error(f"Method {class_name}.prototype.next called on incompatible receiver "
                             f"{describe_value(this)}")
        table = this.table
        if table is None:
            return create_iter_result(None, True)
        entries = table.entries
        pos = this.position
        while pos < len(entries):
            e = entries[pos]
            pos += 1
            if e is not None:
                this.position = pos
                if this.kind == "key":
                    return create_iter_result(e[0], False)
                if this.kind == "value":
                    return create_iter_result(e[1], False)
                value = e[0] if class_name == "Set Iterator" else e[1]  # a Set entry is [v, v]
                return create_iter_result(JSArray(current_realm().array_prototype, [e[0], value]), False)
        this.table = None
        return create_iter_result(None, True)
    return next_


def _for_each_entry(table: OrderedTable, fn: Callable[[list], None]) -> None:
    """Visit live entries in order, seeing entries added during the walk (as forEach does)."""
    it = _Cursor(table)
    while True:
        e = it.next()
        if e is None:
            return
        fn(e)


class _Cursor:
    """A Python-side iterator over an OrderedTable that survives compaction."""

    __slots__ = ("table", "position", "__weakref__")

    def __init__(self, table: OrderedTable) -> None:
        self.table = table
        self.position = 0
        table.track(self)

    def next(self) -> list | None:
        entries = self.table.entries
        while self.position < len(entries):
            e = entries[self.position]
            self.position += 1
            if e is not None:
                return e
        return None


def _add_entries_from_iterable(target: JSObject, iterable: Any, adder_name: str, pairs: bool) -> None:
    """The iterable loop of the Map / Set / WeakMap / WeakSet constructors (24.1.1.2)."""
    adder = target.get(adder_name, target)
    if not is_callable(adder):
        throw_type_error(f"'{describe_value(adder)}' returned for property '{adder_name}' of object "
                         f"'{describe_value(target)}' is not a function")
    rec = get_iterator(iterable)
    while True:
        item = iterator_step_value(rec)
        if item is DONE:
            return
        try:
            if pairs:
                if not isinstance(item, JSObject):
                    throw_type_error(f"Iterator value {describe_value(item)} is not an entry object")
                k = item.get("0", item)
                v = item.get("1", item)
                call(adder, target, [k, v])
            else:
                call(adder, target, [item])
        except JSThrow:
            iterator_close(rec, True)
            raise


# ---------------------------------------------------------------------------------------------
# Map (24.1)
# ---------------------------------------------------------------------------------------------

def _setup_map(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def construct(args, new_target):
        # %Map%.prototype is non-writable and non-configurable: reading it is unobservable.
        m = MapObject(proto) if new_target is ctor else \
            ordinary_create_from_constructor(new_target, "%Map.prototype%", MapObject)
        iterable = arg(args, 0)
        if iterable is not None and iterable is not JSNull:
            _add_entries_from_iterable(m, iterable, "set", True)
        return m

    def call_(this, args):
        throw_type_error("Constructor Map requires 'new'")

    ctor = make_constructor(realm, "Map", 0, call_, construct, proto)
    define_getter(ctor, realm, WellKnown.species, lambda this, args: this)

    def group_by(this, args):
        groups = _group_by(arg(args, 0), arg(args, 1), False)
        m = MapObject(proto)
        for k, vs in groups:
            m.table.set(k, JSArray(current_realm().array_prototype, vs))
        return m
    define_method(ctor, realm, "groupBy", 2, group_by)

    def get(this, args):
        return _this(this, MapObject, "Map.prototype.get").table.get(args[0] if args else None)

    def set_(this, args):
        _this(this, MapObject, "Map.prototype.set").table.set(arg(args, 0), arg(args, 1))
        return this

    def has(this, args):
        return _this(this, MapObject, "Map.prototype.has").table.has(args[0] if args else None)

    def delete(this, args):
        return _this(this, MapObject, "Map.prototype.delete").table.delete(arg(args, 0))

    def clear(this, args):
        _this(this, MapObject, "Map.prototype.clear").table.clear()

    def get_or_insert(this, args):
        """Map.prototype.getOrInsert (proposal-upsert)."""
        table = _this(this, MapObject, "Map.prototype.getOrInsert").table
        key = arg(args, 0)
        if not table.has(key):
            table.set(key, arg(args, 1))
        return table.get(key)

    def get_or_insert_computed(this, args):
        """Map.prototype.getOrInsertComputed (proposal-upsert): the callback sees the
        canonical key (-0 becomes +0) and its result overwrites any entry it added."""
        table = _this(this, MapObject, "Map.prototype.getOrInsertComputed").table
        key, fn = arg(args, 0), arg(args, 1)
        if not is_callable(fn):
            throw_type_error(f"{describe_value(fn)} is not a function")
        if table.has(key):
            return table.get(key)
        if type(key) is float and key == 0.0:
            key = 0.0
        value = call(fn, None, [key])
        table.set(key, value)
        return value

    def for_each(this, args):
        m = _this(this, MapObject, "Map.prototype.forEach")
        fn, this_arg = arg(args, 0), arg(args, 1)
        if not is_callable(fn):
            throw_type_error(f"{describe_value(fn)} is not a function")
        _for_each_entry(m.table, lambda e: call(fn, this_arg, [e[1], e[0], m]))

    def size(this, args):
        return float(len(_this(this, MapObject, "get Map.prototype.size").table))

    it_proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    define_method(it_proto, realm, "next", 0, _iterator_next("Map Iterator"))
    it_proto.define_data(WellKnown.toStringTag, "Map Iterator", CONFIGURABLE)
    realm.intrinsics["%MapIteratorPrototype%"] = it_proto

    def iter_fn(kind: str, name: str):
        method = "Map.prototype." + name

        def f(this, args):
            m = _this(this, MapObject, method)
            return CollectionIterator(it_proto, m.table, kind, "Map Iterator")
        return f

    define_method(proto, realm, "get", 1, get)
    define_method(proto, realm, "set", 2, set_)
    define_method(proto, realm, "has", 1, has)
    define_method(proto, realm, "delete", 1, delete)
    define_method(proto, realm, "clear", 0, clear)
    define_method(proto, realm, "getOrInsert", 2, get_or_insert)
    define_method(proto, realm, "getOrInsertComputed", 2, get_or_insert_computed)
    entries = define_method(proto, realm, "entries", 0, iter_fn("key+value", "entries"))
    define_method(proto, realm, "forEach", 1, for_each)
    define_method(proto, realm, "keys", 0, iter_fn("key", "keys"))
    define_getter(proto, realm, "size", size)
    define_method(proto, realm, "values", 0, iter_fn("value", "values"))
    proto.define_data(WellKnown.iterator, entries, 5)
    proto.define_data(WellKnown.toStringTag, "Map", CONFIGURABLE)


def _group_by(items: Any, callback: Any, property_keys: bool) -> list:
    """GroupBy (7.3.35): [(key, [values])] in first-seen order."""
    from ..conversions import require_object_coercible
    require_object_coercible(items)
    if not is_callable(callback):
        throw_type_error(f"{describe_value(callback)} is not a function")
    table = OrderedTable()
    rec = get_iterator(items)
    k = 0
    while True:
        v = iterator_step_value(rec)
        if v is DONE:
            break
        try:
            key = call(callback, None, [v, float(k)])
            if property_keys:
                key = to_property_key(key)
            elif type(key) is float and key == 0.0:
                key = 0.0
        except JSThrow:
            iterator_close(rec, True)
            raise
        group = table.get(key)
        if group is None:
            group = []
            table.set(key, group)
        group.append(v)
        k += 1
    return [(e[0], e[1]) for e in table.live()]


# ---------------------------------------------------------------------------------------------
# Set (24.2), with the set methods (24.2.4)
# ---------------------------------------------------------------------------------------------

class _SetRecord:
    """A Set Record (24.2.1.2): the other object, its size, has and keys."""

    def __init__(self, obj: JSObject, size: int, has: Any, keys: Any) -> None:
        self.obj, self.size, self.has, self.keys = obj, size, has, keys

    def contains(self, v: Any) -> bool:
        from ..conversions import to_boolean
        return to_boolean(call(self.has, self.obj, [v]))

    def iterate(self):
        """The values of keys() (GetIteratorFromMethod-like, with a plain next)."""
        it = call(self.keys, self.obj, [])
        if not isinstance(it, JSObject):
            throw_type_error(f"{describe_value(it)} is not an object")
        nxt = it.get("next", it)
        while True:
            r = call(nxt, it, [])
            if not isinstance(r, JSObject):
                throw_type_error(f"Iterator result {describe_value(r)} is not an object")
            from ..conversions import to_boolean
            if to_boolean(r.get("done", r)):
                return
            yield it, r.get("value", r)


def get_set_record(obj: Any) -> _SetRecord:
    """GetSetRecord (24.2.1.2)."""
    if not isinstance(obj, JSObject):
        throw_type_error(f"{describe_value(obj)} is not an object")
    raw = obj.get("size", obj)
    num = to_number(raw)
    if num != num:
        throw_type_error("The 'size' property must be a number")
    size = to_integer_or_infinity(num)
    if size < 0:
        throw_range_error("'size' must be non-negative")
    has = obj.get("has", obj)
    if not is_callable(has):
        throw_type_error("'has' is not a function")
    keys = obj.get("keys", obj)
    if not is_callable(keys):
        throw_type_error("'keys' is not a function")
    return _SetRecord(obj, size, has, keys)


def _setup_set(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def construct(args, new_target):
        # %Set%.prototype is non-writable and non-configurable: reading it is unobservable.
        s = SetObject(proto) if new_target is ctor else \
            ordinary_create_from_constructor(new_target, "%Set.prototype%", SetObject)
        iterable = arg(args, 0)
        if iterable is not None and iterable is not JSNull:
            adder = s.get("add", s)
            if adder is add_fn and type(iterable) is JSArray and iterable.elements is not None \
                    and _array_iteration_pristine(iterable):
                for v in list(iterable.elements):
                    s.table.set(None if v is HOLE else v, None)
            else:
                _add_entries_from_iterable(s, iterable, "add", False)
        return s

    def call_(this, args):
        throw_type_error("Constructor Set requires 'new'")

    ctor = make_constructor(realm, "Set", 0, call_, construct, proto)
    define_getter(ctor, realm, WellKnown.species, lambda this, args: this)

    def new_set(keys) -> SetObject:
        r = SetObject(proto)
        for k in keys:
            r.table.set(k, None)
        return r

    def add(this, args):
        _this(this, SetObject, "Set.prototype.add").table.set(args[0] if args else None, None)
        return this

    def has(this, args):
        return _this(this, SetObject, "Set.prototype.has").table.has(args[0] if args else None)

    def delete(this, args):
        return _this(this, SetObject, "Set.prototype.delete").table.delete(arg(args, 0))

    def clear(this, args):
        _this(this, SetObject, "Set.prototype.clear").table.clear()

    def for_each(this, args):
        s = _this(this, SetObject, "Set.prototype.forEach")
        fn, this_arg = arg(args, 0), arg(args, 1)
        if not is_callable(fn):
            throw_type_error(f"{describe_value(fn)} is not a function")
        _for_each_entry(s.table, lambda e: call(fn, this_arg, [e[0], e[0], s]))

    def size(this, args):
        return float(len(_this(this, SetObject, "get Set.prototype.size").table))

    def union(this, args):
        s = _this(this, SetObject, "Set.prototype.union")
        other = get_set_record(arg(args, 0))
        keys = [e[0] for e in s.table.live()]
        for _, v in other.iterate():
            keys.append(0.0 if type(v) is float and v == 0.0 else v)
        return new_set(keys)

    def intersection(this, args):
        s = _this(this, SetObject, "Set.prototype.intersection")
        other = get_set_record(arg(args, 0))
        result = []
        if len(s.table) <= other.size:
            cur = _Cursor(s.table)
            while (e := cur.next()) is not None:
                if other.contains(e[0]):
                    result.append(e[0])
        else:
            for _, v in other.iterate():
                if s.table.has(v):
                    result.append(0.0 if type(v) is float and v == 0.0 else v)
        return new_set(result)

    def difference(this, args):
        s = _this(this, SetObject, "Set.prototype.difference")
        other = get_set_record(arg(args, 0))
        result = OrderedTable()
        for e in s.table.live():
            result.set(e[0], None)
        if len(s.table) <= other.size:
            for k in [e[0] for e in s.table.live()]:
                if s.table.has(k) and other.contains(k):
                    result.delete(k)
        else:
            for _, v in other.iterate():
                result.delete(v)
        return new_set(e[0] for e in result.live())

    def symmetric_difference(this, args):
        s = _this(this, SetObject, "Set.prototype.symmetricDifference")
        other = get_set_record(arg(args, 0))
        result = OrderedTable()
        for e in s.table.live():
            result.set(e[0], None)
        for _, v in other.iterate():
            if s.table.has(v):
                result.delete(v)
            else:
                result.set(0.0 if type(v) is float and v == 0.0 else v, None)
        return new_set(e[0] for e in result.live())

    def is_subset_of(this, args):
        s = _this(this, SetObject, "Set.prototype.isSubsetOf")
        other = get_set_record(arg(args, 0))
        if len(s.table) > other.size:
            return False
        cur = _Cursor(s.table)
        while (e := cur.next()) is not None:
            if not other.contains(e[0]):
                return False
        return True

    def is_superset_of(this, args):
        s = _this(this, SetObject, "Set.prototype.isSupersetOf")
        other = get_set_record(arg(args, 0))
        if len(s.table) < other.size:
            return False
        for it, v in other.iterate():
            if not s.table.has(v):
                _close(it)
                return False
        return True

    def is_disjoint_from(this, args):
        s = _this(this, SetObject, "Set.prototype.isDisjointFrom")
        other = get_set_record(arg(args, 0))
        if len(s.table) <= other.size:
            cur = _Cursor(s.table)
            while (e := cur.next()) is not None:
                if other.contains(e[0]):
                    return False
        else:
            for it, v in other.iterate():
                if s.table.has(v):
                    _close(it)
                    return False
        return True

    it_proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    define_method(it_proto, realm, "next", 0, _iterator_next("Set Iterator"))
    it_proto.define_data(WellKnown.toStringTag, "Set Iterator", CONFIGURABLE)
    realm.intrinsics["%SetIteratorPrototype%"] = it_proto

    def iter_fn(kind: str, name: str):
        method = "Set.prototype." + name

        def f(this, args):
            s = _this(this, SetObject, method)
            return CollectionIterator(it_proto, s.table, kind, "Set Iterator")
        return f

    define_method(proto, realm, "has", 1, has)
    add_fn = define_method(proto, realm, "add", 1, add)
    define_method(proto, realm, "delete", 1, delete)
    define_method(proto, realm, "clear", 0, clear)
    define_method(proto, realm, "entries", 0, iter_fn("key+value", "entries"))
    define_method(proto, realm, "forEach", 1, for_each)
    define_getter(proto, realm, "size", size)
    values = define_method(proto, realm, "values", 0, iter_fn("key", "values"))
    proto.define_data("keys", values, 5)
    proto.define_data(WellKnown.iterator, values, 5)
    proto.define_data(WellKnown.toStringTag, "Set", CONFIGURABLE)
    for name, fn in (("union", union), ("intersection", intersection), ("difference", difference),
                     ("symmetricDifference", symmetric_difference), ("isSubsetOf", is_subset_of),
                     ("isSupersetOf", is_superset_of), ("isDisjointFrom", is_disjoint_from)):
        define_method(proto, realm, name, 1, fn)


def _close(it: JSObject) -> None:
    ret = it.get("return", it)
    if is_callable(ret):
        call(ret, it, [])


def _array_iteration_pristine(a: JSArray) -> bool:
    from ..iteration import _array_iteration_is_pristine
    return _array_iteration_is_pristine(a)


# ---------------------------------------------------------------------------------------------
# WeakMap, WeakSet (24.3, 24.4), WeakRef (26.1), FinalizationRegistry (26.2)
# ---------------------------------------------------------------------------------------------

def can_be_held_weakly(v: Any) -> bool:
    """CanBeHeldWeakly (9.13)."""
    return isinstance(v, JSObject) or (type(v) is JSSymbol and not v.registered)


class WeakStore:
    """Identity-keyed storage that does not keep object keys alive."""

    __slots__ = ("objects", "symbols")

    def __init__(self) -> None:
        self.objects: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self.symbols: dict = {}

    def _d(self, k: Any):
        return self.symbols if type(k) is JSSymbol else self.objects

    def get(self, k: Any) -> Any:
        return self._d(k).get(k) if can_be_held_weakly(k) else None

    def has(self, k: Any) -> bool:
        return can_be_held_weakly(k) and k in self._d(k)

    def set(self, k: Any, v: Any) -> None:
        self._d(k)[k] = v

    def delete(self, k: Any) -> bool:
        if can_be_held_weakly(k) and k in self._d(k):
            del self._d(k)[k]
            return True
        return False


class WeakMapObject(JSObject):
    __slots__ = ("store",)
    class_name = "WeakMap"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.store = WeakStore()


class WeakSetObject(JSObject):
    __slots__ = ("store",)
    class_name = "WeakSet"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.store = WeakStore()


def _setup_weak_collection(realm: Any, name: str, cls: type, pairs: bool) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])
    P = f"{name}.prototype."

    def construct(args, new_target):
        o = ordinary_create_from_constructor(new_target, f"%{name}.prototype%", cls)
        iterable = arg(args, 0)
        if iterable is not None and iterable is not JSNull:
            _add_entries_from_iterable(o, iterable, "set" if pairs else "add", pairs)
        return o

    def call_(this, args):
        throw_type_error(f"Constructor {name} requires 'new'")

    make_constructor(realm, name, 0, call_, construct, proto)

    def check_key(k: Any, method: str) -> None:
        if not can_be_held_weakly(k):
            throw_type_error("Invalid value used as weak map key" if pairs else "Invalid value used in weak set")

    def delete(this, args):
        return _this(this, cls, P + "delete").store.delete(arg(args, 0))

    def has(this, args):
        return _this(this, cls, P + "has").store.has(arg(args, 0))

    define_method(proto, realm, "delete", 1, delete)
    if pairs:
        def get(this, args):
            return _this(this, cls, P + "get").store.get(arg(args, 0))

        def set_(this, args):
            o = _this(this, cls, P + "set")
            check_key(arg(args, 0), "set")
            o.store.set(arg(args, 0), arg(args, 1))
            return this

        def get_or_insert(this, args):
            """WeakMap.prototype.getOrInsert (proposal-upsert)."""
            store = _this(this, cls, P + "getOrInsert").store
            key = arg(args, 0)
            check_key(key, "getOrInsert")
            if not store.has(key):
                store.set(key, arg(args, 1))
            return store.get(key)

        def get_or_insert_computed(this, args):
            """WeakMap.prototype.getOrInsertComputed (proposal-upsert)."""
            store = _this(this, cls, P + "getOrInsertComputed").store
            key, fn = arg(args, 0), arg(args, 1)
            check_key(key, "getOrInsertComputed")
            if not is_callable(fn):
                throw_type_error(f"{describe_value(fn)} is not a function")
            if store.has(key):
                return store.get(key)
            value = call(fn, None, [key])
            store.set(key, value)
            return value
        define_method(proto, realm, "get", 1, get)
        define_method(proto, realm, "set", 2, set_)
        define_method(proto, realm, "getOrInsert", 2, get_or_insert)
        define_method(proto, realm, "getOrInsertComputed", 2, get_or_insert_computed)
        define_method(proto, realm, "has", 1, has)
    else:
        def add(this, args):
            o = _this(this, cls, P + "add")
            check_key(arg(args, 0), "add")
            o.store.set(arg(args, 0), True)
            return this
        define_method(proto, realm, "add", 1, add)
        define_method(proto, realm, "has", 1, has)
    proto.define_data(WellKnown.toStringTag, name, CONFIGURABLE)


class WeakRefObject(JSObject):
    """A WeakRef. The target is held strongly: collection is never observable before the end
    of the job anyway, and keeping it is a valid (if conservative) host choice."""

    __slots__ = ("target",)
    class_name = "WeakRef"

    def __init__(self, proto: JSObject | None, target: Any) -> None:
        super().__init__(proto)
        self.target = target


class FinalizationRegistryObject(JSObject):
    """Cells are (weakref to target, held value, unregister token); when Python frees a target
    the cleanup callback is queued as a job."""

    __slots__ = ("cleanup", "cells")
    class_name = "FinalizationRegistry"

    def __init__(self, proto: JSObject | None, cleanup: Any) -> None:
        super().__init__(proto)
        self.cleanup = cleanup
        self.cells: list = []


def _setup_weak_refs(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def construct(args, new_target):
        target = arg(args, 0)
        if not can_be_held_weakly(target):
            throw_type_error("WeakRef: invalid target")
        return ordinary_create_from_constructor(new_target, "%WeakRef.prototype%", WeakRefObject, target)

    def call_(this, args):
        throw_type_error("Constructor WeakRef requires 'new'")

    make_constructor(realm, "WeakRef", 1, call_, construct, proto)
    define_method(proto, realm, "deref", 0,
                  lambda this, args: _this(this, WeakRefObject, "WeakRef.prototype.deref").target)
    proto.define_data(WellKnown.toStringTag, "WeakRef", CONFIGURABLE)

    fr_proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def fr_construct(args, new_target):
        cleanup = arg(args, 0)
        if not is_callable(cleanup):
            throw_type_error("FinalizationRegistry: cleanup must be callable")
        return ordinary_create_from_constructor(new_target, "%FinalizationRegistry.prototype%",
                                                FinalizationRegistryObject, cleanup)

    def fr_call(this, args):
        throw_type_error("Constructor FinalizationRegistry requires 'new'")

    make_constructor(realm, "FinalizationRegistry", 1, fr_call, fr_construct, fr_proto)
    FR = "FinalizationRegistry.prototype."

    def register(this, args):
        reg = _this(this, FinalizationRegistryObject, FR + "register")
        target, held, token = arg(args, 0), arg(args, 1), arg(args, 2)
        if not can_be_held_weakly(target):
            throw_type_error("FinalizationRegistry.prototype.register: invalid target")
        from ..objects import same_value
        if same_value(target, held):
            throw_type_error("FinalizationRegistry.prototype.register: target and holdings must not be same")
        if token is not None and not can_be_held_weakly(token):
            throw_type_error("FinalizationRegistry.prototype.register: invalid unregister token")
        cell = [None, held, token]
        reg_ref = weakref.ref(reg)

        def cleanup_job() -> None:
            r = reg_ref()
            if r is not None and any(c is cell for c in r.cells):
                r.cells = [c for c in r.cells if c is not cell]
                call(r.cleanup, None, [cell[1]])

        def on_collect(_ref) -> None:
            from ..promise import enqueue_job
            enqueue_job(cleanup_job)
        if isinstance(target, JSObject):
            cell[0] = weakref.ref(target, on_collect)
        reg.cells.append(cell)

    def unregister(this, args):
        reg = _this(this, FinalizationRegistryObject, FR + "unregister")
        token = arg(args, 0)
        if not can_be_held_weakly(token):
            throw_type_error(f"Invalid unregisterToken ('{describe_value(token)}')")
        before = len(reg.cells)
        reg.cells = [c for c in reg.cells if c[2] is not token]
        return len(reg.cells) != before

    define_method(fr_proto, realm, "register", 2, register)
    define_method(fr_proto, realm, "unregister", 1, unregister)
    fr_proto.define_data(WellKnown.toStringTag, "FinalizationRegistry", CONFIGURABLE)


def setup(realm: Any) -> None:
    _setup_map(realm)
    _setup_set(realm)
    _setup_weak_collection(realm, "WeakMap", WeakMapObject, True)
    _setup_weak_collection(realm, "WeakSet", WeakSetObject, False)
    _setup_weak_refs(realm)
