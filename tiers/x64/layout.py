"""CPython object layout as native code sees it: member offsets, type and singleton addresses,
C API entry points. Everything is found at start-up (``layout()``) and checked against the
running interpreter by writing through the computed address and reading back through Python,
so a layout that does not match (another CPython version, a debug build) is refused before any
native code runs (docs/TIERS.md, "The native-code contract")."""
from __future__ import annotations

import ctypes
import struct
import sys
from functools import lru_cache
from typing import Any

from pyjs.engine.bytecode.compiler import UNINIT
from pyjs.engine.interp.frame import Frame
from pyjs.engine.interp.functions import JSFunction
from pyjs.engine.runtime.builtins.array_buffer import ArrayBufferObject
from pyjs.engine.runtime.builtins.typedarray import TypedArrayObject
from pyjs.engine.runtime.objects import JSArray, JSObject
from pyjs.engine.runtime.shapes import Shape
from pyjs.engine.runtime.values import HOLE

REFCNT = 0     # PyObject.ob_refcnt
TYPE = 8       # PyObject.ob_type
FLOAT_VAL = 16  # PyFloatObject.ob_fval
LIST_SIZE = 16  # PyVarObject.ob_size of a list
LIST_ITEMS = 24  # PyListObject.ob_item
STR_LENGTH = 16  # PyASCIIObject.length (code points: one per UTF-16 code unit in pyjs strings)
BYTES_SIZE = 16  # PyByteArrayObject.ob_size
BYTES_START = 40  # PyByteArrayObject.ob_start (the first byte; ob_bytes may lie before it)
LONG_SIZE = 16  # PyLongObject.ob_size: the signed number of 30-bit digits
LONG_DIGIT0 = 24  # PyLongObject.ob_digit[0] (uint32)

# The __slots__ fields native code reads, by name: (owning class, field).
FIELDS = {"shape": (JSObject, "shape"), "slots": (JSObject, "slots"), "proto": (JSObject, "proto"),
          "elements": (JSObject, "elements"), "sparse": (JSObject, "sparse"),
          "length": (JSArray, "length"), "length_writable": (JSArray, "length_writable"),
          "ctx": (Frame, "ctx"), "locals": (Frame, "locals"), "pc": (Frame, "pc"),
          "stack": (Frame, "stack"), "this": (Frame, "this"),
          "extensible": (JSObject, "extensible"), "watched": (Shape, "watched"),
          "etype": (TypedArrayObject, "etype"), "buffer": (TypedArrayObject, "buffer"),
          "array_length": (TypedArrayObject, "array_length"), "byte_offset": (TypedArrayObject, "byte_offset"),
          "data": (ArrayBufferObject, "data"), "func": (Frame, "func"), "realm": (JSFunction, "realm")}

API = ("PyFloat_FromDouble", "PyObject_Vectorcall", "_Py_Dealloc", "PyLong_AsDouble", "PyLong_FromLongLong",
       "PyList_Append", "PyDict_Contains")


class LayoutError(Exception):
    """The running CPython's object layout is not the one native code assumes."""


def member_offset(cls: type, name: str) -> int:
    """The offset of a __slots__ member: PyMemberDescrObject.d_member -> PyMemberDef.offset."""
    descr = cls.__dict__[name]
    if type(descr).__name__ != "member_descriptor":
        raise LayoutError(f"{cls.__name__}.{name} is not a __slots__ member")
    memberdef = ctypes.c_void_p.from_address(id(descr) + 40).value  # after PyDescrObject's header
    return ctypes.c_ssize_t.from_address(memberdef + 16).value     # after name, type (+padding)


def api_address(name: str) -> int:
    return ctypes.cast(getattr(ctypes.pythonapi, name), ctypes.c_void_p).value


def _read_ptr(addr: int) -> int:
    return ctypes.c_void_p.from_address(addr).value or 0


@lru_cache(maxsize=None)
def layout() -> dict[str, Any]:
    """Offsets and addresses, each verified on live objects."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11) or \
            struct.calcsize("P") != 8 or hasattr(sys, "gettotalrefcount"):
        raise LayoutError(f"native code needs a 64-bit release CPython 3.11 (this is {sys.version.split()[0]})")
    fields = {name: member_offset(cls, attr) for name, (cls, attr) in FIELDS.items()}
    probe = object()
    o = JSArray(None, [1.0, probe])
    o.sparse, o.length_writable = probe, probe
    for name in ("shape", "slots", "proto", "elements", "sparse", "length", "length_writable", "extensible"):
        if _read_ptr(id(o) + fields[name]) != id(getattr(o, name)):
            raise LayoutError(f"JSArray.{name} is not at offset {fields[name]}")
    fn = JSFunction.__new__(JSFunction)
    fn.realm = probe
    if _read_ptr(id(fn) + fields["realm"]) != id(probe):
        raise LayoutError(f"JSFunction.realm is not at offset {fields['realm']}")
    if _read_ptr(id(o.shape) + fields["watched"]) != id(o.shape.watched):
        raise LayoutError(f"Shape.watched is not at offset {fields['watched']}")
    fr = Frame.__new__(Frame)
    fr.ctx, fr.locals, fr.pc, fr.stack, fr.this, fr.func = [probe], [probe], 7, [probe], probe, probe
    for name in ("ctx", "locals", "pc", "stack", "this", "func"):
        if _read_ptr(id(fr) + fields[name]) != id(getattr(fr, name)):
            raise LayoutError(f"Frame.{name} is not at offset {fields[name]}")
    el = o.elements
    if _read_ptr(id(el) + TYPE) != id(list) or ctypes.c_ssize_t.from_address(id(el) + LIST_SIZE).value != 2 \
            or _read_ptr(_read_ptr(id(el) + LIST_ITEMS) + 8) != id(probe):
        raise LayoutError("list layout")
    for text in ("abc", "\u00e9t\u00e9", "\ud83d\ude00x"):
        if ctypes.c_ssize_t.from_address(id(text) + STR_LENGTH).value != len(text):
            raise LayoutError("str length layout")
    buf = ArrayBufferObject(None, 0)
    buf.data = data = bytearray(b"xyzabc")
    del data[:2]  # ob_start moves past ob_bytes
    ta = TypedArrayObject.__new__(TypedArrayObject)
    ta.etype, ta.buffer, ta.array_length, ta.byte_offset = probe, buf, 3, 4
    for name in ("etype", "buffer", "array_length", "byte_offset"):
        if _read_ptr(id(ta) + fields[name]) != id(getattr(ta, name)):
            raise LayoutError(f"TypedArrayObject.{name} is not at offset {fields[name]}")
    if _read_ptr(id(buf) + fields["data"]) != id(data) or \
            ctypes.c_ssize_t.from_address(id(data) + BYTES_SIZE).value != 4 or \
            ctypes.string_at(_read_ptr(id(data) + BYTES_START), 4) != b"zabc":
        raise LayoutError("bytearray layout")
    for n, size, digit in ((0, 0, None), (5, 1, 5), (2**30 - 1, 1, 2**30 - 1), (2**30, 2, 0)):
        big = int(str(n))  # a fresh int object
        if ctypes.c_ssize_t.from_address(id(big) + LONG_SIZE).value != size or \
                (digit is not None and ctypes.c_uint32.from_address(id(big) + LONG_DIGIT0).value != digit):
            raise LayoutError("int layout")
    x = 2.5
    if ctypes.c_double.from_address(id(x) + FLOAT_VAL).value != x or _read_ptr(id(x) + TYPE) != id(float):
        raise LayoutError("float layout")
    before = sys.getrefcount(probe)
    ctypes.c_ssize_t.from_address(id(probe) + REFCNT).value += 1
    if sys.getrefcount(probe) != before + 1:
        raise LayoutError("reference count layout")
    ctypes.c_ssize_t.from_address(id(probe) + REFCNT).value -= 1
    return {
        "fields": fields,
        "api": {name: api_address(name) for name in API},
        "float_type": id(float), "int_type": id(int), "str_type": id(str), "array_type": id(JSArray), "none": id(None), "true": id(True), "false": id(False),
        "hole": id(HOLE), "uninit": id(UNINIT),
    }
