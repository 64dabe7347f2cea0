"""Typed arrays (ECMA-262 23.2): %TypedArray%, its prototype, and the eleven concrete kinds as
TypedArray exotic objects (10.4.5). ArrayBuffer and DataView live in array_buffer.py and are
installed from here.
"""
from __future__ import annotations

import math
from functools import cmp_to_key
from typing import Any

from ..access import (call, construct, create_array_from_list, describe_value, get_method,
                      get_prototype_from_constructor, is_callable, is_constructor, length_of_array_like,
                      species_constructor)
from ..conversions import (canonical_numeric_index_string, to_boolean, to_index, to_integer_or_infinity,
                           to_number, to_object, to_string)
from ..errors import throw_range_error, throw_type_error
from ..function import arg, define_getter, define_method, make_constructor
from ..iteration import iterate_to_list
from ..objects import ABSENT, JSObject, PropertyDescriptor, array_index, is_compatible_property_descriptor
from ..operators import same_value_zero, strict_equals
from ..realm import current_realm
from ..values import WellKnown
# detach_array_buffer is looked up here by the test262 host ($262.detachArrayBuffer).
from .array_buffer import (ELEMENT_TYPES, ArrayBufferObject, ElementType, allocate_array_buffer,  # noqa: F401
                           allocate_immutable_array_buffer, detach_array_buffer, setup_buffers)
from .iterator import create_array_iterator

ORDER = 21


class TypedArrayObject(JSObject):
    """A TypedArray exotic object: ``etype`` (ElementType), ``buffer``, ``byte_offset`` and
    ``array_length`` (None when it tracks a resizable buffer's length)."""

    __slots__ = ("etype", "buffer", "byte_offset", "array_length")
    exotic = True
    is_view = True

    def __init__(self, proto: JSObject | None, etype: ElementType, buffer: ArrayBufferObject, byte_offset: int,
                 array_length: int | None) -> None:
        super().__init__(proto)
        self.etype = etype
        self.buffer = buffer
        self.byte_offset = byte_offset
        self.array_length = array_length
        self.class_name = etype.name + "Array"

    # -- lengths (23.2.4 TypedArray With Buffer Witness Records, simplified) --
    def length_or_none(self) -> int | None:
        """TypedArrayLength, or None when the array is out of bounds or detached."""
        buf = self.buffer
        data = buf.data
        if data is None:
            return None
        n = len(data)
        if self.byte_offset > n:
            return None
        if self.array_length is None:
            return (n - self.byte_offset) // self.etype.size
        if self.byte_offset + self.array_length * self.etype.size > n:
            return None
        return self.array_length

    def current_length(self) -> int:
        n = self.length_or_none()
        return 0 if n is None else n

    def typed_array_length(self) -> int:
        """For the array iterator: throws when detached or out of bounds."""
        n = self.length_or_none()
        if n is None:
            throw_type_error("Cannot perform %TypedArray%.prototype.values on a detached ArrayBuffer")
        return n

    def inspect_values(self) -> list:
        return [self.get_index(i) for i in range(self.current_length())]

    # -- element access --
    def get_index(self, i: int) -> Any:
        """TypedArrayGetElement for a valid index."""
        t = self.etype
        return t.read(self.buffer.data, self.byte_offset + i * t.size)

    def valid_index(self, index: float) -> int:
        """IsValidIntegerIndex (10.4.5.14): the index as an int, or -1."""
        if index != index or index in (math.inf, -math.inf) or index != math.floor(index) \
                or (index == 0 and math.copysign(1, index) < 0):
            return -1
        n = self.length_or_none()
        if n is None or index < 0 or index >= n:
            return -1
        return int(index)

    def get_element(self, index: float) -> Any:
        """TypedArrayGetElement (10.4.5.16): undefined unless the index is valid."""
        i = self.valid_index(index)
        return self.get_index(i) if i >= 0 else None

    def set_element(self, index: float, value: Any) -> None:
        """TypedArraySetElement (10.4.5.17): convert first, then store if still valid."""
        v = self.etype.convert(value)
        i = self.valid_index(index)
        if i >= 0:
            t = self.etype
            t.write(self.buffer.data, self.byte_offset + i * t.size, v)

    def _numeric(self, key) -> float | None:
        if type(key) is not str:
            return None
        i = array_index(key)
        if i >= 0:
            return float(i)
        return canonical_numeric_index_string(key)

    # -- internal methods (10.4.5.1 - 10.4.5.7) --
    def get_own_property(self, key) -> PropertyDescriptor | None:
        n = self._numeric(key)
        if n is None:
            return JSObject.get_own_property(self, key)
        i = self.valid_index(n)
        if i < 0:
            return None
        return PropertyDescriptor(value=self.get_index(i), writable=True, enumerable=True, configurable=True)

    def has_property(self, key) -> bool:
        n = self._numeric(key)
        if n is None:
            return JSObject.has_property(self, key)
        return self.valid_index(n) >= 0

    def has_own_fast(self, key) -> bool:
        return self.get_own_property(key) is not None

    def prevent_extensions(self) -> bool:
        """[[PreventExtensions]] (10.4.5.1): refused unless IsTypedArrayFixedLength, since the
        index properties of a view on a resizable buffer may still appear."""
        if self.array_length is None or self.buffer.max_byte_length is not None:
            return False
        return JSObject.prevent_extensions(self)

    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        n = self._numeric(key)
        if n is None:
            return JSObject.define_own_property(self, key, desc)
        if self.valid_index(n) < 0:
            return False
        if desc.configurable is False or desc.enumerable is False or desc.is_accessor() or desc.writable is False:
            return False
        if desc.value is not ABSENT:
            self.set_element(n, desc.value)
        return True

    def get_exotic(self, key, receiver) -> Any:
        n = self._numeric(key)
        if n is None:
            return JSObject.get_exotic(self, key, receiver)
        return self.get_element(n)

    def get(self, key, receiver=None) -> Any:
        return self.get_exotic(key, self if receiver is None else receiver)

    def set(self, key, value, receiver=None) -> bool:
        n = self._numeric(key)
        if n is not None:
            if receiver is None or receiver is self:
                self.set_element(n, value)
                return True
            if self.valid_index(n) < 0:
                return True
        return JSObject.set(self, key, value, receiver)

    def delete(self, key) -> bool:
        n = self._numeric(key)
        if n is None:
            return JSObject.delete(self, key)
        return self.valid_index(n) < 0

    def own_property_keys(self) -> list:
        keys = [str(i) for i in range(self.current_length())]
        return keys + JSObject.own_property_keys(self)


class ImmutableTypedArrayObject(TypedArrayObject):
    """A TypedArray whose buffer is immutable (IsImmutableBuffer(O.[[ViewedArrayBuffer]]) is
    true, which never changes for a view): its elements are non-writable, non-configurable data
    properties. A class of its own so that code specialized on TypedArrayObject (tier 2 stores
    into the buffer after an exact class check) never sees it."""

    __slots__ = ()

    def set_element(self, index: float, value: Any) -> None:
        raise AssertionError("TypedArraySetElement on an immutable buffer")  # step 1's assertion

    def get_own_property(self, key) -> PropertyDescriptor | None:
        """[[GetOwnProperty]] (10.4.5.1, as the proposal amends it): [[Writable]] and
        [[Configurable]] are false for an immutable buffer's elements."""
        d = TypedArrayObject.get_own_property(self, key)
        if d is not None and self._numeric(key) is not None:
            d.writable = d.configurable = False
        return d

    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        """[[DefineOwnProperty]] (10.4.5.3, amended): redefining an element succeeds only when
        it changes nothing (ValidateAndApplyPropertyDescriptor with the current descriptor;
        never a conversion of the new value)."""
        n = self._numeric(key)
        if n is None:
            return JSObject.define_own_property(self, key, desc)
        if self.valid_index(n) < 0:
            return False
        return is_compatible_property_descriptor(False, desc, self.get_own_property(key))

    def set(self, key, value, receiver=None) -> bool:
        """[[Set]] (10.4.5.5, amended): a store to a numeric key fails."""
        if self._numeric(key) is not None:
            return False
        return JSObject.set(self, key, value, receiver)


def typed_array_class(buffer: ArrayBufferObject) -> type:
    """The Python class of a TypedArray viewing ``buffer``."""
    return ImmutableTypedArrayObject if buffer.immutable else TypedArrayObject


def immutable_uint8_array(realm: Any, data: bytes) -> ImmutableTypedArrayObject:
    """A Uint8Array of ``realm`` over a new immutable ArrayBuffer holding ``data`` (the value of
    a bytes module, import-bytes proposal: AllocateImmutableArrayBuffer, then
    Construct(%Uint8Array%, « buffer »))."""
    buf = allocate_immutable_array_buffer(len(data), data, 0, len(data), realm)
    return ImmutableTypedArrayObject(realm.intrinsics["%Uint8Array.prototype%"], ELEMENT_TYPES["Uint8"], buf, 0,
                                     len(data))


# ---------------------------------------------------------------------------------------------
# Abstract operations (23.2.4, 23.2.5)
# ---------------------------------------------------------------------------------------------

def validate_typed_array(o: Any, method: str, write: bool = False) -> tuple[TypedArrayObject, int]:
    """ValidateTypedArray (23.2.4.4; ``write``: the proposal's accessMode ~write~): the array
    and its length."""
    if not isinstance(o, TypedArrayObject):
        throw_type_error("this is not a typed array.")
    # 4. If accessMode is ~write~ and IsImmutableBuffer(O.[[ViewedArrayBuffer]]) is true, throw a TypeError.
    if write and o.buffer.immutable:
        throw_type_error(f"Cannot perform {method} on a typed array backed by an immutable ArrayBuffer")
    n = o.length_or_none()
    if n is None:
        throw_type_error(f"Cannot perform {method} on a detached ArrayBuffer")
    return o, n


def _allocate(ctor: JSObject, etype: ElementType, length: int, default_proto: str) -> TypedArrayObject:
    """AllocateTypedArray (23.2.5.1.1) with a fresh buffer of ``length`` elements."""
    return _allocate_buffer(get_prototype_from_constructor(ctor, default_proto), etype, length)


def _allocate_buffer(proto: JSObject, etype: ElementType, length: int) -> TypedArrayObject:
    """AllocateTypedArrayBuffer (23.2.5.1.6) for a typed array with prototype ``proto``."""
    if length * etype.size > 2 ** 32:
        throw_range_error(f"Invalid typed array length: {length}")
    realm = current_realm()
    buf = allocate_array_buffer(realm.intrinsics["%ArrayBuffer%"], length * etype.size)
    return TypedArrayObject(proto, etype, buf, 0, length)


def typed_array_create(ctor: JSObject, args: list, method: str = "", write: bool = False) -> TypedArrayObject:
    """TypedArrayCreateFromConstructor (23.2.4.2; ``write``: accessMode ~write~)."""
    new = construct(ctor, args)
    ta, n = validate_typed_array(new, method, write)
    if len(args) == 1 and type(args[0]) is float and n < args[0]:
        throw_type_error("Derived TypedArray constructor created an array which was too small")
    return ta


def typed_array_species_create(exemplar: TypedArrayObject, args: list, method: str,
                               write: bool = False) -> TypedArrayObject:
    """TypedArraySpeciesCreate (23.2.4.1; ``write``: accessMode ~write~)."""
    realm = current_realm()
    default = realm.intrinsics[f"%{exemplar.class_name}%"]
    c = species_constructor(exemplar, default)
    result = typed_array_create(c, args, method, write)
    if result.etype.bigint != exemplar.etype.bigint:
        throw_type_error(f"Content type of the species constructor result does not match {exemplar.class_name}")
    return result


def _init_from_list(ta: TypedArrayObject, values: list) -> None:
    for i, v in enumerate(values):
        ta.set_element(float(i), v)


def _construct_typed_array(etype: ElementType, args: list, new_target: Any) -> TypedArrayObject:
    """TypedArray (...args) (23.2.5.1)."""
    name = etype.name + "Array"
    default_proto = f"%{name}.prototype%"
    first = arg(args, 0)
    if not isinstance(first, JSObject):
        n = to_integer_or_infinity(first)
        if n < 0 or n > 2 ** 53 - 1:
            throw_range_error(f"Invalid typed array length: {to_string(first)}")
        length = to_index(first)
        return _allocate(new_target, etype, length, default_proto)
    if isinstance(first, TypedArrayObject):
        src, n = validate_typed_array(first, f"Construct {name}")
        if src.etype.bigint != etype.bigint:
            throw_type_error(f"Content type of {src.class_name} does not match {name}")
        ta = _allocate(new_target, etype, n, default_proto)
        _init_from_list(ta, [src.get_index(i) for i in range(n)])
        return ta
    if isinstance(first, ArrayBufferObject):
        proto = get_prototype_from_constructor(new_target, default_proto)
        size = etype.size
        offset = to_index(arg(args, 1), "Start offset {} is outside the bounds of the buffer")
        if offset % size:
            throw_range_error(f"start offset of {name} should be a multiple of {size}")
        length_arg = arg(args, 2)
        new_length = None if length_arg is None else to_index(length_arg, "Invalid typed array length: {}")
        if first.detached:
            throw_type_error(f"Cannot perform Construct on a detached ArrayBuffer")
        buf_len = first.byte_length()
        if new_length is None and first.max_byte_length is not None:
            if offset > buf_len:
                throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
            return typed_array_class(first)(proto, etype, first, offset, None)
        if new_length is None:
            if buf_len % size:
                throw_range_error(f"byte length of {name} should be a multiple of {size}")
            if offset > buf_len:
                throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
            new_length = (buf_len - offset) // size
        elif offset + new_length * size > buf_len:
            throw_range_error(f"Invalid typed array length: {new_length}")
        return typed_array_class(first)(proto, etype, first, offset, new_length)
    # an iterable or an array-like object: the prototype is read first, and an array-like's
    # length is checked by the allocation before any element is read
    proto = get_prototype_from_constructor(new_target, default_proto)
    method = get_method(first, WellKnown.iterator)
    if method is not None:
        values = iterate_to_list(first, method)
        ta = _allocate_buffer(proto, etype, len(values))
        _init_from_list(ta, values)
        return ta
    n = length_of_array_like(first)
    ta = _allocate_buffer(proto, etype, n)
    for i in range(n):
        ta.set_element(float(i), first.get(str(i), first))
    return ta


# ---------------------------------------------------------------------------------------------
# %TypedArray%.prototype (23.2.3)
# ---------------------------------------------------------------------------------------------

def _callback(v: Any) -> Any:
    if not is_callable(v):
        throw_type_error(f"{describe_value(v)} is not a function")
    return v


def _rel(v: Any, length: int, default: int) -> int:
    if v is None:
        return default
    n = to_integer_or_infinity(v)
    if n < 0:
        return int(max(length + n, 0))
    return int(min(n, length))


def _sort_key(etype: ElementType, comparefn: Any):
    if comparefn is not None:
        def cmp(x, y):
            v = to_number(call(comparefn, None, [x, y]))
            return 0 if v != v else (-1 if v < 0 else (1 if v > 0 else 0))
        return cmp_to_key(cmp)
    if etype.bigint:
        return None
    # numeric order; -0 before +0; NaN last
    return lambda x: (1, 0.0, 0) if x != x else (0, x, 0 if math.copysign(1, x) < 0 else 1)


def _get_all(ta: TypedArrayObject, n: int) -> list:
    return [ta.get_index(i) for i in range(min(n, ta.current_length()))]


def _setup_prototype(realm: Any, proto: JSObject) -> None:
    P = "%TypedArray%.prototype."

    def v(this, name, write=False):
        return validate_typed_array(this, P + name, write)

    def getter(name, fn):
        define_getter(proto, realm, name, fn)

    def buffer(this, args):
        if not isinstance(this, TypedArrayObject):
            throw_type_error("this is not a typed array.")
        return this.buffer

    def byte_length(this, args):
        if not isinstance(this, TypedArrayObject):
            throw_type_error("this is not a typed array.")
        return float(this.current_length() * this.etype.size)

    def byte_offset(this, args):
        if not isinstance(this, TypedArrayObject):
            throw_type_error("this is not a typed array.")
        return 0.0 if this.length_or_none() is None else float(this.byte_offset)

    def length(this, args):
        if not isinstance(this, TypedArrayObject):
            throw_type_error("this is not a typed array.")
        return float(this.current_length())

    def to_string_tag(this, args):
        return this.class_name if isinstance(this, TypedArrayObject) else None

    getter("buffer", buffer)
    getter("byteLength", byte_length)
    getter("byteOffset", byte_offset)
    getter("length", length)
    define_getter(proto, realm, WellKnown.toStringTag, to_string_tag)

    def at(this, args):
        ta, n = v(this, "at")
        k = to_integer_or_infinity(arg(args, 0))
        k = k if k >= 0 else n + k
        return ta.get(str(int(k)), ta) if 0 <= k < n else None

    def copy_within(this, args):
        ta, n = v(this, "copyWithin", write=True)
        to = _rel(arg(args, 0), n, 0)
        start = _rel(arg(args, 1), n, 0)
        end = _rel(arg(args, 2), n, n)
        count = min(end - start, n - to)
        if count > 0:
            n2 = ta.current_length()
            if n2 == 0 and ta.length_or_none() is None:
                throw_type_error("Cannot perform %TypedArray%.prototype.copyWithin on a detached ArrayBuffer")
            count = min(count, n2 - start, n2 - to)
            if count > 0:
                size = ta.etype.size
                data = ta.buffer.data
                base = ta.byte_offset
                data[base + to * size:base + (to + count) * size] = data[base + start * size:base + (start + count) * size]
        return ta

    def entries(this, args):
        ta, _ = v(this, "entries")
        return create_array_iterator(realm, ta, "key+value")

    def keys(this, args):
        ta, _ = v(this, "keys")
        return create_array_iterator(realm, ta, "key")

    def values(this, args):
        ta, _ = v(this, "values")
        return create_array_iterator(realm, ta, "value")

    def every(this, args):
        ta, n = v(this, "every")
        f, t = _callback(arg(args, 0)), arg(args, 1)
        return all(to_boolean(call(f, t, [ta.get(str(i), ta), float(i), ta])) for i in range(n))

    def some(this, args):
        ta, n = v(this, "some")
        f, t = _callback(arg(args, 0)), arg(args, 1)
        return any(to_boolean(call(f, t, [ta.get(str(i), ta), float(i), ta])) for i in range(n))

    def fill(this, args):
        ta, n = v(this, "fill", write=True)
        value = ta.etype.convert(arg(args, 0))
        start = _rel(arg(args, 1), n, 0)
        end = _rel(arg(args, 2), n, n)
        ta, n = v(this, "fill")
        end = min(end, n)
        t = ta.etype
        for i in range(start, end):
            t.write(ta.buffer.data, ta.byte_offset + i * t.size, value)
        return ta

    def filter_(this, args):
        ta, n = v(this, "filter")
        f, t = _callback(arg(args, 0)), arg(args, 1)
        kept = []
        for i in range(n):
            x = ta.get(str(i), ta)
            if to_boolean(call(f, t, [x, float(i), ta])):
                kept.append(x)
        a = typed_array_species_create(ta, [float(len(kept))], P + "filter", write=True)
        _init_from_list(a, kept)
        return a

    def finder(name: str, reverse: bool, want_index: bool):
        def find(this, args):
            ta, n = v(this, name)
            f, t = _callback(arg(args, 0)), arg(args, 1)
            for i in (range(n - 1, -1, -1) if reverse else range(n)):
                x = ta.get(str(i), ta)
                if to_boolean(call(f, t, [x, float(i), ta])):
                    return float(i) if want_index else x
            return -1.0 if want_index else None
        return find

    def for_each(this, args):
        ta, n = v(this, "forEach")
        f, t = _callback(arg(args, 0)), arg(args, 1)
        for i in range(n):
            call(f, t, [ta.get(str(i), ta), float(i), ta])

    def includes(this, args):
        ta, n = v(this, "includes")
        if n == 0:
            return False
        k = _rel(arg(args, 1), n, 0)
        target = arg(args, 0)
        return any(same_value_zero(ta.get(str(i), ta), target) for i in range(k, n))

    def index_of(this, args):
        ta, n = v(this, "indexOf")
        if n == 0:
            return -1.0
        k = _rel(arg(args, 1), n, 0)
        target = arg(args, 0)
        for i in range(k, n):
            if ta.valid_index(float(i)) >= 0 and strict_equals(ta.get_index(i), target):
                return float(i)
        return -1.0

    def last_index_of(this, args):
        ta, n = v(this, "lastIndexOf")
        if n == 0:
            return -1.0
        k = n - 1 if len(args) < 2 else to_integer_or_infinity(args[1])
        k = min(k, n - 1) if k >= 0 else n + k
        target = arg(args, 0)
        i = int(k) if k != -math.inf else -1
        while i >= 0:
            if ta.valid_index(float(i)) >= 0 and strict_equals(ta.get_index(i), target):
                return float(i)
            i -= 1
        return -1.0

    def join(this, args):
        ta, n = v(this, "join")
        sep = "," if arg(args, 0) is None else to_string(arg(args, 0))
        out = []
        for i in range(n):
            x = ta.get(str(i), ta)
            out.append("" if x is None else to_string(x))
        return sep.join(out)

    def map_(this, args):
        ta, n = v(this, "map")
        f, t = _callback(arg(args, 0)), arg(args, 1)
        a = typed_array_species_create(ta, [float(n)], P + "map", write=True)
        for i in range(n):
            a.set(str(i), call(f, t, [ta.get(str(i), ta), float(i), ta]), a)
        return a

    def reducer(name: str, right: bool):
        def reduce(this, args):
            ta, n = v(this, name)
            f = _callback(arg(args, 0))
            order = list(range(n - 1, -1, -1) if right else range(n))
            if len(args) >= 2:
                acc = args[1]
            else:
                if not order:
                    throw_type_error("Reduce of empty array with no initial value")
                acc = ta.get(str(order.pop(0)), ta)
            for i in order:
                acc = call(f, None, [acc, ta.get(str(i), ta), float(i), ta])
            return acc
        return reduce

    def reverse(this, args):
        ta, n = v(this, "reverse", write=True)
        vals = _get_all(ta, n)
        vals.reverse()
        for i, x in enumerate(vals):
            ta.set_element(float(i), x)
        return ta

    def set_(this, args):
        """%TypedArray%.prototype.set (23.2.3.26)."""
        if not isinstance(this, TypedArrayObject):
            throw_type_error("this is not a typed array.")
        # 5. If IsImmutableBuffer(target.[[ViewedArrayBuffer]]) is true, throw a TypeError exception.
        if this.buffer.immutable:
            throw_type_error(f"Cannot perform {P}set on a typed array backed by an immutable ArrayBuffer")
        source = arg(args, 0)
        offset = to_integer_or_infinity(arg(args, 1))
        if offset < 0:
            throw_range_error("offset is out of bounds")
        ta, n = v(this, "set")
        if isinstance(source, TypedArrayObject):
            src, src_len = validate_typed_array(source, P + "set")
            if src.etype.bigint != ta.etype.bigint:
                throw_type_error(f"Content type of {src.class_name} does not match {ta.class_name}")
            vals = [src.get_index(i) for i in range(src_len)]
        else:
            src = to_object(source)
            src_len = length_of_array_like(src)
            vals = None
        if offset == math.inf or src_len + offset > n:
            throw_range_error("offset is out of bounds")
        offset = int(offset)
        if vals is not None:
            for i, x in enumerate(vals):
                ta.set_element(float(offset + i), x)
        else:
            for i in range(src_len):
                ta.set_element(float(offset + i), src.get(str(i), src))

    def slice_(this, args):
        ta, n = v(this, "slice")
        start = _rel(arg(args, 0), n, 0)
        end = _rel(arg(args, 1), n, n)
        count = max(end - start, 0)
        a = typed_array_species_create(ta, [float(count)], P + "slice", write=True)
        if count > 0:
            ta, n = v(this, "slice")
            end = min(end, n)
            if a.etype is ta.etype:
                # step 14.h: copy byte by byte in ascending order (the buffers may be the same)
                size = ta.etype.size
                src, dst = ta.buffer.data, a.buffer.data
                si, di = ta.byte_offset + start * size, a.byte_offset
                limit = di + max(min((end - start) * size, a.length_or_none() * size), 0)
                if src is dst and si < di < si + (limit - di):
                    for k in range(limit - di):
                        dst[di + k] = src[si + k]
                else:
                    dst[di:limit] = src[si:si + (limit - di)]
            else:
                vals = [ta.get_index(i) for i in range(start, end)]
                for i, x in enumerate(vals):
                    a.set_element(float(i), x)
        return a

    def sort(this, args):
        comparefn = arg(args, 0)
        if comparefn is not None and not is_callable(comparefn):
            throw_type_error("The comparison function must be either a function or undefined")
        ta, n = v(this, "sort", write=True)
        vals = sorted(_get_all(ta, n), key=_sort_key(ta.etype, comparefn))
        for i, x in enumerate(vals):
            ta.set_element(float(i), x)
        return ta

    def subarray(this, args):
        if not isinstance(this, TypedArrayObject):
            throw_type_error("this is not a typed array.")
        src_len = this.current_length()
        begin = _rel(arg(args, 0), src_len, 0)
        end_arg = arg(args, 1)
        size = this.etype.size
        begin_byte = this.byte_offset + begin * size
        if this.array_length is None and end_arg is None:
            rest = [this.buffer, float(begin_byte)]
        else:
            end = _rel(end_arg, src_len, src_len)
            rest = [this.buffer, float(begin_byte), float(max(end - begin, 0))]
        c = species_constructor(this, realm.intrinsics[f"%{this.class_name}%"])
        result = typed_array_create(c, rest, P + "subarray")
        if result.etype.bigint != this.etype.bigint:
            throw_type_error(f"Content type of the species constructor result does not match {this.class_name}")
        return result

    def to_locale_string(this, args):
        ta, n = v(this, "toLocaleString")
        out = []
        for i in range(n):
            x = ta.get(str(i), ta)
            out.append("" if x is None else to_string(call(get_method(x, "toLocaleString") or _callback(None), x, [])))
        return ",".join(out)

    def to_reversed(this, args):
        ta, n = v(this, "toReversed")
        a = _allocate(realm.intrinsics[f"%{ta.class_name}%"], ta.etype, n, f"%{ta.class_name}.prototype%")
        _init_from_list(a, list(reversed(_get_all(ta, n))))
        return a

    def to_sorted(this, args):
        comparefn = arg(args, 0)
        if comparefn is not None and not is_callable(comparefn):
            throw_type_error("The comparison function must be either a function or undefined")
        ta, n = v(this, "toSorted")
        a = _allocate(realm.intrinsics[f"%{ta.class_name}%"], ta.etype, n, f"%{ta.class_name}.prototype%")
        _init_from_list(a, sorted(_get_all(ta, n), key=_sort_key(ta.etype, comparefn)))
        return a

    def with_(this, args):
        ta, n = v(this, "with")
        rel = to_integer_or_infinity(arg(args, 0))
        idx = rel if rel >= 0 else n + rel
        value = ta.etype.convert(arg(args, 1))
        if not ta.etype.bigint:
            value = float(value)
        if ta.valid_index(float(idx)) < 0:
            throw_range_error("Invalid typed array index")
        a = _allocate(realm.intrinsics[f"%{ta.class_name}%"], ta.etype, n, f"%{ta.class_name}.prototype%")
        # (the value's conversion may have resized the buffer: Get reads the current elements)
        cur = ta.current_length()
        _init_from_list(a, [value if k == idx else ta.get_index(k) if k < cur else None for k in range(n)])
        return a

    for name, n, fn in (
            ("at", 1, at), ("copyWithin", 2, copy_within), ("entries", 0, entries), ("every", 1, every),
            ("fill", 1, fill), ("filter", 1, filter_), ("find", 1, finder("find", False, False)),
            ("findIndex", 1, finder("findIndex", False, True)), ("findLast", 1, finder("findLast", True, False)),
            ("findLastIndex", 1, finder("findLastIndex", True, True)), ("forEach", 1, for_each),
            ("includes", 1, includes), ("indexOf", 1, index_of), ("join", 1, join), ("keys", 0, keys),
            ("lastIndexOf", 1, last_index_of), ("map", 1, map_), ("reduce", 1, reducer("reduce", False)),
            ("reduceRight", 1, reducer("reduceRight", True)), ("reverse", 0, reverse), ("set", 1, set_),
            ("slice", 2, slice_), ("some", 1, some), ("sort", 1, sort), ("subarray", 2, subarray),
            ("toLocaleString", 0, to_locale_string), ("toReversed", 0, to_reversed), ("toSorted", 1, to_sorted),
            ("with", 2, with_)):
        define_method(proto, realm, name, n, fn)
    values_fn = define_method(proto, realm, "values", 0, values)
    proto.define_data(WellKnown.iterator, values_fn, 5)
    proto.define_data("toString", realm.intrinsics["%Array.prototype.toString%"], 5)


def setup(realm: Any) -> None:
    setup_buffers(realm)
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def abstract_call(this, args):
        throw_type_error("Abstract class TypedArray not directly constructable")

    base = make_constructor(realm, "TypedArray", 0, abstract_call, lambda a, nt: abstract_call(None, a), proto,
                            global_binding=False)
    define_getter(base, realm, WellKnown.species, lambda this, args: this)

    def from_(this, args):
        """%TypedArray%.from (23.2.2.1)."""
        if not is_constructor(this):
            throw_type_error(f"{describe_value(this)} is not a constructor")
        source, mapfn, this_arg = arg(args, 0), arg(args, 1), arg(args, 2)
        if mapfn is not None:
            _callback(mapfn)
        using = get_method(source, WellKnown.iterator)
        if using is not None:
            values = iterate_to_list(source, using)
            n = len(values)
            ta = typed_array_create(this, [float(n)], "%TypedArray%.from", write=True)
        else:
            # 8-13: an array-like's elements are read after the target is constructed
            o = to_object(source)
            n = length_of_array_like(o)
            ta = typed_array_create(this, [float(n)], "%TypedArray%.from", write=True)
            values = None
        for i in range(n):
            x = values[i] if values is not None else o.get(str(i), o)
            if mapfn is not None:
                x = call(mapfn, this_arg, [x, float(i)])
            ta.set(str(i), x, ta)
        return ta

    def of(this, args):
        if not is_constructor(this):
            throw_type_error(f"{describe_value(this)} is not a constructor")
        ta = typed_array_create(this, [float(len(args))], "%TypedArray%.of", write=True)
        for i, x in enumerate(args):
            ta.set(str(i), x, ta)
        return ta

    define_method(base, realm, "from", 1, from_)
    define_method(base, realm, "of", 0, of)
    _setup_prototype(realm, proto)

    for etype in ELEMENT_TYPES.values():
        _setup_kind(realm, etype, base, proto)


def _setup_kind(realm: Any, etype: ElementType, base: JSObject, base_proto: JSObject) -> None:
    name = etype.name + "Array"
    proto = JSObject(base_proto)

    def call_(this, args):
        throw_type_error(f"Constructor {name} requires 'new'")

    ctor = make_constructor(realm, name, 3, call_, lambda args, nt: _construct_typed_array(etype, args, nt), proto,
                            parent=base)
    ctor.define_data("BYTES_PER_ELEMENT", float(etype.size), 0)
    proto.define_data("BYTES_PER_ELEMENT", float(etype.size), 0)

