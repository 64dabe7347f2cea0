"""Shapes (hidden classes): key -> slot index + attribute flags, with a transition tree.

Objects built the same way share a Shape, which is what inline caches and tier 2 guard on.
A shared shape is immutable. Deleting a property or changing its attributes moves the object
to a private *dictionary* shape, which is mutated in place and never cached (``dictionary``).

Prototype validity: a shape is *watched* once an inline cache (tier 1) relies on a prototype
object having it. Leaving a watched shape (any transition: add, with_flags, remove,
to_dictionary) and changing the [[Prototype]] of an object with a watched shape
(objects.py set_prototype_of) bump ``PROTO_EPOCH[0]``; a cache entry that went through
prototypes stays valid while the epoch is unchanged.
"""
from __future__ import annotations

from .memory import CHUNK, PROPERTY_BYTES, charge

# Attribute flags of one property.
WRITABLE = 1
ENUMERABLE = 2
CONFIGURABLE = 4
ACCESSOR = 8  # the slot holds an Accessor(get, set); WRITABLE is meaningless then
DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE  # a property created by assignment

MAX_FAST_PROPERTIES = 128  # beyond this many keys an object goes to dictionary mode

PROTO_EPOCH = [0]  # bumped whenever an object leaves a watched shape (see the module docstring)


def leave_watched() -> None:
    """An object with a watched shape changes its keys, attributes or prototype."""
    PROTO_EPOCH[0] += 1


class Shape:
    """A map from property key to (slot index, flags). Keys are kept in insertion order."""

    __slots__ = ("table", "keys", "flags", "transitions", "dictionary", "watched", "__weakref__")

    def __init__(self, dictionary: bool = False) -> None:
        self.table: dict = {}          # key -> slot index
        self.keys: list = []           # slot index -> key (insertion order)
        self.flags: list[int] = []     # slot index -> flags
        self.transitions: dict = {}    # (key, flags) -> Shape
        self.dictionary = dictionary
        self.watched = False           # a cached prototype has this shape (PROTO_EPOCH)

    def add(self, key, flags: int) -> "Shape":
        """Shape after adding ``key`` with ``flags``; shared shapes follow the transition tree."""
        if self.watched:
            leave_watched()
        if self.dictionary:
            self.table[key] = n = len(self.keys)
            self.keys.append(key)
            self.flags.append(flags)
            if n & (CHUNK - 1) == CHUNK - 1:  # the memory limit's count (runtime/memory.py)
                charge(CHUNK * PROPERTY_BYTES)
            return self
        t = self.transitions.get((key, flags))
        if t is None:
            if len(self.keys) >= MAX_FAST_PROPERTIES:
                return self.to_dictionary().add(key, flags)
            t = Shape()
            t.table = dict(self.table)
            t.table[key] = len(self.keys)
            t.keys = self.keys + [key]
            t.flags = self.flags + [flags]
            self.transitions[(key, flags)] = t
        return t

    def to_dictionary(self) -> "Shape":
        """A private, mutable copy of this shape."""
        if self.watched:
            leave_watched()
        d = Shape(dictionary=True)
        d.table = dict(self.table)
        d.keys = list(self.keys)
        d.flags = list(self.flags)
        return d

    def remove(self, key) -> tuple["Shape", int]:
        """Dictionary shape without ``key``; returns (shape, removed slot index)."""
        if self.watched:
            leave_watched()
        d = self if self.dictionary else self.to_dictionary()
        idx = d.table.pop(key)
        del d.keys[idx]
        del d.flags[idx]
        for i in range(idx, len(d.keys)):
            d.table[d.keys[i]] = i
        return d, idx

    def with_flags(self, key, flags: int) -> "Shape":
        """Dictionary shape in which ``key`` has ``flags``."""
        if self.watched:
            leave_watched()
        d = self if self.dictionary else self.to_dictionary()
        d.flags[d.table[key]] = flags
        return d


EMPTY_SHAPE_ROOT = Shape()


def root_shape() -> Shape:
    """The shared empty shape every ordinary object starts from."""
    return EMPTY_SHAPE_ROOT
