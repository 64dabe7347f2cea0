"""The Object constructor and Object.prototype (ECMA-262 20.1, B.2.2)."""
from __future__ import annotations

from typing import Any

from ..access import (call, create_array_from_list, create_data_property_or_throw, define_property_or_throw,
                      describe_value, enumerable_own_properties, from_property_descriptor, is_array,
                      is_callable, ordinary_create_from_constructor, set_integrity_level,
                      test_integrity_level, throw_set_failure, to_property_descriptor)
from ..conversions import require_object_coercible, to_object, to_property_key
from ..errors import JSThrow, throw_type_error
from ..function import arg, define_getter, define_method, make_constructor
from ..iteration import DONE, get_iterator, iterator_close, iterator_step_value
from ..objects import ImmutablePrototypeObject, JSObject, PropertyDescriptor, same_value
from ..values import JSNull, JSSymbol, WellKnown

ORDER = 0

# Objects whose class_name is one of these get it as their builtinTag (20.1.3.6 step 15).
_BUILTIN_TAGS = frozenset(("Arguments", "Function", "Error", "Boolean", "Number", "String", "Date", "RegExp"))


def _proto_or_null(v: Any, what: str) -> JSObject | None:
    if v is JSNull:
        return None
    if isinstance(v, JSObject):
        return v
    throw_type_error(f"Object prototype may only be an Object or null: {describe_value(v)}")


def _require_object(v: Any, method: str) -> JSObject:
    if not isinstance(v, JSObject):
        throw_type_error(f"{method} called on non-object")
    return v


def object_define_properties(o: JSObject, properties: Any) -> JSObject:
    """ObjectDefineProperties (20.1.2.3.1)."""
    props = to_object(properties)
    descriptors = []
    for key in props.own_property_keys():
        prop_desc = props.get_own_property(key)
        if prop_desc is not None and prop_desc.enumerable:
            descriptors.append((key, to_property_descriptor(props.get(key, props))))
    for key, desc in descriptors:
        define_property_or_throw(o, key, desc)
    return o


def set_prototype_or_throw(o: JSObject, proto: JSObject | None) -> None:
    """[[SetPrototypeOf]] with V8's messages for the failure."""
    if o.set_prototype_of(proto):
        return
    if isinstance(o, ImmutablePrototypeObject):
        throw_type_error("Immutable prototype object 'Object.prototype' cannot have their prototype set")
    if not o.is_extensible():
        throw_type_error(f"{describe_value(o)} is not extensible")
    throw_type_error("Cyclic __proto__ value")


def object_to_string(this: Any) -> str:
    """Object.prototype.toString (20.1.3.6)."""
    if this is None:
        return "[object Undefined]"
    if this is JSNull:
        return "[object Null]"
    o = to_object(this)
    if is_array(o):
        builtin_tag = "Array"
    elif o.callable:
        builtin_tag = "Function"
    else:
        name = o.class_name
        builtin_tag = name if name in _BUILTIN_TAGS else "Object"
    tag = o.get(WellKnown.toStringTag, o)
    return f"[object {tag if type(tag) is str else builtin_tag}]"


def setup(realm: Any) -> None:
    proto: JSObject = realm.intrinsics["%Object.prototype%"]

    def object_call(this: Any, args: list) -> Any:
        value = arg(args, 0)
        if value is None or value is JSNull:
            return JSObject(proto)
        return to_object(value)

    def object_construct(args: list, new_target: JSObject) -> JSObject:
        if new_target is not ctor:
            return ordinary_create_from_constructor(new_target, "%Object.prototype%")
        return object_call(None, args)

    ctor = make_constructor(realm, "Object", 1, object_call, object_construct, proto)

    # -- static methods (20.1.2) --
    def assign(this: Any, args: list) -> Any:
        to = to_object(arg(args, 0))
        for source in args[1:]:
            if source is None or source is JSNull:
                continue
            src = to_object(source)
            for key in src.own_property_keys():
                desc = src.get_own_property(key)
                if desc is not None and desc.enumerable:
                    value = src.get(key, src)
                    if not to.set(key, value, to):
                        throw_set_failure(to, key)
        return to

    def create(this: Any, args: list) -> Any:
        o = JSObject(_proto_or_null(arg(args, 0), "create"))
        props = arg(args, 1)
        if props is not None:
            object_define_properties(o, props)
        return o

    def define_properties(this: Any, args: list) -> Any:
        o = _require_object(arg(args, 0), "Object.defineProperties")
        return object_define_properties(o, arg(args, 1))

    def define_property(this: Any, args: list) -> Any:
        o = _require_object(arg(args, 0), "Object.defineProperty")
        key = to_property_key(arg(args, 1))
        define_property_or_throw(o, key, to_property_descriptor(arg(args, 2)))
        return o

    def entries(this: Any, args: list) -> Any:
        return create_array_from_list(enumerable_own_properties(to_object(arg(args, 0)), "key+value"))

    def keys(this: Any, args: list) -> Any:
        return create_array_from_list(enumerable_own_properties(to_object(arg(args, 0)), "key"))

    def values(this: Any, args: list) -> Any:
        return create_array_from_list(enumerable_own_properties(to_object(arg(args, 0)), "value"))

    def freeze(this: Any, args: list) -> Any:
        o = arg(args, 0)
        if isinstance(o, JSObject) and not set_integrity_level(o, "frozen"):
            throw_type_error("Cannot freeze")
        return o

    def seal(this: Any, args: list) -> Any:
        o = arg(args, 0)
        if isinstance(o, JSObject) and not set_integrity_level(o, "sealed"):
            throw_type_error("Cannot seal")
        return o

    def prevent_extensions(this: Any, args: list) -> Any:
        o = arg(args, 0)
        if isinstance(o, JSObject) and not o.prevent_extensions():
            throw_type_error("Cannot prevent extensions")
        return o

    def is_frozen(this: Any, args: list) -> Any:
        o = arg(args, 0)
        return not isinstance(o, JSObject) or test_integrity_level(o, "frozen")

    def is_sealed(this: Any, args: list) -> Any:
        o = arg(args, 0)
        return not isinstance(o, JSObject) or test_integrity_level(o, "sealed")

    def is_extensible(this: Any, args: list) -> Any:
        o = arg(args, 0)
        return isinstance(o, JSObject) and o.is_extensible()

    def from_entries(this: Any, args: list) -> Any:
        iterable = require_object_coercible(arg(args, 0), "Object.fromEntries")
        o = JSObject(proto)
        rec = get_iterator(iterable)
        while (entry := iterator_step_value(rec)) is not DONE:
            try:
                if not isinstance(entry, JSObject):
                    throw_type_error(f"Iterator value {describe_value(entry)} is not an entry object")
                k = entry.get("0", entry)
                v = entry.get("1", entry)
                create_data_property_or_throw(o, to_property_key(k), v)
            except JSThrow:
                iterator_close(rec, throwing=True)
                raise
        return o

    def get_own_property_descriptor(this: Any, args: list) -> Any:
        o = to_object(arg(args, 0))
        key = to_property_key(arg(args, 1))
        return from_property_descriptor(o.get_own_property(key))

    def get_own_property_descriptors(this: Any, args: list) -> Any:
        o = to_object(arg(args, 0))
        result = JSObject(proto)
        for key in o.own_property_keys():
            d = from_property_descriptor(o.get_own_property(key))
            if d is not None:
                create_data_property_or_throw(result, key, d)
        return result

    def get_own_property_names(this: Any, args: list) -> Any:
        o = to_object(arg(args, 0))
        return create_array_from_list([k for k in o.own_property_keys() if type(k) is str])

    def get_own_property_symbols(this: Any, args: list) -> Any:
        o = to_object(arg(args, 0))
        return create_array_from_list([k for k in o.own_property_keys() if type(k) is JSSymbol])

    def get_prototype_of(this: Any, args: list) -> Any:
        p = to_object(arg(args, 0)).get_prototype_of()
        return JSNull if p is None else p

    def set_prototype_of(this: Any, args: list) -> Any:
        o = require_object_coercible(arg(args, 0), "Object.setPrototypeOf")
        p = _proto_or_null(arg(args, 1), "setPrototypeOf")
        if isinstance(o, JSObject):
            set_prototype_or_throw(o, p)
        return o

    def group_by(this: Any, args: list) -> Any:
        groups = group_by_key(arg(args, 0), arg(args, 1), property_keys=True)
        result = JSObject(None)
        for key, items in groups:
            create_data_property_or_throw(result, key, create_array_from_list(items))
        return result

    def has_own(this: Any, args: list) -> Any:
        o = to_object(arg(args, 0))
        return o.get_own_property(to_property_key(arg(args, 1))) is not None

    def is_(this: Any, args: list) -> Any:
        return same_value(arg(args, 0), arg(args, 1))

    for name, length, fn in (  # V8's order
            ("assign", 2, assign), ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
            ("getOwnPropertyDescriptors", 1, get_own_property_descriptors),
            ("getOwnPropertyNames", 1, get_own_property_names),
            ("getOwnPropertySymbols", 1, get_own_property_symbols), ("hasOwn", 2, has_own), ("is", 2, is_),
            ("preventExtensions", 1, prevent_extensions), ("seal", 1, seal), ("create", 2, create),
            ("defineProperties", 2, define_properties), ("defineProperty", 3, define_property),
            ("freeze", 1, freeze), ("getPrototypeOf", 1, get_prototype_of), ("setPrototypeOf", 2, set_prototype_of),
            ("isExtensible", 1, is_extensible), ("isFrozen", 1, is_frozen), ("isSealed", 1, is_sealed),
            ("keys", 1, keys), ("entries", 1, entries), ("fromEntries", 1, from_entries), ("values", 1, values),
            ("groupBy", 2, group_by)):
        define_method(ctor, realm, name, length, fn)

    # -- Object.prototype (20.1.3, B.2.2) --
    def has_own_property(this: Any, args: list) -> Any:
        key = to_property_key(arg(args, 0))
        return to_object(this).get_own_property(key) is not None

    def is_prototype_of(this: Any, args: list) -> Any:
        v = arg(args, 0)
        if not isinstance(v, JSObject):
            return False
        o = to_object(this)
        v = v.get_prototype_of()
        while v is not None:
            if v is o:
                return True
            v = v.get_prototype_of()
        return False

    def property_is_enumerable(this: Any, args: list) -> Any:
        key = to_property_key(arg(args, 0))
        desc = to_object(this).get_own_property(key)
        return desc is not None and bool(desc.enumerable)

    def to_locale_string(this: Any, args: list) -> Any:
        from ..access import invoke
        return invoke(this, "toString", [])

    def value_of(this: Any, args: list) -> Any:
        return to_object(this)

    def proto_getter(this: Any, args: list) -> Any:
        p = to_object(this).get_prototype_of()
        return JSNull if p is None else p

    def proto_setter(this: Any, args: list) -> Any:
        require_object_coercible(this, "Object.prototype.__proto__")
        p = arg(args, 0)
        if (p is JSNull or isinstance(p, JSObject)) and isinstance(this, JSObject):
            set_prototype_or_throw(this, None if p is JSNull else p)
        return None

    def define_getter_(this: Any, args: list) -> Any:
        o = to_object(this)
        getter = arg(args, 1)
        if not is_callable(getter):
            throw_type_error("Object.prototype.__defineGetter__: Expecting function")
        desc = PropertyDescriptor(get=getter, enumerable=True, configurable=True)
        define_property_or_throw(o, to_property_key(arg(args, 0)), desc)
        return None

    def define_setter_(this: Any, args: list) -> Any:
        o = to_object(this)
        setter = arg(args, 1)
        if not is_callable(setter):
            throw_type_error("Object.prototype.__defineSetter__: Expecting function")
        desc = PropertyDescriptor(set=setter, enumerable=True, configurable=True)
        define_property_or_throw(o, to_property_key(arg(args, 0)), desc)
        return None

    def lookup(field: str):
        def lookup_accessor(this: Any, args: list) -> Any:
            o = to_object(this)
            key = to_property_key(arg(args, 0))
            while o is not None:
                desc = o.get_own_property(key)
                if desc is not None:
                    return getattr(desc, field) if desc.is_accessor() else None
                o = o.get_prototype_of()
            return None
        return lookup_accessor

    for name, length, fn in (
            ("__defineGetter__", 2, define_getter_), ("__defineSetter__", 2, define_setter_),
            ("hasOwnProperty", 1, has_own_property), ("__lookupGetter__", 1, lookup("get")),
            ("__lookupSetter__", 1, lookup("set")), ("isPrototypeOf", 1, is_prototype_of),
            ("propertyIsEnumerable", 1, property_is_enumerable), ("toString", 0, lambda t, a: object_to_string(t)),
            ("valueOf", 0, value_of)):
        f = define_method(proto, realm, name, length, fn)
        if name == "toString":
            realm.intrinsics["%Object.prototype.toString%"] = f
    define_getter(proto, realm, "__proto__", proto_getter, proto_setter)
    define_method(proto, realm, "toLocaleString", 0, to_locale_string)


def group_by_key(items: Any, callback: Any, property_keys: bool) -> list[tuple[Any, list]]:
    """GroupBy (7.3.35): [(key, [values...])] in first-seen key order. With ``property_keys``
    the keys are property keys, else values compared by SameValueZero (-0 becomes +0)."""
    require_object_coercible(items, "groupBy")
    if not is_callable(callback):
        throw_type_error(f"{describe_value(callback)} is not a function")
    groups: dict = {}
    order: list = []
    rec = get_iterator(items)
    k = 0
    while (value := iterator_step_value(rec)) is not DONE:
        try:
            key = call(callback, None, [value, float(k)])
            if property_keys:
                key = to_property_key(key)
            elif type(key) is float and key == 0.0:
                key = 0.0
        except JSThrow:
            iterator_close(rec, throwing=True)
            raise
        hk = _group_hash_key(key)
        if hk not in groups:
            groups[hk] = (key, [])
            order.append(hk)
        groups[hk][1].append(value)
        k += 1
    return [groups[hk] for hk in order]


def _group_hash_key(key: Any) -> Any:
    """A Python dict key that is equal exactly when the JS keys are SameValueZero."""
    t = type(key)
    if t is float:
        return ("n", "NaN" if key != key else key)
    if t is str or t is int or t is bool:
        return (t.__name__, key)
    return ("id", id(key))
