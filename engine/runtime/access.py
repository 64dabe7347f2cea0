"""Operations on objects (ECMA-262 7.3) and property access on any value.

``get_member`` / ``set_member`` / ``delete_member`` are the semantics of ``v[key]``, ``v[key] =
x`` and ``delete v[key]`` for any base value and any key value (they do ToPropertyKey), with the
error messages V8 gives. ``call`` and ``construct`` check callability and throw
"<what> is not a function" / "<what> is not a constructor".
"""
from __future__ import annotations

from typing import Any, Iterable

from . import realm as _realm_mod
from .conversions import (number_to_string, to_boolean, to_length, to_object, to_property_key,
                          to_string, wrapper_prototype)
from .errors import throw_type_error
from .memory import CHUNK, grown
from .objects import (ABSENT, HOLE, JSArray, JSObject, JSPrimitiveWrapper, PropertyDescriptor,
                      array_index)
from .shapes import ACCESSOR, CONFIGURABLE, ENUMERABLE, WRITABLE
from .values import JSNull, JSSymbol, WellKnown

def _realm():
    return _realm_mod._current


# ---------------------------------------------------------------------------------------------
# Describing values in error messages
# ---------------------------------------------------------------------------------------------

def key_to_display(key: Any) -> str:
    """A property key as V8 shows it in messages: the string, or "Symbol(desc)"."""
    if type(key) is JSSymbol:
        return f"Symbol({key.description or ''})"
    return key if type(key) is str else to_string(key)


def constructor_name(o: JSObject) -> str:
    """The name V8 prints in "#<Name>": the ``name`` of the nearest data property
    ``constructor`` on the prototype chain, read without running any JS code."""
    p = o
    for _ in range(100):
        if p is None or p.exotic and type(p) is not JSArray:
            break
        idx = p.shape.table.get("constructor")
        if idx is not None:
            if p.shape.flags[idx] & ACCESSOR:
                break
            ctor = p.slots[idx]
            if isinstance(ctor, JSObject) and not ctor.exotic:
                nidx = ctor.shape.table.get("name")
                if nidx is not None and not ctor.shape.flags[nidx] & ACCESSOR:
                    name = ctor.slots[nidx]
                    if type(name) is str and name:
                        return name
            break
        p = p.proto
    return "Object"


def describe_value(v: Any) -> str:
    """A value as V8 renders it in "... is not a function"-style messages."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is JSSymbol:
        return f"Symbol({v.description or ''})"
    if not isinstance(v, JSObject):
        return to_string(v)
    if v.callable:
        src = getattr(v, "source_text", None)
        if type(src) is str:
            return src
        return f"function {getattr(v, 'name', '')}() {{ [native code] }}"
    if isinstance(v, JSArray):
        return "[object Array]"
    return f"#<{constructor_name(v)}>"


def _describe_object_for_set(o: Any) -> str:
    return "[object Array]" if isinstance(o, JSArray) else f"#<{constructor_name(o)}>"


# ---------------------------------------------------------------------------------------------
# Property access on any value
# ---------------------------------------------------------------------------------------------

def primitive_prototype(v: Any) -> JSObject:
    """The prototype used to look up properties on a primitive (the wrapper's prototype)."""
    return wrapper_prototype(_realm(), v)


def get_v(v: Any, key: Any) -> Any:
    """GetV (7.3.3): ``key`` is already a property key."""
    if isinstance(v, JSObject):
        return v.get(key, v)
    t = type(v)
    if t is str:
        if key == "length":
            return float(len(v))
        if type(key) is str and "0" <= key[:1] <= "9":
            i = array_index(key)
            if 0 <= i < len(v):
                return v[i]
    elif v is None or v is JSNull:
        throw_read_of_nullish(v, key)
    return primitive_prototype(v).get(key, v)


def _nullish_key_suffix(key: Any, verb: str) -> str:
    """" (reading 'k')" for a primitive key; nothing for an object key, whose ToPropertyKey
    must not run: GetValue / PutValue throw on a nullish base first (6.2.5.5 step 3.a)."""
    if isinstance(key, JSObject):
        return ""
    if type(key) is float:
        key = number_to_string(key)
    elif type(key) is not str and type(key) is not JSSymbol:
        key = to_property_key(key)
    return f" ({verb} '{key_to_display(key)}')"


def throw_read_of_nullish(v: Any, key: Any) -> None:
    """The TypeError of reading a property of undefined or null, worded as V8 words it."""
    if key is WellKnown.iterator:
        from .iteration import not_iterable_message
        throw_type_error(not_iterable_message(v))
    throw_type_error(f"Cannot read properties of {to_string(v)}{_nullish_key_suffix(key, 'reading')}")


def get_member(v: Any, key: Any) -> Any:
    """``v[key]`` for any base value and any key value (13.3.2.1)."""
    if isinstance(v, JSObject):
        if type(key) is float:
            el = v.elements
            if el is not None and (not v.exotic or type(v) is JSArray):
                i = int(key) if 0.0 <= key < 4294967295.0 else -1
                if i == key and 0 <= i < len(el):
                    x = el[i]
                    if x is not HOLE:
                        return x
            key = number_to_string(key)
        elif type(key) is not str and type(key) is not JSSymbol:
            key = to_property_key(key)
        return v.get(key, v)
    if v is None or v is JSNull:
        throw_read_of_nullish(v, key)
    if type(v) is str and type(key) is float:
        i = int(key) if 0.0 <= key < 4294967295.0 else -1
        if i == key and 0 <= i < len(v):
            return v[i]
    return get_v(v, to_property_key(key))


def holes_visible_in_protos(o: JSObject) -> bool:
    """Whether a hole of o (an array or ordinary object) could read through to an index
    property on its prototype chain: some prototype has index properties or is exotic (other
    than an array, whose index properties are its ``elements``)."""
    p = o.proto
    while p is not None:
        if p.exotic and type(p) is not JSArray:
            return True
        if p.elements or p.sparse:
            return True
        p = p.proto
    return False


def set_dense_element(o: JSObject, key: float, value: Any) -> bool:
    """[[Set]] of the Number key ``key`` on ``o`` itself (an array or non-exotic object) done
    on its dense elements: an existing element, or a hole or the next index when that is
    CreateDataProperty (see ``_appendable``). False when the generic path must decide."""
    el = o.elements
    if el is None or not 0.0 <= key <= len(el):  # NaN fails the range test
        return False
    i = int(key)
    if i != key:
        return False
    n = len(el)
    if i < n:
        if el[i] is HOLE and (not o.extensible or holes_visible_in_protos(o)):
            return False
        el[i] = value
        return True
    if not _appendable(o, n):
        return False
    el.append(value)
    if type(o) is JSArray and n >= o.length:
        o.length = n + 1
    if n & (CHUNK - 1) == CHUNK - 1:
        grown(el)
    return True


def _appendable(o: JSObject, n: int) -> bool:
    """Whether [[Set]] of index n == len(o.elements) on o itself is CreateDataProperty appending
    to ``elements``: o is extensible, an array's length may grow (or already covers n), and no
    prototype has index properties (setters, read-only ones)."""
    if not o.extensible:
        return False
    if type(o) is JSArray and n >= o.length and not o.length_writable:
        return False
    return not holes_visible_in_protos(o)


def set_member(v: Any, key: Any, value: Any, strict: bool = True) -> None:
    """``v[key] = value`` (PutValue, 6.2.5.6): a failed store throws in strict code."""
    if isinstance(v, JSObject):
        if type(key) is float:
            if (not v.exotic or type(v) is JSArray) and set_dense_element(v, key, value):
                return
            key = number_to_string(key)
        elif type(key) is not str and type(key) is not JSSymbol:
            key = to_property_key(key)
        if not v.set(key, value, v) and strict:
            throw_set_failure(v, key)
        return
    if v is None or v is JSNull:
        throw_type_error(f"Cannot set properties of {to_string(v)}{_nullish_key_suffix(key, 'setting')}")
    key = to_property_key(key)
    ok = primitive_prototype(v).set(key, value, v)
    if not ok and strict:
        shown = v if type(v) is str else describe_value(v)
        from .operators import typeof
        throw_type_error(f"Cannot create property '{key_to_display(key)}' on {typeof(v)} '{shown}'")


def throw_set_failure(o: JSObject, key: Any) -> None:
    """The TypeError of a failed [[Set]] in strict code, worded as V8 words it."""
    k = key_to_display(key)
    p = o
    while p is not None:
        desc = p.get_own_property(key)
        if desc is not None:
            if desc.is_accessor():
                throw_type_error(f"Cannot set property {k} of {_describe_object_for_set(o)} which has only a getter")
            if not desc.writable:
                throw_type_error(f"Cannot assign to read only property '{k}' of object '{_describe_object_for_set(o)}'")
            break
        p = p.get_prototype_of()
    if not o.is_extensible():
        throw_type_error(f"Cannot add property {k}, object is not extensible")
    throw_type_error(f"Cannot assign to property '{k}' of {_describe_object_for_set(o)}")


def delete_member(v: Any, key: Any, strict: bool = True) -> bool:
    """``delete v[key]`` (13.5.1.2)."""
    if v is None or v is JSNull:
        throw_type_error("Cannot convert undefined or null to object")
    o = to_object(v)
    key = to_property_key(key)
    ok = o.delete(key)
    if not ok and strict:
        throw_type_error(f"Cannot delete property '{key_to_display(key)}' of {describe_value(o)}")
    return ok


def get_method(v: Any, key: Any) -> Any:
    """GetMethod (7.3.11): the function, or None when the property is undefined or null."""
    func = get_v(v, key)
    if func is None or func is JSNull:
        return None
    if not (isinstance(func, JSObject) and func.callable):
        throw_type_error(f"{describe_typed(func)} is not a function")
    return func


def describe_typed(v: Any) -> str:
    """A value as V8 names a non-callable that a built-in was to call: its type, and the value
    of a number, string or boolean (``number 1``, ``string "x"``, ``object``)."""
    t = type(v)
    if t is float:
        return f"number {number_to_string(v)}"
    if t is str:
        return f'string "{v}"'
    if t is bool:
        return f"boolean {'true' if v else 'false'}"
    from .operators import typeof
    return typeof(v)


def own_data_value(o: JSObject, key: Any, default: Any = None) -> Any:
    """The value of o's own named data property ``key`` read from its shape (no code runs), or
    ``default`` when o has no such property or it is an accessor. For the guards of fast paths:
    only meaningful on objects whose named properties live in the shape (ordinary objects,
    JSArrays, built-in functions)."""
    shape = o.shape
    i = shape.table.get(key)
    if i is None or shape.flags[i] & ACCESSOR:
        return default
    return o.slots[i]


def is_callable(v: Any) -> bool:
    """IsCallable (7.2.3)."""
    return isinstance(v, JSObject) and v.callable


def is_constructor(v: Any) -> bool:
    """IsConstructor (7.2.4)."""
    return isinstance(v, JSObject) and bool(v.is_constructor)


def call(f: Any, this: Any, args: list, what: str | None = None) -> Any:
    """Call (7.3.14); ``what`` is the callee as the source wrote it, for the message."""
    if isinstance(f, JSObject) and f.callable:
        return f.call(this, args)
    throw_type_error(f"{what if what is not None else describe_value(f)} is not a function")


def construct(f: Any, args: list, new_target: Any = None, what: str | None = None) -> JSObject:
    """Construct (7.3.15)."""
    if not (isinstance(f, JSObject) and f.is_constructor):
        throw_type_error(f"{what if what is not None else describe_value(f)} is not a constructor")
    return f.construct(args, f if new_target is None else new_target)


def invoke(v: Any, key: Any, args: list) -> Any:
    """Invoke (7.3.21)."""
    f = get_v(v, key)
    if isinstance(f, JSObject) and f.callable:
        return f.call(v, args)
    throw_type_error(f"{describe_value(f)} is not a function")


# ---------------------------------------------------------------------------------------------
# Defining properties
# ---------------------------------------------------------------------------------------------

def create_data_property(o: JSObject, key: Any, value: Any) -> bool:
    """CreateDataProperty (7.3.5)."""
    return o.define_own_property(key, PropertyDescriptor(value=value, writable=True, enumerable=True,
                                                         configurable=True))


def create_data_property_or_throw(o: JSObject, key: Any, value: Any) -> None:
    """CreateDataPropertyOrThrow (7.3.7)."""
    if not create_data_property(o, key, value):
        throw_define_failure(o, key)


def define_property_or_throw(o: JSObject, key: Any, desc: PropertyDescriptor) -> None:
    """DefinePropertyOrThrow (7.3.8)."""
    if not o.define_own_property(key, desc):
        throw_define_failure(o, key)


def throw_define_failure(o: JSObject, key: Any) -> None:
    """The TypeError of a failed [[DefineOwnProperty]], worded as V8 words it."""
    k = key_to_display(key)
    if o.get_own_property(key) is None and not o.is_extensible():
        throw_type_error(f"Cannot define property {k}, object is not extensible")
    throw_type_error(f"Cannot redefine property: {k}")


def to_property_descriptor(obj: Any) -> PropertyDescriptor:
    """ToPropertyDescriptor (6.2.6.5)."""
    if not isinstance(obj, JSObject):
        throw_type_error(f"Property description must be an object: {describe_value(obj)}")
    desc = PropertyDescriptor()
    if obj.has_property("enumerable"):
        desc.enumerable = to_boolean(obj.get("enumerable", obj))
    if obj.has_property("configurable"):
        desc.configurable = to_boolean(obj.get("configurable", obj))
    if obj.has_property("value"):
        desc.value = obj.get("value", obj)
    if obj.has_property("writable"):
        desc.writable = to_boolean(obj.get("writable", obj))
    if obj.has_property("get"):
        g = obj.get("get", obj)
        if g is not None and not is_callable(g):
            throw_type_error(f"Getter must be a function: {describe_value(g)}")
        desc.get = g
    if obj.has_property("set"):
        s = obj.get("set", obj)
        if s is not None and not is_callable(s):
            throw_type_error(f"Setter must be a function: {describe_value(s)}")
        desc.set = s
    if (desc.get is not ABSENT or desc.set is not ABSENT) and (desc.value is not ABSENT or desc.writable is not ABSENT):
        throw_type_error("Invalid property descriptor. Cannot both specify accessors and a value or "
                         f"writable attribute, {describe_value(obj)}")
    return desc


def from_property_descriptor(desc: PropertyDescriptor | None) -> Any:
    """FromPropertyDescriptor (6.2.6.4): a plain object, or undefined for None."""
    if desc is None:
        return None
    o = JSObject(_realm().intrinsics["%Object.prototype%"])
    if desc.value is not ABSENT:
        o.define_data("value", desc.value, WRITABLE | ENUMERABLE | CONFIGURABLE)
    if desc.writable is not ABSENT:
        o.define_data("writable", desc.writable, WRITABLE | ENUMERABLE | CONFIGURABLE)
    if desc.get is not ABSENT:
        o.define_data("get", desc.get, WRITABLE | ENUMERABLE | CONFIGURABLE)
    if desc.set is not ABSENT:
        o.define_data("set", desc.set, WRITABLE | ENUMERABLE | CONFIGURABLE)
    if desc.enumerable is not ABSENT:
        o.define_data("enumerable", desc.enumerable, WRITABLE | ENUMERABLE | CONFIGURABLE)
    if desc.configurable is not ABSENT:
        o.define_data("configurable", desc.configurable, WRITABLE | ENUMERABLE | CONFIGURABLE)
    return o


def complete_property_descriptor(desc: PropertyDescriptor) -> PropertyDescriptor:
    """CompletePropertyDescriptor (6.2.6.6)."""
    if desc.is_generic() or desc.is_data():
        if desc.value is ABSENT:
            desc.value = None
        if desc.writable is ABSENT:
            desc.writable = False
    else:
        if desc.get is ABSENT:
            desc.get = None
        if desc.set is ABSENT:
            desc.set = None
    if desc.enumerable is ABSENT:
        desc.enumerable = False
    if desc.configurable is ABSENT:
        desc.configurable = False
    return desc


def set_integrity_level(o: JSObject, level: str) -> bool:
    """SetIntegrityLevel (7.3.16); ``level`` is "sealed" or "frozen"."""
    if not o.prevent_extensions():
        return False
    keys = o.own_property_keys()
    if level == "sealed":
        for k in keys:
            define_property_or_throw(o, k, PropertyDescriptor(configurable=False))
    else:
        for k in keys:
            current = o.get_own_property(k)
            if current is not None:
                if current.is_accessor():
                    desc = PropertyDescriptor(configurable=False)
                else:
                    desc = PropertyDescriptor(configurable=False, writable=False)
                define_property_or_throw(o, k, desc)
    return True


def test_integrity_level(o: JSObject, level: str) -> bool:
    """TestIntegrityLevel (7.3.17)."""
    if o.is_extensible():
        return False
    for k in o.own_property_keys():
        current = o.get_own_property(k)
        if current is not None:
            if current.configurable:
                return False
            if level == "frozen" and current.is_data() and current.writable:
                return False
    return True


# ---------------------------------------------------------------------------------------------
# Constructors and prototypes
# ---------------------------------------------------------------------------------------------

def get_function_realm(f: JSObject) -> Any:
    """GetFunctionRealm (7.3.24): a bound function's or proxy's target realm, else the function's."""
    for _ in range(10000):
        target = getattr(f, "bound_target", None) or getattr(f, "proxy_target", None)
        if target is None:
            if getattr(f, "proxy_handler", 0) is None:
                throw_type_error("Cannot perform 'GetFunctionRealm' on a proxy that has been revoked")
            break
        f = target
    return getattr(f, "realm", None) or _realm()


def get_prototype_from_constructor(ctor: JSObject, default_name: str) -> JSObject:
    """GetPrototypeFromConstructor (10.1.14); ``default_name`` is like "%Object.prototype%"."""
    proto = ctor.get("prototype", ctor)
    if isinstance(proto, JSObject):
        return proto
    return get_function_realm(ctor).intrinsics[default_name]


def ordinary_create_from_constructor(ctor: JSObject, default_name: str, cls: type = JSObject,
                                     *args: Any) -> JSObject:
    """OrdinaryCreateFromConstructor (10.1.13): ``cls(proto, *args)``."""
    return cls(get_prototype_from_constructor(ctor, default_name), *args)


def species_constructor(o: JSObject, default: JSObject) -> JSObject:
    """SpeciesConstructor (7.3.22)."""
    c = o.get("constructor", o)
    if c is None:
        return default
    if not isinstance(c, JSObject):
        throw_type_error("The .constructor property is not an object")
    s = c.get(WellKnown.species, c)
    if s is None or s is JSNull:
        return default
    if is_constructor(s):
        return s
    throw_type_error("object.constructor[Symbol.species] is not a constructor")


def ordinary_has_instance(c: Any, o: Any) -> bool:
    """OrdinaryHasInstance (7.3.23)."""
    if not is_callable(c):
        return False
    target = getattr(c, "bound_target", None)
    if target is not None:
        from .operators import instance_of
        return instance_of(o, target)
    if not isinstance(o, JSObject):
        return False
    p = c.get("prototype", c)
    if not isinstance(p, JSObject):
        throw_type_error("Function has non-object prototype '" + describe_value(p)
                         + "' in instanceof check")
    o = o.get_prototype_of()
    while o is not None:
        if o is p:
            return True
        o = o.get_prototype_of()
    return False


def is_array(v: Any) -> bool:
    """IsArray (7.2.2): Array exotic objects, and proxies whose target is one."""
    if isinstance(v, JSArray):
        return True
    if isinstance(v, JSObject) and hasattr(v, "proxy_handler"):
        if v.proxy_handler is None:
            throw_type_error("Cannot perform 'IsArray' on a proxy that has been revoked")
        return is_array(v.proxy_target)
    return False


# ---------------------------------------------------------------------------------------------
# Arrays and array-likes
# ---------------------------------------------------------------------------------------------

def create_array_from_list(values: list, realm: Any = None) -> JSArray:
    """CreateArrayFromList (7.3.18). The array takes ownership of ``values`` (no copy)."""
    return JSArray((realm or _realm()).intrinsics["%Array.prototype%"], values)


def length_of_array_like(o: JSObject) -> int:
    """LengthOfArrayLike (7.3.19)."""
    if type(o) is JSArray:
        return o.length
    return to_length(o.get("length", o))


def create_list_from_array_like(o: Any, element_types: Iterable[str] | None = None) -> list:
    """CreateListFromArrayLike (7.3.20); ``element_types`` limits the typeof of the elements
    (e.g. ("string", "symbol") for property keys)."""
    if not isinstance(o, JSObject):
        throw_type_error("CreateListFromArrayLike called on non-object")
    if type(o) is JSArray and element_types is None and o.elements is not None \
            and len(o.elements) == o.length and HOLE not in o.elements:
        return list(o.elements)
    if not o.exotic and element_types is None:  # an ordinary object whose length is its elements'
        el = o.elements
        if el is not None and (i := o.shape.table.get("length")) is not None \
                and not o.shape.flags[i] & ACCESSOR and type(ln := o.slots[i]) is float and ln == len(el) \
                and HOLE not in el:
            return list(el)
    n = length_of_array_like(o)
    out = [o.get(str(i), o) for i in range(n)]
    if element_types is not None:
        from .operators import typeof
        allowed = tuple(element_types)
        for v in out:
            if typeof(v) not in allowed:
                throw_type_error(f"{describe_value(v)} is not a valid property name")
    return out


def enumerable_own_properties(o: JSObject, kind: str) -> list:
    """EnumerableOwnProperties (7.3.23); ``kind`` is "key", "value" or "key+value"."""
    out = []
    for key in o.own_property_keys():
        if type(key) is not str:
            continue
        desc = o.get_own_property(key)
        if desc is not None and desc.enumerable:
            if kind == "key":
                out.append(key)
            else:
                value = o.get(key, o)
                out.append(value if kind == "value" else create_array_from_list([key, value]))
    return out


def copy_data_properties(target: JSObject, source: Any, excluded: Iterable = ()) -> JSObject:
    """CopyDataProperties (7.3.25): ``{...source}`` and object rest patterns."""
    if source is None or source is JSNull:
        return target
    src = to_object(source)
    excluded = set(excluded) if excluded else ()
    for key in src.own_property_keys():
        if key in excluded:
            continue
        desc = src.get_own_property(key)
        if desc is not None and desc.enumerable:
            create_data_property(target, key, src.get(key, src))
    return target


def this_primitive_value(this: Any, t: type, method: str, type_name: str) -> Any:
    """thisBooleanValue / thisNumberValue / thisSymbolValue / thisBigIntValue: the primitive of
    type ``t`` or its wrapper's, else TypeError "<method> requires that 'this' be a <type_name>"."""
    if type(this) is t:
        return this
    if isinstance(this, JSPrimitiveWrapper) and type(this.value) is t:
        return this.value
    throw_type_error(f"{method} requires that 'this' be a {type_name}")
