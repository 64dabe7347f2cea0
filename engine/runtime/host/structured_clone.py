"""structuredClone (HTML 2.7, "Safe passing of structured data"): StructuredSerializeInternal
and StructuredDeserialize fused into one depth-first copy (no user code runs while
deserializing, so the getters run in the same order), with the memory map that keeps cycles
and shared references, and the transfer of ArrayBuffers."""
from __future__ import annotations

from typing import Any

from ..access import create_data_property_or_throw, describe_value, enumerable_own_properties
from ..builtins.array_buffer import ArrayBufferObject, DataViewObject
from ..builtins.collections import MapObject, SetObject
from ..builtins.date import DateObject
from ..builtins.regexp import JSRegExp, regexp_create
from ..builtins.string import StringObject, string_create
from ..builtins.typedarray import ImmutableTypedArrayObject, TypedArrayObject
from ..conversions import to_string
from ..errors import JSError, install_stack, throw_type_error
from ..function import builtin
from ..iteration import iterate_to_list
from ..memory import charge, track
from ..objects import JSArray, JSObject, JSPrimitiveWrapper
from ..realm import current_realm
from ..shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from ..values import JSSymbol
from .dom_exception import DOMExceptionObject, throw_dom_exception
from .webidl import dictionary, require_args

# The error names whose prototype a cloned error keeps (HTML 2.7.3 step 17.2); others are Error.
_ERROR_NAMES = frozenset(("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError",
                          "TypeError", "URIError"))


def _not_cloneable(value: Any) -> None:
    what = "[object Symbol]" if isinstance(value, JSPrimitiveWrapper) else describe_value(value)
    throw_dom_exception(f"{what} could not be cloned.", "DataCloneError")


class _Cloner:
    """One structured clone: the realm's intrinsics and the memory map (id -> copy)."""

    def __init__(self, realm: Any, transferred: dict[int, ArrayBufferObject]) -> None:
        self.intrinsics = realm.intrinsics
        self.memory: dict[int, Any] = dict(transferred)
        self.keep: list = []  # the originals, so that no id in ``memory`` is reused

    def proto(self, name: str) -> JSObject:
        return self.intrinsics[f"%{name}.prototype%"]

    def clone(self, value: Any) -> Any:
        """StructuredSerializeInternal (HTML 2.7.3) then StructuredDeserialize (2.7.6)."""
        if not isinstance(value, JSObject):
            if type(value) is JSSymbol:  # 3. a Symbol cannot be cloned
                throw_dom_exception(f"{describe_value(value)} could not be cloned.", "DataCloneError")
            return value
        copy = self.memory.get(id(value))
        if copy is not None:
            return copy
        copy = self._shell(value)
        self.memory[id(value)] = copy
        self.keep.append(value)
        self._fill(value, copy)
        return copy

    def _shell(self, value: JSObject) -> JSObject:
        """The new object for ``value``, before its contents (which may refer back to it)."""
        t = type(value)
        if t is JSObject and not value.callable:
            return JSObject(self.intrinsics["%Object.prototype%"])
        if t is JSArray:
            a = JSArray(self.intrinsics["%Array.prototype%"], [])
            a.set("length", float(value.length), a)
            return a
        if t is StringObject:
            return string_create(value.value, self.proto("String"))
        if t is JSPrimitiveWrapper and type(value.value) is not JSSymbol:
            kind = {bool: "Boolean", float: "Number", int: "BigInt"}[type(value.value)]
            return JSPrimitiveWrapper(self.proto(kind), value.value)
        if t is DateObject:
            return DateObject(self.proto("Date"), value.date_value)
        if t is JSRegExp:
            return regexp_create(value.original_source, value.original_flags)
        if t is ArrayBufferObject:
            if value.detached:
                throw_dom_exception("An ArrayBuffer is detached and could not be cloned.", "DataCloneError")
            charge(len(value.data))
            b = ArrayBufferObject(self.proto("ArrayBuffer"), 0, value.max_byte_length, value.immutable)
            b.data = bytearray(value.data)
            track(b, len(b.data))
            return b
        if t is TypedArrayObject or t is ImmutableTypedArrayObject or t is DataViewObject:
            buffer = self.clone(value.buffer)
            if t is DataViewObject:
                return DataViewObject(self.proto("DataView"), buffer, value.byte_offset, value.view_length)
            return t(self.proto(value.class_name), value.etype, buffer, value.byte_offset, value.array_length)
        if t is MapObject:
            return MapObject(self.proto("Map"))
        if t is SetObject:
            return SetObject(self.proto("Set"))
        if t is DOMExceptionObject:
            return DOMExceptionObject(self.proto("DOMException"), value.exc_message, value.exc_name)
        if t is JSError:
            return self._error(value)
        _not_cloneable(value)

    def _error(self, value: JSError) -> JSError:
        """An Error (HTML 2.7.3 step 17): the prototype by ``name``, own ``message``; as V8
        does, also the ``stack`` and the ``cause``."""
        name = value.get("name", value)
        name = name if type(name) is str and name in _ERROR_NAMES else "Error"
        e = JSError(self.proto(name))
        stack = value.get_own_property("stack")
        if stack is not None and type(stack.value) is str:
            e.define_data("stack", stack.value, WRITABLE | CONFIGURABLE)
        else:
            install_stack(e, name, "")
        message = value.get_own_property("message")
        if message is not None and not message.is_accessor():
            e.define_data("message", to_string(message.value), WRITABLE | CONFIGURABLE)
        cause = value.get_own_property("cause")
        if cause is not None and not cause.is_accessor():
            e.define_data("cause", self.clone(cause.value), WRITABLE | CONFIGURABLE)
        return e

    def _fill(self, value: JSObject, copy: JSObject) -> None:
        """The contents: Map and Set entries, or the own enumerable string-keyed properties
        of an ordinary object or array."""
        t = type(value)
        if t is MapObject or t is SetObject:
            entries = [(k, v) for k, v in value.table.live()]  # copiedList: later changes unseen
            for k, v in entries:
                k = self.clone(k)
                copy.table.set(k, self.clone(v) if t is MapObject else None)
        elif t is JSObject or t is JSArray:
            for key in enumerable_own_properties(value, "key"):
                if value.get_own_property(key) is not None:
                    create_data_property_or_throw(copy, key, self.clone(value.get(key, value)))


def _transfer_list(options: JSObject | None) -> list:
    if options is None:
        return []
    transfer = options.get("transfer", options)
    if transfer is None:
        return []
    if not isinstance(transfer, JSObject):
        throw_type_error("Optional transferList argument must be an iterable")
    items = iterate_to_list(transfer)
    for item in items:
        if not isinstance(item, ArrayBufferObject):
            throw_type_error("Found invalid object in transferList")
    return items


def structured_clone(this: Any, args: list) -> Any:
    """structuredClone(value, {transfer}) (HTML 8.8)."""
    require_args(args, 1, ("value",))
    options = dictionary(args[1] if len(args) > 1 else None)
    transfer = _transfer_list(options)
    realm = current_realm()
    # StructuredSerializeWithTransfer: each transferred buffer is moved, not copied.
    transferred: dict[int, ArrayBufferObject] = {}
    for buf in transfer:
        if id(buf) in transferred:
            throw_dom_exception("ArrayBuffer in transferList is a duplicate", "DataCloneError")
        if buf.detached:
            throw_dom_exception("An ArrayBuffer is detached and could not be cloned.", "DataCloneError")
        if buf.immutable:  # DetachArrayBuffer would throw
            throw_dom_exception("An immutable ArrayBuffer could not be transferred.", "DataCloneError")
        transferred[id(buf)] = ArrayBufferObject(realm.intrinsics["%ArrayBuffer.prototype%"], 0,
                                                 buf.max_byte_length)
    result = _Cloner(realm, transferred).clone(args[0])
    for buf in transfer:
        transferred[id(buf)].data, buf.data = buf.data, None  # detach the originals
    return result


def setup(realm: Any) -> None:
    realm.global_object.define_data("structuredClone", builtin(realm, "structuredClone", 1, structured_clone),
                                    WRITABLE | ENUMERABLE | CONFIGURABLE)
