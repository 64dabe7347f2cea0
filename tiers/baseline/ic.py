"""Inline caches of tier-1 code for named property access (GET_PROP, GET_PROP_KEEP, SET_PROP)
and global variable loads (GET_GLOBAL).

Each property site gets a ``PropIC``. The generated code checks inline the first own data
property entry (``type(o) is JSObject and o.shape is ic.shape``: ``slots[ic.index]``; for
stores, a writable one), then, for loads, the site's entries ``ic.hits`` keyed by receiver
shape: an own data property, or a data property of a prototype, valid while ``o.proto`` is the
cached prototype and the prototype epoch (engine/runtime/shapes.py ``PROTO_EPOCH``) has not
moved since the site learned it. Caching a chain marks every prototype's shape *watched*, so
any change to those prototypes moves the epoch. Anything else calls ``ic.get`` / ``ic.set``,
which serve the same entries to other non-exotic receivers (arrays for named keys, functions,
Map/Set objects, ...), learn up to ``MAX_POLY`` entries (own data properties, prototype data
properties, property-adding shape transitions) and past that (megamorphic), or for exotic
receivers and primitives, take the generic path: tier 0's own ``R.get_prop`` /
``R.set_prop``, which also keep writing the instruction's feedback slot. A megamorphic site
keeps own data properties only, in a table shared by every megamorphic site of its key.
"""
from __future__ import annotations

from typing import Any

from pyjs.engine.interp import ops_runtime as R
from pyjs.engine.runtime.access import primitive_prototype
from pyjs.engine.runtime.objects import JSArray, JSObject, array_index
from pyjs.engine.runtime.realm import current_realm
from pyjs.engine.runtime.shapes import ACCESSOR, DEFAULT, EMPTY_SHAPE_ROOT, PROTO_EPOCH, WRITABLE, leave_watched

MAX_POLY = 4      # entries per site before it goes megamorphic
MAX_SHARED = 256  # entries of one key's shared table before it starts over
MAX_CHAIN = 8     # prototypes a cached lookup may pass (deep ES5 class chains have 6-7)
# Megamorphic sites share one table per (key, is a store site), of own data property entries
# only (shape -> slot is fixed for a shape, whoever learned it; a store entry is writable), as
# V8's megamorphic stub cache does.
SHARED: dict[tuple[str, bool], dict] = {}


class _Absent:
    """The holder of a property that no object on the chain has: its one slot is undefined."""

    __slots__ = ("slots",)

    def __init__(self) -> None:
        self.slots = [None]


ABSENT = _Absent()


def _chain(p: JSObject | None, key: str) -> tuple | None:
    """The holder of ``key`` (not an array index) on the prototype chain that starts at ``p``
    (a receiver's prototype) and its slot, or (None, -1) when no object there has it; None
    when uncacheable (an exotic or dictionary-mode prototype, an empty one, an accessor, more
    than MAX_CHAIN links). The shape of every prototype passed is *watched*
    (shapes.PROTO_EPOCH): the answer holds while the epoch is unchanged."""
    links = []
    while p is not None:
        sh = p.shape
        if (p.exotic and (not p.named_ordinary or key == "length")) or sh.dictionary \
                or sh is EMPTY_SHAPE_ROOT or len(links) >= MAX_CHAIN:
            return None
        links.append(sh)
        i = sh.table.get(key)
        if i is not None:
            if sh.flags[i] & ACCESSOR:
                return None
            break
        p = p.proto
    for sh in links:
        sh.watched = True
    return (p, -1) if p is None else (p, i)


class PropIC:
    """The inline cache of one named property access site."""

    __slots__ = ("shape", "index", "tshape", "tproto", "tnew", "hits", "ep", "key", "fb", "idx", "megamorphic",
                 "plain", "index_key")

    def __init__(self, key: str, fb: list, idx: int) -> None:
        self.shape: Any = None      # the first own data property entry, checked inline
        self.index = 0
        # the first property-adding transition of a store site, checked inline: receivers of
        # shape tshape whose prototype is tproto move to tnew (while the epoch is ep)
        self.tshape: Any = None
        self.tproto: Any = None
        self.tnew: Any = None
        # receiver shape -> (None, slot) for an own data property; (prototype, slot, holder)
        # for a data property of a prototype (loads) or (prototype, new shape) for a
        # property-adding store, both valid while o.proto is that prototype and the epoch is ep
        self.hits: dict = {}
        self.ep = PROTO_EPOCH[0]
        self.key = key
        self.fb = fb
        self.idx = idx
        self.megamorphic = False
        # arrays and functions keep named properties in their shape like ordinary objects
        self.index_key = array_index(key) >= 0  # an element: never cached
        self.plain = key != "length" and not self.index_key
        seed = fb[idx]              # tier 0's monomorphic feedback, when it ran first
        if type(seed) is tuple and not seed[0].dictionary:
            self.add(seed[0], (None, seed[1]))

    def add(self, shape: Any, entry: tuple, store: bool = False) -> None:
        """Learn ``entry`` for receivers of ``shape`` (``store``: for a store site). An entry
        that goes through prototypes is keyed by the shape alone while no other prototype
        claims it, else by (shape, prototype): objects of one shape may have several."""
        hits = self.hits
        if entry[0] is not None:
            cur = hits.get(shape)
            if cur is not None and cur[0] is not entry[0]:
                shape = (shape, entry[0])
        if self.megamorphic:  # the key's shared table
            if len(hits) >= MAX_SHARED:
                hits.clear()
            hits[shape] = entry
            return
        if len(hits) >= MAX_POLY:
            self.megamorphic = True
            self.hits = SHARED.setdefault((self.key, store), {})
            self.revalidate()  # the table may hold entries of an older epoch
            self.add(shape if type(shape) is not tuple else shape[0], entry, store)
            return
        hits[shape] = entry
        if entry[0] is None:
            if self.shape is None:
                self.shape, self.index = shape, entry[1]
        elif store and self.tshape is None and type(shape) is not tuple:
            self.tshape, self.tproto, self.tnew = shape, entry[0], entry[1]

    def revalidate(self) -> None:
        """The epoch moved: forget every entry that went through prototypes (in place: a
        megamorphic site's table is shared, and every site revalidates before using it)."""
        self.ep = PROTO_EPOCH[0]
        self.tshape = self.tproto = self.tnew = None
        hits = self.hits
        for k in [k for k, e in hits.items() if e[0] is not None]:
            del hits[k]

    def other_proto(self, sh: Any, o: JSObject) -> Any:
        """The prototype entry of receivers of shape ``sh`` whose prototype is not the one
        keyed by ``sh`` alone, or None."""
        return self.hits.get((sh, o.proto))

    def get(self, o: Any) -> Any:
        """[[Get]] of ``o.key`` past the inline check."""
        t = type(o)
        if t is not JSObject and (not isinstance(o, JSObject) or (o.exotic and t is not JSArray) or not self.plain):
            if t is str and self.plain:
                return self.get_str(o)
            return R.get_prop(o, self.key, self.fb, self.idx)
        sh = o.shape
        e = self.hits.get(sh)
        if e is not None and e[0] is None:
            return o.slots[e[1]]
        if self.ep != PROTO_EPOCH[0]:
            self.revalidate()
        elif e is not None:
            if o.proto is not e[0]:
                e = self.hits.get((sh, o.proto))
            if e is not None:
                return e[2].slots[e[1]]
        v = R.get_prop(o, self.key, self.fb, self.idx) if t is JSObject else o.get(self.key, o)
        if not sh.dictionary:
            self.learn_get(o, sh)
        return v

    def get_str(self, o: str) -> Any:
        """A named property (not an index, not ``length``) of a string primitive: one of
        %String.prototype%'s chain (a method), cached under the key (str, that prototype)."""
        p = primitive_prototype(o)
        k = (str, p)
        e = self.hits.get(k)
        if e is not None and self.ep == PROTO_EPOCH[0]:
            return e[2].slots[e[1]]
        v = R.get_prop(o, self.key, self.fb, self.idx)
        if self.ep != PROTO_EPOCH[0]:
            self.revalidate()
        found = _chain(p, self.key)
        if found is not None:
            self.add(k, (p, found[1], found[0]) if found[1] >= 0 else (p, 0, ABSENT))
            self.ep = PROTO_EPOCH[0]
        return v

    def learn_get(self, o: JSObject, sh: Any) -> None:
        if self.index_key:
            return
        i = sh.table.get(self.key)
        if i is not None:
            if not sh.flags[i] & ACCESSOR:
                self.add(sh, (None, i))
            return
        if self.ep != PROTO_EPOCH[0]:
            self.revalidate()
        found = _chain(o.proto, self.key)
        if found is not None and o.proto is not None:
            # a property no prototype has reads undefined from the ABSENT holder
            self.add(sh, (o.proto, found[1], found[0]) if found[1] >= 0 else (o.proto, 0, ABSENT))
            self.ep = PROTO_EPOCH[0]  # _chain may have left shapes watched: nothing moved

    def set(self, o: Any, v: Any, strict: bool) -> None:
        """[[Set]] of ``o.key = v`` past the inline check."""
        if type(o) is not JSObject:
            R.set_prop(o, self.key, v, strict, self.fb, self.idx)
            return
        sh = o.shape
        e = self.hits.get(sh)
        if e is not None and e[0] is None:
            o.slots[e[1]] = v
            return
        if self.ep != PROTO_EPOCH[0]:
            self.revalidate()
        elif e is not None:
            if o.proto is not e[0]:
                e = self.hits.get((sh, o.proto))
            if e is not None and o.extensible:
                if sh.watched:  # the receiver is itself a cached prototype
                    leave_watched()
                o.shape = e[1]
                o.slots.append(v)
                return
        R.set_prop(o, self.key, v, strict, self.fb, self.idx)
        if not sh.dictionary:
            self.learn_set(o, sh)

    def learn_set(self, o: JSObject, sh: Any) -> None:
        if self.index_key:
            return
        key = self.key
        i = sh.table.get(key)
        if i is not None:
            if sh.flags[i] & (WRITABLE | ACCESSOR) == WRITABLE:
                self.add(sh, (None, i), True)
            return
        new = o.shape
        if (o.proto is not None and new is sh.transitions.get((key, DEFAULT))
                and new.table.get(key) == len(sh.keys)):
            if self.ep != PROTO_EPOCH[0]:
                self.revalidate()
            found = _chain(o.proto, key)
            # OrdinarySetWithOwnDescriptor (10.1.9.2): a writable data property of a prototype
            # (a default value in a Prototype.js-style prototype) is shadowed by a plain add
            if found is not None and (found[1] < 0 or found[0].shape.flags[found[1]] & WRITABLE):
                self.add(sh, (o.proto, new), True)
                self.ep = PROTO_EPOCH[0]


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
if {receiver}:
    sh = o.shape
    if sh is {ic}.shape:
        {out} = o.slots[{ic}.index]
    else:
        e = {ic}.hits.get(sh)
        if e is None:
            {out} = {ic}.get(o)
        elif e[0] is None:
            {out} = o.slots[e[1]]
        elif o.proto is e[0] and {ic}.ep == T_EP[0]:
            {out} = e[2].slots[e[1]]
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
elif type(o) is str:
    {out} = float(len(o))
else:
    {out} = {ic}.get(o)"""

SET = """v = {val}
o = {obj}
if type(o) is R_JSObject:
    sh = o.shape
    if sh is {ic}.shape:
        o.slots[{ic}.index] = v
    elif sh is {ic}.tshape and o.proto is {ic}.tproto and {ic}.ep == T_EP[0] and o.extensible and not sh.watched:
        o.shape = {ic}.tnew
        o.slots.append(v)
    else:
        {ic}.set(o, v, {strict})
else:
    {ic}.set(o, v, {strict})
{out} = v"""

MISS = object()  # not a global lexical binding
GLOBALS: dict[str, Any] = {"T_MISS": MISS, "T_EP": PROTO_EPOCH}


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
        pre, (obj,) = gen.operands([depth - 1])
        return pre + LENGTH.format(obj=obj, ic=ic, out=f"s{depth - 1}").split("\n"), depth, False
    # arrays keep named properties in their shape too; their own "length" and index keys are
    # not in it, so such keys check ordinary objects inline only
    receiver = ("(type(o) is R_JSObject or type(o) is R_JSArray)" if gen.ic_state[-1].plain
                else "type(o) is R_JSObject")
    if name == "GET_PROP":
        pre, (obj,) = gen.operands([depth - 1])
        return pre + GET.format(obj=obj, ic=ic, out=f"s{depth - 1}", receiver=receiver).split("\n"), depth, False
    if name == "GET_PROP_KEEP":
        pre, (obj,) = gen.operands([depth - 1], live=depth)
        return pre + GET.format(obj=obj, ic=ic, out=f"s{depth}", receiver=receiver).split("\n"), depth + 1, False
    pre, (obj, val) = gen.operands([depth - 2, depth - 1])
    return pre + SET.format(val=val, obj=obj, out=f"s{depth - 2}", ic=ic, strict=gen.code.strict).split("\n"), depth - 1, False
