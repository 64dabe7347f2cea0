"""JS value representation (see docs/ARCHITECTURE.md, "Values").

| JS        | Python                                   |
|-----------|------------------------------------------|
| undefined | ``None``                                 |
| null      | ``JSNull`` (a falsy singleton)           |
| Boolean   | ``bool``                                 |
| Number    | ``float`` (always; never ``int``)        |
| BigInt    | ``int`` (test ``type(x) is int``)        |
| String    | ``str`` of UTF-16 code units             |
| Symbol    | ``JSSymbol``                             |
| Object    | ``JSObject`` and subclasses              |
"""
from __future__ import annotations

import sys
from array import array


class _Null:
    """The JS ``null`` value; use the singleton ``JSNull``."""

    __slots__ = ()
    _instance: "_Null | None" = None

    def __new__(cls) -> "_Null":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "null"

    def __reduce__(self):
        return (_Null, ())


JSNull = _Null()


class _Hole:
    """Marks a missing element in a dense elements list (an array hole)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<hole>"


HOLE = _Hole()


class JSSymbol:
    """A Symbol value. ``description`` is a str or None (undefined)."""

    __slots__ = ("description", "registered")

    def __init__(self, description: str | None = None, registered: bool = False) -> None:
        self.description = description
        self.registered = registered

    def __repr__(self) -> str:
        return f"Symbol({self.description or ''})"


class WellKnown:
    """The well-known symbols (ECMA-262 6.1.5.1), shared by every realm."""

    asyncIterator = JSSymbol("Symbol.asyncIterator")
    hasInstance = JSSymbol("Symbol.hasInstance")
    isConcatSpreadable = JSSymbol("Symbol.isConcatSpreadable")
    iterator = JSSymbol("Symbol.iterator")
    match = JSSymbol("Symbol.match")
    matchAll = JSSymbol("Symbol.matchAll")
    replace = JSSymbol("Symbol.replace")
    search = JSSymbol("Symbol.search")
    species = JSSymbol("Symbol.species")
    split = JSSymbol("Symbol.split")
    toPrimitive = JSSymbol("Symbol.toPrimitive")
    toStringTag = JSSymbol("Symbol.toStringTag")
    unscopables = JSSymbol("Symbol.unscopables")
    dispose = JSSymbol("Symbol.dispose")
    asyncDispose = JSSymbol("Symbol.asyncDispose")

    @classmethod
    def all(cls) -> dict[str, JSSymbol]:
        return {k: v for k, v in vars(cls).items() if isinstance(v, JSSymbol)}


def to_host_str(s: str) -> str:
    """Convert a JS string (UTF-16 code units) to a printable Python string."""
    try:
        return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    except UnicodeError:
        return s


def from_host_str(s: str) -> str:
    """Convert a Python string (code points) to a JS string of UTF-16 code units."""
    if s.isascii() or max(s) < "\U00010000":
        return s
    return "".join(map(chr, array("H", s.encode(_UTF16_NATIVE, "surrogatepass"))))


def to_code_point_str(s: str) -> str:
    """Convert a JS string of UTF-16 code units to a Python string of code points (surrogate
    pairs joined, lone surrogates kept)."""
    if s.isascii():
        return s
    return array("H", map(ord, s)).tobytes().decode(_UTF16_NATIVE, "surrogatepass")


_UTF16_NATIVE = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"  # array("H")'s order
