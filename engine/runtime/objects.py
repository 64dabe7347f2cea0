"""Ordinary objects and the Array exotic object (ECMA-262 10.1, 10.4.2).

A JSObject keeps named properties in ``slots`` described by its ``shape`` and array-index
properties in ``elements``, a dense list (``HOLE`` marks a hole) whose entries all have the
default attributes (writable, enumerable, configurable). An object whose index properties do not
fit that (non-default attributes, very sparse indices) sets ``sparse`` and keeps them as named
properties in the shape like any other key; OwnPropertyKeys sorts them first.

Property keys are ``str`` or ``JSSymbol``. Exotic objects override the internal methods and set
``exotic = True`` so that fast paths (inline caches, the [[Get]] loop) defer to them.
"""
from __future__ import annotations

from typing import Any

from .memory import CHUNK, CHUNK_BITS, SLOT_BYTES, charge, count_object, grown
from .shapes import ACCESSOR, CONFIGURABLE, DEFAULT, ENUMERABLE, WRITABLE, Shape, leave_watched, root_shape
from .values import HOLE, JSNull, JSSymbol

ABSENT: Any = type("Absent", (), {"__repr__": lambda s: "<absent>", "__slots__": ()})()
MAX_HOLE_RUN = 1024  # a store this far past the end of the elements goes sparse


class Accessor:
    """The value held in a slot of an accessor property."""

    __slots__ = ("get", "set")

    def __init__(self, get: Any = None, set: Any = None) -> None:
        self.get = get
        self.set = set


class PropertyDescriptor:
    """Property Descriptor (6.2.6); an absent field is ``ABSENT``."""

    __slots__ = ("value", "writable", "get", "set", "enumerable", "configurable")

    def __init__(self, value=ABSENT, writable=ABSENT, get=ABSENT, set=ABSENT,
                 enumerable=ABSENT, configurable=ABSENT) -> None:
        self.value = value
        self.writable = writable
        self.get = get
        self.set = set
        self.enumerable = enumerable
        self.configurable = configurable

    def is_accessor(self) -> bool:
        """IsAccessorDescriptor (6.2.6.1)."""
        return self.get is not ABSENT or self.set is not ABSENT

    def is_data(self) -> bool:
        """IsDataDescriptor (6.2.6.2)."""
        return self.value is not ABSENT or self.writable is not ABSENT

    def is_generic(self) -> bool:
        """IsGenericDescriptor (6.2.6.3)."""
        return not self.is_accessor() and not self.is_data()

    def __repr__(self) -> str:
        f = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__ if getattr(self, k) is not ABSENT)
        return f"PropertyDescriptor({f})"


def array_index(key) -> int:
    """The array index a property key denotes (0 .. 2**32-2), or -1 (6.1.7 'array index')."""
    if type(key) is str and key and key.isascii() and key.isdigit() and (key[0] != "0" or key == "0"):
        i = int(key)
        if i < 4294967295:
            return i
    return -1


def _desc_from_slot(value, flags: int) -> PropertyDescriptor:
    if flags & ACCESSOR:
        return PropertyDescriptor(get=value.get, set=value.set, enumerable=bool(flags & ENUMERABLE),
                                  configurable=bool(flags & CONFIGURABLE))
    return PropertyDescriptor(value=value, writable=bool(flags & WRITABLE),
                              enumerable=bool(flags & ENUMERABLE), configurable=bool(flags & CONFIGURABLE))


def _flags_from_desc(desc: PropertyDescriptor, old_flags: int = 0) -> int:
    """Flags after applying ``desc`` on top of ``old_flags`` (absent fields keep the old ones)."""
    f = old_flags
    if desc.is_accessor():
        f = (f & ~(WRITABLE | ACCESSOR)) | ACCESSOR
    elif desc.is_data():
        f &= ~ACCESSOR
    for field, bit in (("writable", WRITABLE), ("enumerable", ENUMERABLE), ("configurable", CONFIGURABLE)):
        v = getattr(desc, field)
        if v is not ABSENT:
            f = (f | bit) if v else (f & ~bit)
    return f


class JSObject:
    """An ordinary object (10.1). Subclasses are the exotic and built-in objects."""

    __slots__ = ("shape", "slots", "proto", "extensible", "elements", "sparse", "__weakref__", "__dict__")
    exotic = False
    # an exotic object whose named properties other than "length" are ordinary shape
    # properties (arrays, String objects): inline caches may look through it for such keys
    named_ordinary = False
    callable = False
    is_constructor = False
    class_name = "Object"

    def __init__(self, proto: "JSObject | None" = None, shape: Shape | None = None) -> None:
        self.shape = root_shape() if shape is None else shape
        self.slots: list = []
        self.proto = proto
        self.extensible = True
        self.elements: list | None = None
        self.sparse = False
        count_object()  # the memory limit's count (runtime/memory.py)

    # -- [[GetPrototypeOf]] / [[SetPrototypeOf]] / extensibility (10.1.1 - 10.1.4) --
    def get_prototype_of(self) -> "JSObject | None":
        return self.proto

    def set_prototype_of(self, v: "JSObject | None") -> bool:
        """OrdinarySetPrototypeOf (10.1.2.1)."""
        if v is self.proto:
            return True
        if not self.extensible:
            return False
        p = v
        while p is not None:
            if p is self:
                return False
            if type(p).get_prototype_of is not JSObject.get_prototype_of:
                break  # a Proxy: stop the cycle check here, as the spec does
            p = p.proto
        if self.shape.watched:  # a cached prototype chain changes (shapes.PROTO_EPOCH)
            leave_watched()
        self.proto = v
        return True

    def is_extensible(self) -> bool:
        return self.extensible

    def prevent_extensions(self) -> bool:
        self.extensible = False
        return True

    # -- [[GetOwnProperty]] (10.1.5) --
    def get_own_property(self, key) -> PropertyDescriptor | None:
        el = self.elements
        if el is not None:
            i = array_index(key)
            if i >= 0:
                if i < len(el) and el[i] is not HOLE:
                    return PropertyDescriptor(value=el[i], writable=True, enumerable=True, configurable=True)
                return None
        idx = self.shape.table.get(key)
        if idx is None:
            return None
        return _desc_from_slot(self.slots[idx], self.shape.flags[idx])

    # -- [[DefineOwnProperty]] (10.1.6) --
    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        """OrdinaryDefineOwnProperty -> ValidateAndApplyPropertyDescriptor (10.1.6.3)."""
        current = self.get_own_property(key)
        return self.validate_and_apply(key, self.extensible, desc, current)

    def validate_and_apply(self, key, extensible: bool, desc: PropertyDescriptor,
                           current: PropertyDescriptor | None) -> bool:
        """ValidateAndApplyPropertyDescriptor (10.1.6.3)."""
        # 2. If current is undefined: create the property if extensible.
        if current is None:
            if not extensible:
                return False
            if desc.is_accessor():
                flags = _flags_from_desc(desc, 0)
                value = Accessor(None if desc.get is ABSENT else desc.get,
                                 None if desc.set is ABSENT else desc.set)
            else:
                flags = _flags_from_desc(desc, 0)
                value = None if desc.value is ABSENT else desc.value
            self._add_property(key, value, flags)
            return True
        # 4-5. If current.[[Configurable]] is false, reject incompatible changes.
        if not is_compatible_property_descriptor(extensible, desc, current):
            return False
        # 6. Apply the change.
        self._update_property(key, desc, current)
        return True

    def _add_property(self, key, value, flags: int) -> None:
        i = array_index(key)
        if i >= 0 and not self.sparse:
            if flags == DEFAULT:
                el = self.elements
                if el is None:
                    el = self.elements = []
                n = len(el)
                if i < n:
                    el[i] = value
                    return
                if i - n <= MAX_HOLE_RUN:
                    if i > n:
                        el.extend([HOLE] * (i - n))
                    el.append(value)
                    if n >> CHUNK_BITS != (i + 1) >> CHUNK_BITS:  # crossed a multiple of CHUNK
                        grown(el)
                    return
            self.make_sparse()
        self.shape = self.shape.add(key, flags)
        self.slots.append(value)

    def _update_property(self, key, desc: PropertyDescriptor, current: PropertyDescriptor) -> None:
        el = self.elements
        if el is not None:
            i = array_index(key)
            if i >= 0:
                if (desc.is_accessor() or desc.writable is False or desc.enumerable is False
                        or desc.configurable is False):
                    self.make_sparse()
                else:
                    if desc.value is not ABSENT:
                        el[i] = desc.value
                    return
        shape = self.shape
        idx = shape.table[key]
        old = shape.flags[idx]
        flags = _flags_from_desc(desc, old)
        if desc.is_accessor():
            acc = self.slots[idx] if old & ACCESSOR else Accessor()
            if desc.get is not ABSENT:
                acc.get = desc.get
            if desc.set is not ABSENT:
                acc.set = desc.set
            self.slots[idx] = acc
        elif desc.is_data():
            if old & ACCESSOR:
                self.slots[idx] = None
            if desc.value is not ABSENT:
                self.slots[idx] = desc.value
        if flags != old:
            self.shape = shape.with_flags(key, flags)

    def make_sparse(self) -> None:
        """Move every element into the shape as a named property (slow elements)."""
        el = self.elements
        self.elements = None
        self.sparse = True
        if el:
            shape = self.shape
            for i, v in enumerate(el):
                if v is not HOLE:
                    shape = shape.add(str(i), DEFAULT)
                    self.slots.append(v)
            self.shape = shape

    # -- [[HasProperty]] (10.1.7) --
    def has_property(self, key) -> bool:
        """OrdinaryHasProperty (10.1.7.1); an exotic parent answers through its own method."""
        o = self
        while True:
            if o.exotic:
                if o.get_own_property(key) is not None:
                    return True
            elif o.has_own_fast(key):
                return True
            o = o.get_prototype_of()
            if o is None:
                return False
            if o.exotic:
                return o.has_property(key)

    def has_own_fast(self, key) -> bool:
        el = self.elements
        if el is not None:
            i = array_index(key)
            if i >= 0:
                return i < len(el) and el[i] is not HOLE
        return key in self.shape.table

    # -- [[Get]] (10.1.8) --
    def get(self, key, receiver=None) -> Any:
        """OrdinaryGet (10.1.8.1), walking the prototype chain; exotic objects answer for themselves."""
        if receiver is None:
            receiver = self
        o = self
        if o.exotic:
            return o.get_exotic(key, receiver)
        while True:
            el = o.elements
            if el is not None and type(key) is str:
                i = array_index(key)
                if i >= 0:
                    if i < len(el):
                        v = el[i]
                        if v is not HOLE:
                            return v
                    o = o.proto
                    if o is None:
                        return None
                    if o.exotic:
                        return o.get(key, receiver)
                    continue
            shape = o.shape
            idx = shape.table.get(key)
            if idx is not None:
                if shape.flags[idx] & ACCESSOR:
                    getter = o.slots[idx].get
                    if getter is None:
                        return None
                    return getter.call(receiver, [])
                return o.slots[idx]
            o = o.proto
            if o is None:
                return None
            if o.exotic:
                return o.get(key, receiver)

    def get_exotic(self, key, receiver) -> Any:
        """[[Get]] of an exotic object: its own property via get_own_property, then its parent."""
        desc = self.get_own_property(key)
        if desc is None:
            p = self.get_prototype_of()
            return None if p is None else p.get(key, receiver)
        if desc.is_accessor():
            return None if desc.get is None else desc.get.call(receiver, [])
        return desc.value

    # -- [[Set]] (10.1.9) --
    def set(self, key, value, receiver=None) -> bool:
        """OrdinarySet (10.1.9.1) with a fast path for an own writable data property."""
        if receiver is None or receiver is self:
            receiver = self
            if not self.exotic:
                el = self.elements
                i = -1 if el is None else array_index(key)
                if i >= 0:
                    if i < len(el) and el[i] is not HOLE:
                        el[i] = value
                        return True
                else:
                    shape = self.shape
                    idx = shape.table.get(key)
                    if idx is not None and shape.flags[idx] & (WRITABLE | ACCESSOR) == WRITABLE:
                        self.slots[idx] = value
                        return True
        own = self.get_own_property(key)
        return self.ordinary_set_with_own(key, value, receiver, own)

    def ordinary_set_with_own(self, key, value, receiver, own: PropertyDescriptor | None) -> bool:
        """OrdinarySetWithOwnDescriptor (10.1.9.2)."""
        if own is None:
            parent = self.get_prototype_of()
            if parent is not None:
                return parent.set(key, value, receiver)
            own = PropertyDescriptor(value=None, writable=True, enumerable=True, configurable=True)
        if own.is_data():
            if not own.writable:
                return False
            if not isinstance(receiver, JSObject):
                return False
            existing = receiver.get_own_property(key)
            if existing is not None:
                if existing.is_accessor() or not existing.writable:
                    return False
                return receiver.define_own_property(key, PropertyDescriptor(value=value))
            return receiver.define_own_property(
                key, PropertyDescriptor(value=value, writable=True, enumerable=True, configurable=True))
        setter = own.set
        if setter is None or setter is ABSENT:
            return False
        setter.call(receiver, [value])
        return True

    # -- [[Delete]] (10.1.10) --
    def delete(self, key) -> bool:
        el = self.elements
        if el is not None:
            i = array_index(key)
            if i >= 0:
                if i < len(el):
                    if i == len(el) - 1:
                        el.pop()
                    else:
                        el[i] = HOLE
                return True
        shape = self.shape
        idx = shape.table.get(key)
        if idx is None:
            return True
        if not shape.flags[idx] & CONFIGURABLE:
            return False
        self.shape, idx = shape.remove(key)
        del self.slots[idx]
        return True

    # -- [[OwnPropertyKeys]] (10.1.11) --
    def own_property_keys(self) -> list:
        """Integer indices ascending, then strings in insertion order, then symbols."""
        keys: list = []
        el = self.elements
        if el is not None:
            keys = [str(i) for i, v in enumerate(el) if v is not HOLE]
        names = self.shape.keys
        if self.sparse:
            idx = sorted((array_index(k), k) for k in names if array_index(k) >= 0)
            keys.extend(k for _, k in idx)
            keys.extend(k for k in names if type(k) is str and array_index(k) < 0)
        else:
            keys.extend(k for k in names if type(k) is str)
        keys.extend(k for k in names if type(k) is JSSymbol)
        return keys

    # -- conveniences for builtins --
    def define_data(self, key, value, flags: int = WRITABLE | CONFIGURABLE) -> None:
        """Create or overwrite a data property with ``flags`` (builtin setup; no checks)."""
        if key in self.shape.table:
            self.define_own_property(key, _desc_from_slot(value, flags))
        else:
            self._add_property(key, value, flags)

    def define_accessor(self, key, get=None, set=None, flags: int = CONFIGURABLE) -> None:
        """Create an accessor property (builtin setup; no checks)."""
        self.define_own_property(key, PropertyDescriptor(
            get=get, set=set, enumerable=bool(flags & ENUMERABLE), configurable=bool(flags & CONFIGURABLE)))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.class_name}>"


class JSArray(JSObject):
    """The Array exotic object (10.4.2). ``length`` is kept in a field, not a slot."""

    __slots__ = ("length", "length_writable")
    exotic = True
    named_ordinary = True
    class_name = "Array"

    def __init__(self, proto: JSObject | None, values: list | None = None) -> None:
        super().__init__(proto)
        self.elements = values if values is not None else []
        self.length = n = len(self.elements)
        self.length_writable = True
        if n >= CHUNK:  # built by a built-in: count it (runtime/memory.py)
            charge(n * SLOT_BYTES)

    def get_own_property(self, key) -> PropertyDescriptor | None:
        if key == "length":
            return PropertyDescriptor(value=float(self.length), writable=self.length_writable,
                                      enumerable=False, configurable=False)
        return JSObject.get_own_property(self, key)

    def has_own_fast(self, key) -> bool:
        return key == "length" or JSObject.has_own_fast(self, key)

    def get_exotic(self, key, receiver) -> Any:
        if key == "length":
            return float(self.length)
        el = self.elements
        if el is not None:
            i = array_index(key)
            if i >= 0:
                if i < len(el) and el[i] is not HOLE:
                    return el[i]
                p = self.proto
                return None if p is None else p.get(key, receiver)
        shape = self.shape
        idx = shape.table.get(key)
        if idx is not None:
            if shape.flags[idx] & ACCESSOR:
                getter = self.slots[idx].get
                return None if getter is None else getter.call(receiver, [])
            return self.slots[idx]
        p = self.proto
        return None if p is None else p.get(key, receiver)

    def set(self, key, value, receiver=None) -> bool:
        if (receiver is None or receiver is self) and type(key) is str:
            if key == "length":
                if not self.length_writable:
                    return False
                return self.array_set_length(PropertyDescriptor(value=value))
            el = self.elements
            if el is not None:
                i = array_index(key)
                if i >= 0 and i < len(el) and el[i] is not HOLE:
                    el[i] = value
                    return True
        return JSObject.set(self, key, value, receiver)

    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        """[[DefineOwnProperty]] for arrays (10.4.2.1)."""
        if key == "length":
            return self.array_set_length(desc)
        i = array_index(key)
        if i >= 0:
            if i >= self.length and not self.length_writable:
                return False
            if not JSObject.define_own_property(self, key, desc):
                return False
            if i >= self.length:
                self.length = i + 1
            return True
        return JSObject.define_own_property(self, key, desc)

    def array_set_length(self, desc: PropertyDescriptor) -> bool:
        """ArraySetLength (10.4.2.4); a length that is not a uint32 throws a RangeError."""
        if desc.value is ABSENT:
            return self._length_attrs(desc)
        new_len = to_array_length(desc.value)
        if desc.configurable is True or desc.enumerable is True or desc.is_accessor():
            return False
        if new_len >= self.length:
            if not self.length_writable and new_len != self.length:
                return False
            self.length = new_len
            return self._length_attrs(desc)
        if not self.length_writable:
            return False
        ok = self._truncate(new_len)
        self._length_attrs(desc)
        return ok

    def _length_attrs(self, desc: PropertyDescriptor) -> bool:
        if desc.configurable is True or desc.enumerable is True or desc.is_accessor():
            return False
        if desc.writable is True and not self.length_writable:
            return False
        if desc.writable is False:
            self.length_writable = False
        return True

    def _truncate(self, new_len: int) -> bool:
        el = self.elements
        if el is not None:
            del el[new_len:]
            self.length = new_len
            return True
        # sparse: delete index keys from the top down; stop at a non-configurable one
        idx = sorted((array_index(k) for k in self.shape.keys if array_index(k) >= new_len), reverse=True)
        for i in idx:
            if not JSObject.delete(self, str(i)):
                self.length = i + 1
                return False
        self.length = new_len
        return True

    def own_property_keys(self) -> list:
        keys = JSObject.own_property_keys(self)
        n = sum(1 for k in keys if array_index(k) >= 0)
        keys.insert(n, "length")
        return keys

    def delete(self, key) -> bool:
        if key == "length":
            return False
        return JSObject.delete(self, key)


def to_array_length(v) -> int:
    """The new length of ArraySetLength (10.4.2.4 steps 3-5): ToUint32(v), which must equal
    ToNumber(v), else a RangeError "Invalid array length"."""
    if type(v) is float and 0.0 <= v <= 4294967295.0 and v.is_integer():
        return int(v)
    from .conversions import to_number, to_uint32
    from .errors import throw_range_error
    n = to_uint32(v)
    if n != to_number(v):
        throw_range_error("Invalid array length")
    return n


class JSPrimitiveWrapper(JSObject):
    """A Boolean, Number, BigInt or Symbol wrapper object; ``value`` is the wrapped primitive
    ([[BooleanData]], [[NumberData]], ...). The String exotic object subclasses it."""

    __slots__ = ("value",)

    def __init__(self, proto: JSObject | None, value) -> None:
        super().__init__(proto)
        self.value = value

    @property
    def class_name(self) -> str:
        return _WRAPPER_CLASS.get(type(self.value), "Object")


_WRAPPER_CLASS = {bool: "Boolean", float: "Number", int: "BigInt", str: "String", JSSymbol: "Symbol"}


class ImmutablePrototypeObject(JSObject):
    """An immutable prototype exotic object (10.4.7), used for %Object.prototype%. It keeps
    ordinary semantics otherwise, so it is not marked ``exotic``."""

    __slots__ = ()

    def set_prototype_of(self, v: "JSObject | None") -> bool:
        return v is self.proto


def is_compatible_property_descriptor(extensible: bool, desc: PropertyDescriptor,
                                      current: PropertyDescriptor | None) -> bool:
    """IsCompatiblePropertyDescriptor (10.1.6.2): ValidateAndApplyPropertyDescriptor without
    an object to apply to."""
    if current is None:
        return extensible
    if current.configurable is False:
        if desc.configurable is True:
            return False
        if desc.enumerable is not ABSENT and desc.enumerable != current.enumerable:
            return False
        if not desc.is_generic() and desc.is_accessor() != current.is_accessor():
            return False
        if current.is_accessor():
            if desc.get is not ABSENT and desc.get is not current.get:
                return False
            if desc.set is not ABSENT and desc.set is not current.set:
                return False
        elif current.writable is False:
            if desc.writable is True:
                return False
            if desc.value is not ABSENT and not same_value(desc.value, current.value):
                return False
    return True


def same_value(x, y) -> bool:
    """SameValue (7.2.10)."""
    if type(x) is float and type(y) is float:
        if x != x:
            return y != y
        if x == 0.0 and y == 0.0:
            return str(x) == str(y)
        return x == y
    if type(x) is not type(y):
        return False
    if isinstance(x, (JSObject, JSSymbol)) or x is None or x is JSNull:
        return x is y
    return x == y
