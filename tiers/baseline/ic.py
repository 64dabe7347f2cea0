"""Inline caches of tier-1 code for named property access (GET_PROP, GET_PROP_KEEP, SET_PROP)
and global variable loads (GET_GLOBAL).

Each property site gets a ``PropIC``. The generated code checks the monomorphic case inline: a
plain ``JSObject`` whose shape is ``ic.shape`` has the property in ``slots[ic.index]`` (an own
data property; for stores, a writable one), and for loads a data property of the direct
prototype. Anything else calls ``ic.get`` / ``ic.set``, which look the receiver's shape up among
up to ``MAX_POLY`` cached entries (own data properties, data properties found on the prototype
chain, and property-adding shape transitions; arrays too, for named keys), and past that
(megamorphic), or for exotic receivers and primitives, take the generic path: tier 0's own
``R.get_prop`` / ``R.set_prop``, which also keep writing the instruction's feedback slot.
"""
from __future__ import annotations

from typing import Any

from engine.interp import ops_runtime as R
from engine.runtime.objects import JSArray, JSObject, array_index
from engine.runtime.realm import current_realm
from engine.runtime.shapes import ACCESSOR, DEFAULT, WRITABLE

MAX_POLY = 6


def _chain(o: JSObject, key: str) -> tuple | None:
    """The prototypes of ``o`` up to the holder of ``key`` as ((obj, shape), ...), with the
    holder's slot, or (chain, -1) when no prototype has ``key``; None when uncacheable."""
    chain = []
    p = o.proto
    while p is not None:
        sh = p.shape
        if p.exotic or sh.dictionary or len(chain) >= 4:
            return None
        chain.append((p, sh))
        i = sh.table.get(key)
        if i is not None:
            return (tuple(chain), i) if not sh.flags[i] & ACCESSOR else None
        p = p.proto
    return tuple(chain), -1


def _valid(o: JSObject, chain: tuple) -> bool:
    for p, sh in chain:
        if o.proto is not p or p.shape is not sh:
            return False
        o = p
    return True


class PropIC:
    """The inline cache of one named property access site."""

    __slots__ = ("shape", "index", "pshape", "holder", "hshape", "pindex", "key", "fb", "idx",
                 "entries", "megamorphic", "plain")

    def __init__(self, key: str, fb: list, idx: int) -> None:
        self.shape: Any = None      # the monomorphic own-property entry checked inline
        self.index = 0
        self.pshape: Any = None     # the first entry found on the receiver's prototype, also
        self.holder: Any = None     # checked inline (loads only): receiver shape, prototype,
        self.hshape: Any = None     # the prototype's shape and slot
        self.pindex = 0
        self.key = key
        self.fb = fb
        self.idx = idx
        # shape -> (None, slot) for an own data property; (chain, slot) for a data property
        # of the last prototype in chain; (chain, new shape) for a property-adding store
        self.entries: dict = {}
        self.megamorphic = False
        # arrays keep named properties in their shape like ordinary objects
        self.plain = key != "length" and array_index(key) < 0
        seed = fb[idx]              # tier 0's monomorphic feedback, when it ran first
        if type(seed) is tuple and not seed[0].dictionary:
            self.add(seed[0], (None, seed[1]))

    def add(self, shape: Any, entry: tuple) -> None:
        if len(self.entries) >= MAX_POLY:
            self.megamorphic = True
            return
        self.entries[shape] = entry
        chain = entry[0]
        if chain is None:
            if self.shape is None:
                self.shape, self.index = shape, entry[1]
        elif self.pshape is None and len(chain) == 1 and type(entry[1]) is int:
            self.pshape, self.pindex = shape, entry[1]
            self.holder, self.hshape = chain[0]

    def forget(self, sh: Any) -> None:
        """Drop the entry of ``sh`` (its prototype chain changed): it is learned again."""
        del self.entries[sh]
        if sh is self.pshape:
            self.pshape = None

    def get(self, o: Any) -> Any:
        """[[Get]] of ``o.key`` past the inline check."""
        t = type(o)
        if t is not JSObject and (t is not JSArray or not self.plain):
            return R.get_prop(o, self.key, self.fb, self.idx)
        sh = o.shape
        e = self.entries.get(sh)
        if e is not None:
            chain = e[0]
            if chain is None:
                return o.slots[e[1]]
            p = o
            for q, qs in chain:
                if p.proto is not q or q.shape is not qs:
                    break
                p = q
            else:
                return p.slots[e[1]]
            self.forget(sh)
            e = None
        v = R.get_prop(o, self.key, self.fb, self.idx) if t is JSObject else o.get(self.key, o)
        if not self.megamorphic and not sh.dictionary:
            self.learn_get(o, sh)
        return v

    def learn_get(self, o: JSObject, sh: Any) -> None:
        i = sh.table.get(self.key)
        if i is not None:
            if not sh.flags[i] & ACCESSOR:
                self.add(sh, (None, i))
            return
        found = _chain(o, self.key)
        if found is not None and found[1] >= 0:
            self.add(sh, found)

    def set(self, o: Any, v: Any, strict: bool) -> None:
        """[[Set]] of ``o.key = v`` past the inline check."""
        if type(o) is not JSObject:
            R.set_prop(o, self.key, v, strict, self.fb, self.idx)
            return
        sh = o.shape
        e = self.entries.get(sh)
        if e is not None:
            chain = e[0]
            if chain is None:
                o.slots[e[1]] = v
                return
            if o.extensible and _valid(o, chain):
                o.shape = e[1]
                o.slots.append(v)
                return
            self.forget(sh)
            e = None
        R.set_prop(o, self.key, v, strict, self.fb, self.idx)
        if not self.megamorphic and not sh.dictionary:
            self.learn_set(o, sh)

    def learn_set(self, o: JSObject, sh: Any) -> None:
        key = self.key
        i = sh.table.get(key)
        if i is not None:
            if sh.flags[i] & (WRITABLE | ACCESSOR) == WRITABLE:
                self.add(sh, (None, i))
            return
        new = o.shape
        if (array_index(key) < 0 and new is sh.transitions.get((key, DEFAULT))
                and new.table.get(key) == len(sh.keys)):
            found = _chain(o, key)
            if found is not None and found[1] < 0:  # no prototype has the key: a plain add
                self.add(sh, (found[0], new))


class GlobalIC:
    """The inline cache of one global variable load. The generated code first looks the name
    up in the realm's global lexical bindings (``lex``, a live dict); when absent, a data
    property of the global object is read from its slot while the object's (non-dictionary)
    shape is unchanged; otherwise tier 0's ``R.get_global``."""

    __slots__ = ("g", "shape", "index", "lex", "name", "fb", "idx")

    def __init__(self, name: str, fb: list, idx: int) -> None:
        self.g: Any = None
        self.shape: Any = None
        self.index = 0
        self.lex: dict = {}
        self.name = name
        self.fb = fb
        self.idx = idx

    def get(self, f: Any) -> Any:
        v = R.get_global(f, self.name, self.fb, self.idx)
        realm = f.func.realm if f.func is not None else current_realm()
        self.lex = realm.global_lexicals
        if self.name not in self.lex:
            g = realm.global_object
            sh = g.shape
            i = sh.table.get(self.name)
            if type(g) is JSObject and i is not None and not sh.dictionary and not sh.flags[i] & ACCESSOR:
                self.g, self.shape, self.index = g, sh, i
        return v


GET = """o = {obj}
if type(o) is R_JSObject:
    sh = o.shape
    if sh is {ic}.shape:
        {out} = o.slots[{ic}.index]
    elif sh is {ic}.pshape and o.proto is {ic}.holder and {ic}.holder.shape is {ic}.hshape:
        {out} = {ic}.holder.slots[{ic}.pindex]
    else:
        {out} = {ic}.get(o)
else:
    {out} = {ic}.get(o)"""

GET_GLOBAL = """{out} = {ic}.lex.get({name}, T_MISS)
if {out} is T_MISS:
    g = {ic}.g
    if g is not None and g.shape is {ic}.shape:
        {out} = g.slots[{ic}.index]
    else:
        {out} = {ic}.get(f)
elif {out} is R_UNINIT:
    {out} = {ic}.get(f)"""

LENGTH = """o = {obj}
if type(o) is R_JSArray:
    {out} = float(o.length)
else:
    {out} = {ic}.get(o)"""

SET = """v = {val}
o = {obj}
if type(o) is R_JSObject and o.shape is {ic}.shape:
    o.slots[{ic}.index] = v
else:
    {ic}.set(o, v, {strict})
{obj} = v"""

MISS = object()  # not a global lexical binding
GLOBALS: dict[str, Any] = {"T_MISS": MISS}


def site(gen: Any, name: str, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool] | None:
    """The inline-cached template of a property access at ``pc``, or None (use the snippet)."""
    key = gen.code.consts[arg]
    if type(key) is not str:
        return None
    fb = gen.code.feedback
    ic = f"ic{pc}"
    gen.ic_names.append(ic)
    if name == "GET_GLOBAL":
        gen.ic_state.append(GlobalIC(key, fb, pc))
        return GET_GLOBAL.format(ic=ic, out=f"s{depth}", name=repr(key)).split("\n"), depth + 1, False
    gen.ic_state.append(PropIC(key, fb, pc))
    if name == "GET_PROP" and key == "length":
        return LENGTH.format(obj=f"s{depth - 1}", ic=ic, out=f"s{depth - 1}").split("\n"), depth, False
    if name == "GET_PROP":
        return GET.format(obj=f"s{depth - 1}", ic=ic, out=f"s{depth - 1}").split("\n"), depth, False
    if name == "GET_PROP_KEEP":
        return GET.format(obj=f"s{depth - 1}", ic=ic, out=f"s{depth}").split("\n"), depth + 1, False
    return SET.format(val=f"s{depth - 1}", obj=f"s{depth - 2}", ic=ic, strict=gen.code.strict).split("\n"), depth - 1, False
