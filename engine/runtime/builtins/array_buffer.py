"""ArrayBuffer (ECMA-262 25.1, resizable, transferable and immutable: the Immutable ArrayBuffer
proposal) and DataView (25.3), plus the element types shared with typed arrays (Table 71).
Installed by typedarray.setup.
"""
from __future__ import annotations

import math
import struct
from typing import Any, Callable

from ..access import construct, describe_value, get_prototype_from_constructor, species_constructor
from ..conversions import (to_bigint, to_boolean, to_index, to_int8, to_int16, to_int32, to_integer_or_infinity,
                           to_number, to_uint8, to_uint8_clamp, to_uint16, to_uint32)
from ..errors import throw_range_error, throw_type_error
from ..function import arg, define_getter, define_method, make_constructor
from ..memory import charge, track
from ..objects import JSObject
from ..realm import current_realm
from ..shapes import CONFIGURABLE
from ..values import WellKnown
from .bigint import as_int_n, as_uint_n

MAX_BYTE_LENGTH = 2 ** 32  # a host limit, as V8 has one


class ElementType:
    """One row of Table 71: name, element size, struct code, conversion of a JS value."""

    def __init__(self, name: str, size: int, code: str, convert: Callable[[Any], Any], bigint: bool) -> None:
        self.name = name
        self.size = size
        self.code = code
        self.convert = convert
        self.bigint = bigint
        self.le = struct.Struct("<" + code)
        self.be = struct.Struct(">" + code)

    def read(self, data: bytearray, offset: int, little: bool = True) -> Any:
        v = (self.le if little else self.be).unpack_from(data, offset)[0]
        return v if self.bigint else float(v)

    def write(self, data: bytearray, offset: int, value: Any, little: bool = True) -> None:
        """Store an already converted value."""
        s = self.le if little else self.be
        try:
            s.pack_into(data, offset, value)
        except OverflowError:  # a double beyond float32's range rounds to an infinity
            s.pack_into(data, offset, math.copysign(math.inf, value))


def _f64(v: Any) -> float:
    return to_number(v)


ELEMENT_TYPES = {t.name: t for t in (
    ElementType("Int8", 1, "b", lambda v: to_int8(v), False),
    ElementType("Uint8", 1, "B", lambda v: to_uint8(v), False),
    ElementType("Uint8Clamped", 1, "B", lambda v: to_uint8_clamp(v), False),
    ElementType("Int16", 2, "h", lambda v: to_int16(v), False),
    ElementType("Uint16", 2, "H", lambda v: to_uint16(v), False),
    ElementType("Int32", 4, "i", lambda v: to_int32(v), False),
    ElementType("Uint32", 4, "I", lambda v: to_uint32(v), False),
    ElementType("Float16", 2, "e", _f64, False),
    ElementType("Float32", 4, "f", _f64, False),
    ElementType("Float64", 8, "d", _f64, False),
    ElementType("BigInt64", 8, "q", lambda v: as_int_n(64, to_bigint(v)), True),
    ElementType("BigUint64", 8, "Q", lambda v: as_uint_n(64, to_bigint(v)), True),
)}


class ArrayBufferObject(JSObject):
    """An ArrayBuffer: ``data`` (bytearray, None once detached), ``max_byte_length`` (None when
    not resizable), ``immutable`` (the [[ArrayBufferIsImmutable]] slot: its bytes never change
    after AllocateImmutableArrayBuffer, and it is never detached or resized)."""

    __slots__ = ("data", "max_byte_length", "immutable")
    class_name = "ArrayBuffer"

    def __init__(self, proto: JSObject | None, length: int = 0, max_byte_length: int | None = None,
                 immutable: bool = False) -> None:
        super().__init__(proto)
        self.data: bytearray | None = bytearray(length)
        self.max_byte_length = max_byte_length
        self.immutable = immutable

    @property
    def detached(self) -> bool:
        return self.data is None

    def byte_length(self) -> int:
        return 0 if self.data is None else len(self.data)


def allocate_array_buffer(ctor: JSObject, length: int, max_len: int | None = None,
                          immutable: bool = False) -> ArrayBufferObject:
    """AllocateArrayBuffer (25.1.3.1); ``immutable`` is the proposal's ~immutable~ for
    maxByteLength (an [[ArrayBufferIsImmutable]] slot instead of [[ArrayBufferMaxByteLength]])."""
    if max_len is not None and length > max_len:
        throw_range_error("Invalid array buffer max length")
    proto = get_prototype_from_constructor(ctor, "%ArrayBuffer.prototype%")
    if length > MAX_BYTE_LENGTH or (max_len is not None and max_len > MAX_BYTE_LENGTH):
        throw_range_error("Array buffer allocation failed")
    charge(length)
    buf = ArrayBufferObject(proto, length, max_len, immutable)
    track(buf, length)
    return buf


def allocate_immutable_array_buffer(byte_length: int, from_block: bytes | bytearray, from_index: int,
                                    count: int, realm: Any = None) -> ArrayBufferObject:
    """AllocateImmutableArrayBuffer (Immutable ArrayBuffer proposal), with %ArrayBuffer% of
    ``realm`` (default: the current realm): a new immutable buffer holding ``count`` bytes of
    ``from_block`` from ``from_index``."""
    # 3. Let newBuffer be ? AllocateArrayBuffer(constructor, byteLength, ~immutable~).
    ctor = (realm or current_realm()).intrinsics["%ArrayBuffer%"]
    new = allocate_array_buffer(ctor, byte_length, None, True)
    # 5-6. CopyDataBlockBytes(toBlock, 0, fromBlock, fromIndex, count): the only write ever
    # made into an immutable buffer's block.
    new.data[0:count] = from_block[from_index:from_index + count]
    return new


def array_buffer_copy_and_detach(buf: Any, new_length: Any, mode: str, method: str) -> ArrayBufferObject:
    """ArrayBufferCopyAndDetach (25.1.3.3, as the proposal amends it); ``mode`` is
    "preserve-resizability", "fixed-length" or "immutable"."""
    # 1. Perform ? RequireInternalSlot(arrayBuffer, [[ArrayBufferData]]).
    buf = _this_buffer(buf, method)
    # 3-4. The new byte length.
    new_len = buf.byte_length() if new_length is None else to_index(new_length, "Invalid array buffer length")
    _require_attached(buf, method)  # 5
    # 6. If IsImmutableBuffer(arrayBuffer) is true, throw a TypeError exception.
    if buf.immutable:
        throw_type_error(f"Cannot perform ArrayBuffer.prototype.{method} on an immutable ArrayBuffer")
    data = buf.data
    # 8. Let copyLength be min(newByteLength, arrayBuffer.[[ArrayBufferByteLength]]).
    copy_len = min(new_len, len(data))
    ctor = current_realm().intrinsics["%ArrayBuffer%"]
    if mode == "immutable":
        # 9. Let newBuffer be ? AllocateImmutableArrayBuffer(%ArrayBuffer%, newByteLength,
        #    arrayBuffer.[[ArrayBufferData]], 0, copyLength).
        new = allocate_immutable_array_buffer(new_len, data, 0, copy_len)
    else:
        # 10. Let newBuffer be ? AllocateArrayBuffer(%ArrayBuffer%, newByteLength,
        #     newMaxByteLength) (the max length kept only when preserving resizability); the
        #     copy is unobservable, so the old block is moved over and resized in place.
        max_len = buf.max_byte_length if mode == "preserve-resizability" else None
        new = allocate_array_buffer(ctor, new_len, max_len)
        del data[new_len:]
        data.extend(bytes(new_len - copy_len))
        new.data = data
    # 11. Perform ! DetachArrayBuffer(arrayBuffer).
    buf.data = None
    return new


def detach_array_buffer(buffer: Any, key: Any = None) -> None:
    """DetachArrayBuffer (25.1.3.5, as the Immutable ArrayBuffer proposal amends it). No
    buffer here has an [[ArrayBufferDetachKey]] other than undefined, so any other key is a
    mismatch."""
    if not isinstance(buffer, ArrayBufferObject):
        throw_type_error(f"{describe_value(buffer)} is not an ArrayBuffer")
    # 2. If IsImmutableBuffer(arrayBuffer) is true, throw a TypeError exception.
    if buffer.immutable:
        throw_type_error("Cannot detach an immutable ArrayBuffer")
    if key is not None:
        throw_type_error("Cannot detach an ArrayBuffer with a mismatched detach key")
    buffer.data = None


def new_array_buffer(length: int) -> ArrayBufferObject:
    realm = current_realm()
    return allocate_array_buffer(realm.intrinsics["%ArrayBuffer%"], length)


def _this_buffer(this: Any, method: str) -> ArrayBufferObject:
    if not isinstance(this, ArrayBufferObject):
        throw_type_error(f"Method ArrayBuffer.prototype.{method} called on incompatible receiver "
                         f"{describe_value(this)}")
    return this


def _require_attached(buf: ArrayBufferObject, method: str) -> None:
    """If IsDetachedBuffer(buf) is true, throw a TypeError exception."""
    if buf.detached:
        throw_type_error(f"Cannot perform ArrayBuffer.prototype.{method} on a detached ArrayBuffer")


def _setup_array_buffer(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def construct_(args, new_target):
        length = to_index(arg(args, 0), "Invalid array buffer length")
        options = arg(args, 1)
        max_len = None
        if isinstance(options, JSObject):
            m = options.get("maxByteLength", options)
            if m is not None:
                max_len = to_index(m, "Invalid array buffer max length")
        return allocate_array_buffer(new_target, length, max_len)

    def call_(this, args):
        throw_type_error("Constructor ArrayBuffer requires 'new'")

    ctor = make_constructor(realm, "ArrayBuffer", 1, call_, construct_, proto)
    define_getter(ctor, realm, WellKnown.species, lambda this, args: this)
    define_method(ctor, realm, "isView", 1, lambda this, args: bool(getattr(arg(args, 0), "is_view", False)))

    define_getter(proto, realm, "byteLength", lambda this, args: float(_this_buffer(this, "byteLength").byte_length()))

    def slice_(this, args):
        buf = _this_buffer(this, "slice")
        _require_attached(buf, "slice")
        first, final = resolve_bounds(buf.byte_length(), arg(args, 0), arg(args, 1))
        new_len = max(final - first, 0)
        c = species_constructor(buf, ctor)
        new = construct(c, [float(new_len)])
        if not isinstance(new, ArrayBufferObject) or new.detached:
            throw_type_error("Method ArrayBuffer.prototype.slice called on incompatible receiver")
        if new.immutable:
            throw_type_error("ArrayBuffer subclass returned an immutable ArrayBuffer from species constructor")
        if new is buf:
            throw_type_error("ArrayBuffer subclass returned this from species constructor")
        if new.byte_length() < new_len:
            throw_type_error("Species constructor returned a too-small buffer")
        _require_attached(buf, "slice")
        end = min(first + new_len, buf.byte_length())
        if end > first:
            new.data[0:end - first] = buf.data[first:end]
        return new

    def slice_to_immutable(this, args):
        """ArrayBuffer.prototype.sliceToImmutable (Immutable ArrayBuffer proposal)."""
        buf = _this_buffer(this, "sliceToImmutable")
        _require_attached(buf, "sliceToImmutable")  # 4
        # 5-9. The bounds, from the length before the arguments' conversions.
        first, final = resolve_bounds(buf.byte_length(), arg(args, 0), arg(args, 1))
        new_len = max(final - first, 0)
        _require_attached(buf, "sliceToImmutable")  # 10-11: the conversions may have detached O
        # 13. If currentLen < final, throw a RangeError exception.
        if buf.byte_length() < final:
            throw_range_error("ArrayBuffer.prototype.sliceToImmutable: the buffer shrank below the end of the slice")
        # 14. Let newBuffer be ? AllocateImmutableArrayBuffer(%ArrayBuffer%, newLen, fromBuf, first, newLen).
        return allocate_immutable_array_buffer(new_len, buf.data, first, new_len)

    def resize(this, args):
        buf = _this_buffer(this, "resize")
        if buf.max_byte_length is None:
            throw_type_error("Method ArrayBuffer.prototype.resize called on incompatible receiver "
                             + describe_value(buf))
        new_len = to_index(arg(args, 0), "ArrayBuffer.prototype.resize: Invalid length parameter")
        if buf.detached:
            throw_type_error("Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer")
        if new_len > buf.max_byte_length:
            throw_range_error("ArrayBuffer.prototype.resize: Invalid length parameter")
        cur = len(buf.data)
        if new_len < cur:
            del buf.data[new_len:]
        else:
            charge(new_len - cur)
            buf.data.extend(bytes(new_len - cur))

    define_method(proto, realm, "resize", 1, resize)
    define_method(proto, realm, "slice", 2, slice_)
    define_method(proto, realm, "transfer", 0, lambda this, args: array_buffer_copy_and_detach(
        this, arg(args, 0), "preserve-resizability", "transfer"))
    define_method(proto, realm, "transferToFixedLength", 0, lambda this, args: array_buffer_copy_and_detach(
        this, arg(args, 0), "fixed-length", "transferToFixedLength"))
    define_method(proto, realm, "transferToImmutable", 0, lambda this, args: array_buffer_copy_and_detach(
        this, arg(args, 0), "immutable", "transferToImmutable"))
    define_method(proto, realm, "sliceToImmutable", 2, slice_to_immutable)
    def max_byte_length(this, args):
        buf = _this_buffer(this, "maxByteLength")
        if buf.detached:
            return 0.0
        return float(buf.byte_length() if buf.max_byte_length is None else buf.max_byte_length)

    define_getter(proto, realm, "maxByteLength", max_byte_length)
    define_getter(proto, realm, "resizable",
                  lambda this, args: _this_buffer(this, "resizable").max_byte_length is not None)
    define_getter(proto, realm, "detached", lambda this, args: _this_buffer(this, "detached").detached)
    define_getter(proto, realm, "immutable", lambda this, args: _this_buffer(this, "immutable").immutable)
    proto.define_data(WellKnown.toStringTag, "ArrayBuffer", CONFIGURABLE)


def resolve_bounds(length: int, start: Any, end: Any) -> tuple[int, int]:
    """ResolveBounds (Immutable ArrayBuffer proposal): (from, to) of a slice of ``length``."""
    # 1-4. from: relativeStart clamped to [0, len], counting back from len when negative.
    rel_start = to_integer_or_infinity(start)
    first = int(max(length + rel_start, 0)) if rel_start < 0 else int(min(rel_start, length))
    # 5-8. to: likewise, len when end is undefined.
    rel_end = length if end is None else to_integer_or_infinity(end)
    final = int(max(length + rel_end, 0)) if rel_end < 0 else int(min(rel_end, length))
    return first, final


# ---------------------------------------------------------------------------------------------
# DataView (25.3)
# ---------------------------------------------------------------------------------------------

class DataViewObject(JSObject):
    __slots__ = ("buffer", "byte_offset", "view_length")
    class_name = "DataView"
    is_view = True

    def __init__(self, proto: JSObject | None, buffer: ArrayBufferObject, offset: int, length: int | None) -> None:
        super().__init__(proto)
        self.buffer = buffer
        self.byte_offset = offset
        self.view_length = length  # None: tracks a resizable buffer's length

    def view_byte_length(self, method: str) -> int:
        """GetViewByteLength, throwing when detached or out of bounds."""
        buf = self.buffer
        if buf.detached:
            throw_type_error(f"Cannot perform {method} on a detached ArrayBuffer")
        n = buf.byte_length()
        if self.byte_offset > n or (self.view_length is not None and self.byte_offset + self.view_length > n):
            throw_type_error(f"Cannot perform {method} on an out of bounds DataView")
        return n - self.byte_offset if self.view_length is None else self.view_length


def _this_view(this: Any, method: str) -> DataViewObject:
    if not isinstance(this, DataViewObject):
        throw_type_error(f"Method DataView.prototype.{method} called on incompatible receiver {describe_value(this)}")
    return this


def _setup_data_view(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def construct_(args, new_target):
        buf = arg(args, 0)
        if not isinstance(buf, ArrayBufferObject):
            throw_type_error("First argument to DataView constructor must be an ArrayBuffer")
        offset = to_index(arg(args, 1), "Start offset {} is outside the bounds of the buffer")
        if buf.detached:
            throw_type_error("Cannot perform DataView constructor on a detached ArrayBuffer")
        buf_len = buf.byte_length()
        if offset > buf_len:
            throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
        length_arg = arg(args, 2)
        if length_arg is None:
            view_len = None if buf.max_byte_length is not None else buf_len - offset
        else:
            view_len = to_index(length_arg, "Invalid DataView length {}")
            if offset + view_len > buf_len:
                throw_range_error(f"Invalid DataView length {view_len}")
        proto_ = get_prototype_from_constructor(new_target, "%DataView.prototype%")
        # Steps 10-13: the prototype lookup may have detached or resized the buffer.
        if buf.detached:
            throw_type_error("Cannot perform DataView constructor on a detached ArrayBuffer")
        buf_len = buf.byte_length()
        if offset > buf_len:
            throw_range_error(f"Start offset {offset} is outside the bounds of the buffer")
        if length_arg is not None and offset + view_len > buf_len:
            throw_range_error(f"Invalid DataView length {view_len}")
        return DataViewObject(proto_, buf, offset, view_len)

    def call_(this, args):
        throw_type_error("Constructor DataView requires 'new'")

    make_constructor(realm, "DataView", 1, call_, construct_, proto)
    define_getter(proto, realm, "buffer", lambda this, args: _this_view(this, "buffer").buffer)
    define_getter(proto, realm, "byteLength", lambda this, args: float(
        _this_view(this, "byteLength").view_byte_length("DataView.prototype.byteLength")))

    def byte_offset(this, args):
        v = _this_view(this, "byteOffset")
        v.view_byte_length("DataView.prototype.byteOffset")
        return float(v.byte_offset)
    define_getter(proto, realm, "byteOffset", byte_offset)

    def accessor(t: ElementType, setter: bool):
        method = f"DataView.prototype.{'set' if setter else 'get'}{t.name}"

        def get_value(this, args):
            view = _this_view(this, method)
            index = to_index(arg(args, 0), "Offset is outside the bounds of the DataView")
            little = to_boolean(arg(args, 1))
            size = view.view_byte_length(method)
            if index + t.size > size:
                throw_range_error("Offset is outside the bounds of the DataView")
            return t.read(view.buffer.data, view.byte_offset + index, little)

        def set_value(this, args):
            """SetViewValue (25.3.1.6)."""
            view = _this_view(this, method)
            # 3. If IsImmutableBuffer(view.[[ViewedArrayBuffer]]) is true, throw a TypeError exception.
            if view.buffer.immutable:
                throw_type_error(f"Cannot perform {method} on an immutable ArrayBuffer")
            index = to_index(arg(args, 0), "Offset is outside the bounds of the DataView")
            value = t.convert(arg(args, 1))
            little = to_boolean(arg(args, 2))
            size = view.view_byte_length(method)
            if index + t.size > size:
                throw_range_error("Offset is outside the bounds of the DataView")
            t.write(view.buffer.data, view.byte_offset + index, value, little)
        return set_value if setter else get_value

    for t in ELEMENT_TYPES.values():
        if t.name == "Uint8Clamped":
            continue
        define_method(proto, realm, "get" + t.name, 1, accessor(t, False))
        define_method(proto, realm, "set" + t.name, 2, accessor(t, True))
    proto.define_data(WellKnown.toStringTag, "DataView", CONFIGURABLE)


def setup_buffers(realm: Any) -> None:
    _setup_array_buffer(realm)
    _setup_data_view(realm)

