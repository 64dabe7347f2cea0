"""RegExp objects (ECMA-262 22.2.4 - 22.2.9) on top of engine.runtime.regexp.

``regexp_create(pattern, flags)`` makes the object for a regex literal. Methods that loop over
matches (replace, split, match) take a fast path when the object's ``exec`` is the built-in
one: the loop then runs on raw capture positions without allocating match arrays, which is
unobservable because those arrays would be fresh ordinary objects. For a plain RegExp
(``_plain_regexp``: only lastIndex own, intrinsic prototype with the built-in getters) the flags
getter answers from [[OriginalFlags]] and @@split / @@matchAll build their new RegExp without
the SpeciesConstructor / Construct round trip, neither of which would run code.
"""
from __future__ import annotations

from typing import Any

from .. import regexp as engine
from ..access import (call, construct, create_array_from_list, describe_value, is_callable, set_member,
                      species_constructor)
from ..conversions import WHITESPACE, to_boolean, to_integer_or_infinity, to_length, to_object, to_string, to_uint32
from ..errors import throw_syntax_error, throw_type_error
from ..function import arg, define_getter, define_method, make_constructor
from ..iteration import create_iter_result
from ..objects import ABSENT, JSArray, JSObject
from ..realm import current_realm
from ..shapes import ACCESSOR, DEFAULT, WRITABLE, root_shape
from ..values import JSNull, WellKnown
from .string import from_code_points, get_substitution, is_regexp, to_code_points

ORDER = 15

FLAG_PROPS = (("d", "hasIndices"), ("g", "global"), ("i", "ignoreCase"), ("m", "multiline"), ("s", "dotAll"),
              ("u", "unicode"), ("v", "unicodeSets"), ("y", "sticky"))
# The shape of a RegExp instance with no own property but lastIndex, and of a match array's
# named properties (the transitions define_data takes, computed once).
REGEXP_SHAPE = root_shape().add("lastIndex", WRITABLE)
MATCH_SHAPE = root_shape().add("index", DEFAULT).add("input", DEFAULT).add("groups", DEFAULT)


class JSRegExp(JSObject):
    """An object with [[RegExpMatcher]], [[OriginalSource]] and [[OriginalFlags]] (22.2.3.1)."""

    __slots__ = ("original_source", "original_flags", "matcher", "realm", "legacy")
    class_name = "RegExp"

    def __init__(self, proto: JSObject, legacy: bool = True) -> None:
        super().__init__(proto)
        self.original_source = ""
        self.original_flags = ""
        self.matcher: engine.CompiledRegExp | None = None
        # [[Realm]] and [[LegacyFeaturesEnabled]] (Annex B legacy RegExp features): false for
        # instances of subclasses, which neither update RegExp.lastMatch & co nor compile
        self.realm = current_realm()
        self.legacy = legacy
        self.define_data("lastIndex", 0.0, WRITABLE)


# ---------------------------------------------------------------------------------------------
# Creation (22.2.3)
# ---------------------------------------------------------------------------------------------

def regexp_initialize(obj: JSRegExp, pattern: Any, flags: Any) -> JSRegExp:
    """RegExpInitialize (22.2.3.3)."""
    p = "" if pattern is None else to_string(pattern)
    f = "" if flags is None else to_string(flags)
    if any(c not in engine.VALID_FLAGS for c in f) or len(set(f)) != len(f) or ("u" in f and "v" in f):
        throw_syntax_error(f"Invalid flags supplied to RegExp constructor '{f}'")
    try:
        obj.matcher = engine.compile_pattern(p, f)
    except engine.RegExpSyntaxError as e:
        throw_syntax_error(f"Invalid regular expression: /{p}/{f}: {e}")
    obj.original_source = p
    obj.original_flags = f
    set_member(obj, "lastIndex", 0.0, True)
    return obj


def regexp_create(pattern: Any, flags: Any) -> JSRegExp:
    """RegExpCreate (22.2.3.1), used for regular expression literals."""
    return regexp_initialize(JSRegExp(current_realm().intrinsics["%RegExp.prototype%"]), pattern, flags)


def _regexp_alloc(new_target: JSObject) -> JSRegExp:
    """RegExpAlloc (22.2.3.2)."""
    from ..access import get_prototype_from_constructor
    legacy = new_target is current_realm().intrinsics["%RegExp%"]
    return JSRegExp(get_prototype_from_constructor(new_target, "%RegExp.prototype%"), legacy)


def _regexp_constructor(args: list, new_target: Any) -> JSRegExp:
    """RegExp (pattern, flags) (22.2.4.1)."""
    pattern, flags = arg(args, 0), arg(args, 1)
    realm = current_realm()
    ctor = realm.intrinsics["%RegExp%"]
    pattern_is_regexp = is_regexp(pattern)
    if new_target is None:
        new_target = ctor
        if pattern_is_regexp and flags is None:
            if pattern.get("constructor", pattern) is new_target:
                return pattern
    if isinstance(pattern, JSRegExp):
        p = pattern.original_source
        f = pattern.original_flags if flags is None else flags
    elif pattern_is_regexp:
        p = pattern.get("source", pattern)
        f = pattern.get("flags", pattern) if flags is None else flags
    else:
        p, f = pattern, flags
    return regexp_initialize(_regexp_alloc(new_target), p, f)


# ---------------------------------------------------------------------------------------------
# Matching (22.2.7)
# ---------------------------------------------------------------------------------------------

def _this_regexp(this: Any, method: str) -> JSRegExp:
    if not isinstance(this, JSRegExp):
        throw_type_error(f"Method RegExp.prototype.{method} called on incompatible receiver {describe_value(this)}")
    return this


def _this_object(this: Any, method: str) -> JSObject:
    if not isinstance(this, JSObject):
        throw_type_error(f"Method RegExp.prototype.{method} called on incompatible receiver {describe_value(this)}")
    return this


def _get_last_index(r: JSObject) -> int:
    v = r.get("lastIndex", r)
    if type(v) is float and 0.0 <= v <= 9007199254740991.0 and v == int(v):
        return int(v)
    return to_length(v)


def _set_last_index(r: JSRegExp, v: float) -> None:
    """Set(R, "lastIndex", v, true) on a RegExp instance. lastIndex is an own non-configurable
    data property, so it is written in place unless it was made read-only."""
    shape = r.shape
    i = shape.table["lastIndex"]
    if shape.flags[i] & WRITABLE:
        r.slots[i] = v
    else:
        set_member(r, "lastIndex", v, True)


def builtin_exec_caps(r: JSRegExp, s: str) -> list | None:
    """RegExpBuiltinExec (22.2.7.2) up to the match: the capture positions, or None.
    Updates lastIndex as the spec does."""
    flags = r.original_flags
    global_or_sticky = "g" in flags or "y" in flags
    # Get(R, "lastIndex") reads the own data property; ToLength is observable even when the
    # value is not used
    v = r.slots[r.shape.table["lastIndex"]]
    if type(v) is float and 0.0 <= v <= 9007199254740991.0 and v == int(v):
        last_index = int(v)
    else:
        last_index = to_length(v)
    if not global_or_sticky:
        last_index = 0
    if last_index > len(s):
        _set_last_index(r, 0.0)
        return None
    caps = r.matcher.match(s, last_index, "y" in flags)
    if caps is None:
        if global_or_sticky:
            _set_last_index(r, 0.0)
        return None
    if global_or_sticky:
        _set_last_index(r, float(caps[1]))
    realm = current_realm()
    ctor = realm.intrinsics["%RegExp%"]
    if r.legacy and r.realm is realm:  # UpdateLegacyRegExpStaticProperties
        ctor.legacy_match = (s, caps, r.matcher.ngroups)
        ctor.legacy_input = s
    return caps


def _groups_object(r: JSRegExp, s: str, caps: list, realm: Any, indices: bool = False) -> Any:
    names = r.matcher.names
    if not names:
        return None
    groups = JSObject(None)
    for name, idx in names.items():
        v = None
        for i in idx:
            if caps[2 * i] >= 0:
                v = _index_pair(caps, i, realm) if indices else s[caps[2 * i]:caps[2 * i + 1]]
                break
        groups.define_data(name, v, DEFAULT)
    return groups


def _index_pair(caps: list, i: int, realm: Any) -> Any:
    if caps[2 * i] < 0:
        return None
    return JSArray(realm.array_prototype, [float(caps[2 * i]), float(caps[2 * i + 1])])


def make_match_result(r: JSRegExp, s: str, caps: list) -> JSArray:
    """The match array of RegExpBuiltinExec (steps 20-36)."""
    realm = current_realm()
    n = r.matcher.ngroups
    values = [s[caps[2 * i]:caps[2 * i + 1]] if caps[2 * i] >= 0 else None for i in range(n + 1)]
    a = JSArray(realm.array_prototype, values)
    # index, input, groups: as three define_data calls would add them
    a.shape = MATCH_SHAPE
    a.slots = [float(caps[0]), s, _groups_object(r, s, caps, realm)]
    if "d" in r.original_flags:
        indices = JSArray(realm.array_prototype, [_index_pair(caps, i, realm) for i in range(n + 1)])
        indices.define_data("groups", _groups_object(r, s, caps, realm, True), DEFAULT)
        a.define_data("indices", indices, DEFAULT)
    return a


def _builtin_exec_fn(realm: Any) -> Any:
    return realm.intrinsics["%RegExp.prototype.exec%"]


def _pristine_exec(r: JSObject) -> bool:
    """Whether RegExpExec(r, ...) would run the built-in exec on a real RegExp."""
    return isinstance(r, JSRegExp) and r.get("exec", r) is _builtin_exec_fn(current_realm())


def regexp_exec(r: JSObject, s: str) -> Any:
    """RegExpExec (22.2.7.1)."""
    exec_fn = r.get("exec", r)
    if is_callable(exec_fn):
        if exec_fn is _builtin_exec_fn(current_realm()) and isinstance(r, JSRegExp):
            caps = builtin_exec_caps(r, s)
            return JSNull if caps is None else make_match_result(r, s, caps)
        result = call(exec_fn, r, [s])
        if not isinstance(result, JSObject) and result is not JSNull:
            throw_type_error("RegExp exec method returned something other than an Object or null")
        return result
    rx = _this_regexp(r, "exec")
    caps = builtin_exec_caps(rx, s)
    return JSNull if caps is None else make_match_result(rx, s, caps)


def advance_string_index(s: str, index: int, unicode: bool) -> int:
    """AdvanceStringIndex (22.2.7.3)."""
    if not unicode or index + 1 >= len(s):
        return index + 1
    if "\ud800" <= s[index] <= "\udbff" and "\udc00" <= s[index + 1] <= "\udfff":
        return index + 2
    return index + 1


class _Match:
    """One match as RegExp.prototype[@@replace] reads it: text, position, captures, groups."""

    __slots__ = ("matched", "position", "captures", "groups")

    def __init__(self, matched: str, position: int, captures: list, groups: Any) -> None:
        self.matched = matched
        self.position = position
        self.captures = captures
        self.groups = groups


def _match_from_caps(r: JSRegExp, s: str, caps: list, want_groups: bool) -> _Match:
    n = r.matcher.ngroups
    captures = [s[caps[2 * i]:caps[2 * i + 1]] if caps[2 * i] >= 0 else None for i in range(1, n + 1)]
    groups = _groups_object(r, s, caps, current_realm()) if want_groups else None
    return _Match(s[caps[0]:caps[1]], caps[0], captures, groups)


def _match_from_result(result: JSObject, s: str) -> _Match:
    """Steps 14.a - 14.j of RegExp.prototype[@@replace] on an exec result object."""
    n = max(to_length(result.get("length", result)) - 1, 0)
    matched = to_string(result.get("0", result))
    position = int(max(min(to_integer_or_infinity(result.get("index", result)), len(s)), 0))
    captures = []
    for i in range(1, n + 1):
        c = result.get(str(i), result)
        captures.append(None if c is None else to_string(c))
    return _Match(matched, position, captures, result.get("groups", result))


def _collect_matches(rx: JSObject, s: str, global_: bool, unicode: bool, want_groups: bool) -> list[_Match]:
    """The loop of @@replace (steps 10-11): every match, as _Match records."""
    out = []
    fast = _pristine_exec(rx)
    while True:
        if fast:
            caps = builtin_exec_caps(rx, s)
            if caps is None:
                break
            m = _match_from_caps(rx, s, caps, want_groups)
        else:
            result = regexp_exec(rx, s)
            if result is JSNull:
                break
            m = _match_from_result(result, s)
        out.append(m)
        if not global_:
            break
        if m.matched == "":
            set_member(rx, "lastIndex", float(advance_string_index(s, _get_last_index(rx), unicode)), True)
    return out


# ---------------------------------------------------------------------------------------------
# RegExp.prototype methods (22.2.6)
# ---------------------------------------------------------------------------------------------

def regexp_proto_exec(this, args):
    r = _this_regexp(this, "exec")
    s = to_string(arg(args, 0))
    caps = builtin_exec_caps(r, s)
    return JSNull if caps is None else make_match_result(r, s, caps)


def regexp_proto_test(this, args):
    r = _this_object(this, "test")
    s = to_string(arg(args, 0))
    if _pristine_exec(r):
        return builtin_exec_caps(r, s) is not None
    return regexp_exec(r, s) is not JSNull


def regexp_proto_to_string(this, args):
    r = _this_object(this, "toString")
    return f"/{to_string(r.get('source', r))}/{to_string(r.get('flags', r))}"


def regexp_proto_compile(this, args):
    """RegExp.prototype.compile (B.2.4.1)."""
    r = _this_regexp(this, "compile")
    if r.realm is not current_realm() or not r.legacy:
        throw_type_error("RegExp.prototype.compile called on a RegExp of another realm or of a subclass")
    pattern, flags = arg(args, 0), arg(args, 1)
    if isinstance(pattern, JSRegExp):
        if flags is not None:
            throw_type_error("Cannot supply flags when constructing one RegExp from another")
        pattern, flags = pattern.original_source, pattern.original_flags
    return regexp_initialize(r, pattern, flags)


def escape_regexp_pattern(src: str) -> str:
    """EscapeRegExpPattern (22.2.6.13.1), as V8 does it: "/" and line terminators escaped."""
    if not src:
        return "(?:)"
    out = []
    in_class = False
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\" and i + 1 < len(src):
            nxt = src[i + 1]
            out.append(c + ({"\n": "n", "\r": "r", "\u2028": "u2028", "\u2029": "u2029"}.get(nxt, nxt)))
            i += 2
            continue
        if c == "/" and not in_class:
            out.append("\\/")
        elif c == "[":
            in_class = True
            out.append(c)
        elif c == "]":
            in_class = False
            out.append(c)
        else:
            out.append({"\n": "\\n", "\r": "\\r", "\u2028": "\\u2028", "\u2029": "\\u2029"}.get(c, c))
        i += 1
    return "".join(out)


_CONTROL_ESCAPES = {"\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r"}
_OTHER_PUNCTUATORS = ",-=<>#&!%:;@~'`\""


def encode_for_regexp_escape(c: str) -> str:
    """EncodeForRegExpEscape (22.2.5.1.1) of one code point."""
    if c in "^$\\.*+?()[]{}|/":
        return "\\" + c
    if c in _CONTROL_ESCAPES:
        return "\\" + _CONTROL_ESCAPES[c]
    if c in _OTHER_PUNCTUATORS or c in WHITESPACE or "\ud800" <= c <= "\udfff":
        if ord(c) <= 0xFF:
            return f"\\x{ord(c):02x}"
        return "".join(f"\\u{ord(u):04x}" for u in from_code_points(c))
    return from_code_points(c)


def regexp_escape(this, args):
    """RegExp.escape (22.2.5.1)."""
    s = arg(args, 0)
    if type(s) is not str:
        throw_type_error(f"{describe_value(s)} is not a string")
    out = []
    for c in to_code_points(s):
        if not out and (c.isascii() and c.isalnum()):
            out.append(f"\\x{ord(c):02x}")
        else:
            out.append(encode_for_regexp_escape(c))
    return "".join(out)


def _source_getter(this, args):
    if not isinstance(this, JSObject):
        throw_type_error("RegExp.prototype.source getter called on non-object " + describe_value(this))
    if not isinstance(this, JSRegExp):
        if this is current_realm().intrinsics["%RegExp.prototype%"]:
            return "(?:)"
        throw_type_error("RegExp.prototype.source getter called on non-RegExp object")
    return escape_regexp_pattern(this.original_source)


def _flags_getter(this, args):
    """get RegExp.prototype.flags (22.2.6.4)."""
    if not isinstance(this, JSObject):
        throw_type_error(f"RegExp.prototype.flags getter called on non-object {describe_value(this)}")
    if _plain_regexp(this):
        return "".join(ch for ch, _ in FLAG_PROPS if ch in this.original_flags)
    return "".join(ch for ch, name in FLAG_PROPS if to_boolean(this.get(name, this)))


def _plain_regexp(r: JSObject) -> bool:
    """Whether ``r`` is a RegExp whose only own property is lastIndex, whose prototype is
    %RegExp.prototype% with the built-in flag getters (so reading r's flags runs no code
    and gives [[OriginalFlags]]), and whose @@match and constructor read no code."""
    if type(r) is not JSRegExp or r.shape is not REGEXP_SHAPE:
        return False
    intr = current_realm().intrinsics
    proto = intr["%RegExp.prototype%"]
    if r.proto is not proto:
        return False
    return all(_is_builtin_getter(proto, key, getter) for key, getter in intr["%RegExp.prototype% getters"])


def _regexp_species(rx: JSObject) -> JSObject | None:
    """SpeciesConstructor(rx, %RegExp%) (7.3.22) for @@split and @@matchAll; None when rx is a
    plain RegExp (_plain_regexp) whose constructor is %RegExp% with the built-in @@species
    getter and whose @@match is a data property: then neither this lookup nor the
    construction of the new RegExp (_new_regexp_like) runs code."""
    realm = current_realm()
    ctor = realm.intrinsics["%RegExp%"]
    if _plain_regexp(rx):
        proto = rx.proto
        if (_own_data(proto, "constructor") is ctor and _own_data(proto, WellKnown.match) is not ABSENT
                and _is_builtin_getter(ctor, WellKnown.species, realm.intrinsics["%RegExp[@@species] getter%"])):
            return None
    return species_constructor(rx, ctor)


def _new_regexp_like(c: JSObject | None, rx: JSRegExp, flags: str) -> JSObject:
    """Construct(c, [rx, flags]); c None (see _regexp_species) builds the RegExp directly."""
    if c is not None:
        return construct(c, [rx, flags])
    clone = JSRegExp(rx.proto)
    clone.matcher = engine.compile_pattern(rx.original_source, flags)
    clone.original_source = rx.original_source
    clone.original_flags = flags
    return clone


def _own_data(o: JSObject, key: Any) -> Any:
    """The value of o's own data property ``key`` read from its shape, or ABSENT."""
    i = o.shape.table.get(key)
    return ABSENT if i is None or o.shape.flags[i] & ACCESSOR else o.slots[i]


def _is_builtin_getter(o: JSObject, key: Any, getter: JSObject) -> bool:
    """Whether o's own property ``key`` is an accessor with the given getter."""
    i = o.shape.table.get(key)
    return i is not None and bool(o.shape.flags[i] & ACCESSOR) and o.slots[i].get is getter


def _flag_getter(ch: str, name: str):
    def getter(this, args):
        if not isinstance(this, JSObject):
            throw_type_error(f"RegExp.prototype.{name} getter called on non-object {describe_value(this)}")
        if not isinstance(this, JSRegExp):
            if this is current_realm().intrinsics["%RegExp.prototype%"]:
                return None
            throw_type_error(f"RegExp.prototype.{name} getter called on non-RegExp object")
        return ch in this.original_flags
    return getter


def _flags_of(rx: JSObject) -> str:
    return to_string(rx.get("flags", rx))


def regexp_symbol_match(this, args):
    """RegExp.prototype[@@match] (22.2.6.8)."""
    rx = _this_object(this, "@@match")
    s = to_string(arg(args, 0))
    flags = _flags_of(rx)
    if "g" not in flags:
        return regexp_exec(rx, s)
    unicode = "u" in flags or "v" in flags
    set_member(rx, "lastIndex", 0.0, True)
    found = [m.matched for m in _collect_matches(rx, s, True, unicode, False)]
    if not found:
        return JSNull
    return create_array_from_list(found)


def regexp_symbol_replace(this, args):
    """RegExp.prototype[@@replace] (22.2.6.11)."""
    rx = _this_object(this, "@@replace")
    s = to_string(arg(args, 0))
    replace_value = arg(args, 1)
    functional = is_callable(replace_value)
    if not functional:
        replace_value = to_string(replace_value)
    flags = _flags_of(rx)
    global_ = "g" in flags
    unicode = "u" in flags or "v" in flags
    if global_:
        set_member(rx, "lastIndex", 0.0, True)
    want_groups = functional or "$<" in replace_value
    matches = _collect_matches(rx, s, global_, unicode, want_groups)
    out = []
    next_pos = 0
    for m in matches:
        position = m.position
        if functional:
            fargs = [m.matched] + m.captures + [float(position), s]
            if m.groups is not None:
                fargs.append(m.groups)
            replacement = to_string(call(replace_value, None, fargs))
        else:
            groups = m.groups
            if groups is not None:
                groups = to_object(groups)
            replacement = get_substitution(m.matched, s, position, m.captures, groups, replace_value)
        if position >= next_pos:
            out.append(s[next_pos:position])
            out.append(replacement)
            next_pos = position + len(m.matched)
    if next_pos >= len(s):
        return "".join(out)
    out.append(s[next_pos:])
    return "".join(out)


def regexp_symbol_search(this, args):
    """RegExp.prototype[@@search] (22.2.6.12)."""
    rx = _this_object(this, "@@search")
    s = to_string(arg(args, 0))
    from ..objects import same_value
    previous = rx.get("lastIndex", rx)
    if not same_value(previous, 0.0):
        set_member(rx, "lastIndex", 0.0, True)
    result = regexp_exec(rx, s)
    current = rx.get("lastIndex", rx)
    if not same_value(current, previous):
        set_member(rx, "lastIndex", previous, True)
    if result is JSNull:
        return -1.0
    return result.get("index", result)


def regexp_symbol_split(this, args):
    """RegExp.prototype[@@split] (22.2.6.14)."""
    rx = _this_object(this, "@@split")
    s = to_string(arg(args, 0))
    c = _regexp_species(rx)
    flags = _flags_of(rx)
    unicode = "u" in flags or "v" in flags
    new_flags = flags if "y" in flags else flags + "y"
    splitter = _new_regexp_like(c, rx, new_flags)
    limit = arg(args, 1)
    lim = 0xFFFFFFFF if limit is None else to_uint32(limit)
    out: list = []
    if lim == 0:
        return create_array_from_list(out)
    size = len(s)
    if size == 0:
        if regexp_exec(splitter, s) is not JSNull:
            return create_array_from_list(out)
        return create_array_from_list([s])
    p = q = 0
    fast = _pristine_exec(splitter)
    while q < size:
        if fast:
            caps = splitter.matcher.match(s, q, False)
            if caps is None or caps[0] >= size:
                break
            q = caps[0]
            e = min(caps[1], size)
            groups = [s[caps[2 * i]:caps[2 * i + 1]] if caps[2 * i] >= 0 else None
                      for i in range(1, splitter.matcher.ngroups + 1)]
        else:
            set_member(splitter, "lastIndex", float(q), True)
            z = regexp_exec(splitter, s)
            if z is JSNull:
                q = advance_string_index(s, q, unicode)
                continue
            e = min(_get_last_index(splitter), size)
            n = max(to_length(z.get("length", z)) - 1, 0)
            groups = [z.get(str(i), z) for i in range(1, n + 1)]
        if e == p:
            q = advance_string_index(s, q, unicode)
            continue
        out.append(s[p:q])
        if len(out) == lim:
            return create_array_from_list(out)
        p = e
        for g in groups:
            out.append(g)
            if len(out) == lim:
                return create_array_from_list(out)
        q = p
    out.append(s[p:])
    return create_array_from_list(out)


# ---------------------------------------------------------------------------------------------
# %RegExpStringIteratorPrototype% (22.2.9)
# ---------------------------------------------------------------------------------------------

class RegExpStringIterator(JSObject):
    __slots__ = ("matcher_obj", "string", "global_", "unicode", "done")
    class_name = "RegExp String Iterator"

    def __init__(self, proto: JSObject, rx: JSObject, s: str, global_: bool, unicode: bool) -> None:
        super().__init__(proto)
        self.matcher_obj = rx
        self.string = s
        self.global_ = global_
        self.unicode = unicode
        self.done = False


def regexp_symbol_match_all(this, args):
    """RegExp.prototype[@@matchAll] (22.2.6.9)."""
    rx = _this_object(this, "@@matchAll")
    s = to_string(arg(args, 0))
    realm = current_realm()
    c = _regexp_species(rx)
    flags = _flags_of(rx)
    matcher = _new_regexp_like(c, rx, flags)
    set_member(matcher, "lastIndex", float(_get_last_index(rx)), True)
    return RegExpStringIterator(realm.intrinsics["%RegExpStringIteratorPrototype%"], matcher, s,
                                "g" in flags, "u" in flags or "v" in flags)


def regexp_string_iterator_next(this, args):
    if not isinstance(this, RegExpStringIterator):
        throw_type_error("Method %RegExpStringIterator%.prototype.next called on incompatible receiver "
                         + describe_value(this))
    if this.done:
        return create_iter_result(None, True)
    rx, s = this.matcher_obj, this.string
    result = regexp_exec(rx, s)
    if result is JSNull:
        this.done = True
        return create_iter_result(None, True)
    if not this.global_:
        this.done = True
        return create_iter_result(result, False)
    if to_string(result.get("0", result)) == "":
        set_member(rx, "lastIndex", float(advance_string_index(s, _get_last_index(rx), this.unicode)), True)
    return create_iter_result(result, False)


# ---------------------------------------------------------------------------------------------
# Legacy static properties (RegExp.$1 ..., as V8 has them)
# ---------------------------------------------------------------------------------------------

def _check_legacy_receiver(ctor: JSObject, this: Any) -> None:
    """GetLegacyRegExpStaticProperty / SetLegacyRegExpStaticProperty step 1."""
    if this is not ctor:
        throw_type_error("RegExp legacy static accessor called on an incompatible receiver")


def _legacy_input_setter(ctor: JSObject):
    def setter(this, args):
        _check_legacy_receiver(ctor, this)
        ctor.legacy_input = to_string(arg(args, 0))
    return setter


def _legacy_getter(ctor: JSObject, which: str):
    def getter(this, args):
        _check_legacy_receiver(ctor, this)
        if which == "input":
            return getattr(ctor, "legacy_input", "")
        s, caps, n = getattr(ctor, "legacy_match", ("", [0, 0], 0))
        if which == "lastMatch":
            return s[caps[0]:caps[1]]
        if which == "leftContext":
            return s[:caps[0]]
        if which == "rightContext":
            return s[caps[1]:]
        i = n if which == "lastParen" else int(which)
        if i > n or i == 0 or caps[2 * i] < 0:
            return ""
        return s[caps[2 * i]:caps[2 * i + 1]]
    return getter


def setup(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])

    def regexp_call(this, args):
        return _regexp_constructor(args, None)

    ctor = make_constructor(realm, "RegExp", 2, regexp_call, _regexp_constructor, proto)
    define_getter(ctor, realm, WellKnown.species, lambda this, args: this)
    realm.intrinsics["%RegExp[@@species] getter%"] = ctor.get_own_property(WellKnown.species).get
    define_method(ctor, realm, "escape", 1, regexp_escape)
    for names, which in ((("input", "$_"), "input"), (("lastMatch", "$&"), "lastMatch"),
                         (("lastParen", "$+"), "lastParen"), (("leftContext", "$`"), "leftContext"),
                         (("rightContext", "$'"), "rightContext")):
        for name in names:
            define_getter(ctor, realm, name, _legacy_getter(ctor, which),
                          _legacy_input_setter(ctor) if which == "input" else None)
    for i in range(1, 10):
        define_getter(ctor, realm, f"${i}", _legacy_getter(ctor, str(i)))

    realm.intrinsics["%RegExp.prototype.exec%"] = define_method(proto, realm, "exec", 1, regexp_proto_exec)
    flag_chars = {name: ch for ch, name in FLAG_PROPS}
    for name in ("dotAll", "flags", "global", "hasIndices", "ignoreCase", "multiline", "source", "sticky", "unicode"):
        getter = {"flags": _flags_getter, "source": _source_getter}.get(name) or _flag_getter(flag_chars[name], name)
        define_getter(proto, realm, name, getter)
    define_method(proto, realm, "compile", 2, regexp_proto_compile)
    define_method(proto, realm, "toString", 0, regexp_proto_to_string)
    define_method(proto, realm, "test", 1, regexp_proto_test)
    define_getter(proto, realm, "unicodeSets", _flag_getter("v", "unicodeSets"))
    # (the built-in getters that reading "flags" runs: the guard of _plain_regexp)
    realm.intrinsics["%RegExp.prototype% getters"] = tuple(
        (key, proto.get_own_property(key).get) for key in ["flags"] + [name for _, name in FLAG_PROPS])
    define_method(proto, realm, WellKnown.match, 1, regexp_symbol_match)
    define_method(proto, realm, WellKnown.matchAll, 1, regexp_symbol_match_all)
    define_method(proto, realm, WellKnown.replace, 2, regexp_symbol_replace)
    define_method(proto, realm, WellKnown.search, 1, regexp_symbol_search)
    define_method(proto, realm, WellKnown.split, 2, regexp_symbol_split)

    it_proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    define_method(it_proto, realm, "next", 0, regexp_string_iterator_next)
    it_proto.define_data(WellKnown.toStringTag, "RegExp String Iterator", 4)
    realm.intrinsics["%RegExpStringIteratorPrototype%"] = it_proto
