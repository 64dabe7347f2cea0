"""Proxy exotic objects (ECMA-262 10.5), the Proxy constructor (28.2) and Reflect (28.1).

``JSProxy`` overrides every internal method: each looks up its trap on the handler, calls it,
and checks the invariants the spec lists against the target. A proxy is callable / a
constructor exactly when its target is (set per instance at creation).
"""
from __future__ import annotations

from typing import Any

from ..access import (call, construct, create_array_from_list, create_list_from_array_like, describe_value,
                      from_property_descriptor, get_v, is_callable, is_constructor, to_property_descriptor,
                      complete_property_descriptor)
from ..conversions import to_boolean, to_property_key
from ..errors import throw_type_error
from ..function import arg, builtin, define_method, make_constructor
from ..objects import JSObject, PropertyDescriptor, is_compatible_property_descriptor, same_value
from ..realm import current_realm
from ..shapes import CONFIGURABLE, WRITABLE
from ..values import JSNull, JSSymbol, WellKnown

ORDER = 19


def _key_text(key: Any) -> str:
    return key if type(key) is str else f"Symbol({key.description or ''})"


class JSProxy(JSObject):
    """A Proxy exotic object: ``proxy_target`` and ``proxy_handler`` (None once revoked)."""

    __slots__ = ("proxy_target", "proxy_handler")
    exotic = True
    class_name = "Object"

    def __init__(self, target: JSObject, handler: JSObject) -> None:
        super().__init__(None)
        self.proxy_target = target
        self.proxy_handler = handler
        if target.callable:
            self.callable = True
            self.class_name = "Function"
        self.is_constructor = is_constructor(target)

    def _trap(self, name: str) -> tuple[JSObject, JSObject, Any]:
        """(handler, target, trap or None); throws if revoked."""
        handler = self.proxy_handler
        if handler is None:
            throw_type_error(f"Cannot perform '{name}' on a proxy that has been revoked")
        trap = get_v(handler, name)
        if trap is None or trap is JSNull:
            return handler, self.proxy_target, None
        if not is_callable(trap):  # GetMethod (7.3.11) step 3, in V8's words
            throw_type_error(f"'{describe_value(trap)}' returned for property '{name}' of object "
                             f"'{describe_value(handler)}' is not a function")
        return handler, self.proxy_target, trap

    # [[GetPrototypeOf]] (10.5.1)
    def get_prototype_of(self) -> JSObject | None:
        handler, target, trap = self._trap("getPrototypeOf")
        if trap is None:
            return target.get_prototype_of()
        proto = call(trap, handler, [target])
        if not isinstance(proto, JSObject) and proto is not JSNull:
            throw_type_error("'getPrototypeOf' on proxy: trap returned neither object nor null")
        proto = None if proto is JSNull else proto
        if target.is_extensible():
            return proto
        if proto is not target.get_prototype_of():
            throw_type_error("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not "
                             "return its actual prototype")
        return proto

    @property
    def proto(self):  # the ordinary [[Prototype]] slot is never used by a proxy
        return self.get_prototype_of()

    @proto.setter
    def proto(self, v) -> None:
        pass

    # [[SetPrototypeOf]] (10.5.2)
    def set_prototype_of(self, v: JSObject | None) -> bool:
        handler, target, trap = self._trap("setPrototypeOf")
        if trap is None:
            return target.set_prototype_of(v)
        ok = to_boolean(call(trap, handler, [target, JSNull if v is None else v]))
        if not ok:
            return False
        if target.is_extensible():
            return True
        if v is not target.get_prototype_of():
            throw_type_error("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on "
                             "the non-extensible proxy target")
        return True

    # [[IsExtensible]] (10.5.3)
    def is_extensible(self) -> bool:
        handler, target, trap = self._trap("isExtensible")
        if trap is None:
            return target.is_extensible()
        result = to_boolean(call(trap, handler, [target]))
        if result != target.is_extensible():
            throw_type_error(f"'isExtensible' on proxy: trap result does not reflect extensibility of proxy "
                             f"target (which is '{str(target.is_extensible()).lower()}')")
        return result

    # [[PreventExtensions]] (10.5.4)
    def prevent_extensions(self) -> bool:
        handler, target, trap = self._trap("preventExtensions")
        if trap is None:
            return target.prevent_extensions()
        result = to_boolean(call(trap, handler, [target]))
        if result and target.is_extensible():
            throw_type_error("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible")
        return result

    # [[GetOwnProperty]] (10.5.5)
    def get_own_property(self, key) -> PropertyDescriptor | None:
        handler, target, trap = self._trap("getOwnPropertyDescriptor")
        if trap is None:
            return target.get_own_property(key)
        result = call(trap, handler, [target, key])
        if not isinstance(result, JSObject) and result is not None:
            throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined "
                             f"for property '{_key_text(key)}'")
        target_desc = target.get_own_property(key)
        if result is None:
            if target_desc is None:
                return None
            if target_desc.configurable is False:
                throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned undefined for property "
                                 f"'{_key_text(key)}' which is non-configurable in the proxy target")
            if not target.is_extensible():
                throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned undefined for property "
                                 f"'{_key_text(key)}' which exists in the non-extensible proxy target")
            return None
        extensible = target.is_extensible()
        desc = complete_property_descriptor(to_property_descriptor(result))
        if not is_compatible_property_descriptor(extensible, desc, target_desc):
            throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property "
                             f"'{_key_text(key)}' that is incompatible with the existing property in the proxy target")
        if desc.configurable is False:
            if target_desc is None or target_desc.configurable is True:
                throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for "
                                 f"property '{_key_text(key)}' which is either non-existent or configurable in "
                                 f"the proxy target")
            if desc.writable is False and target_desc.writable is True:
                throw_type_error(f"'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and "
                                 f"writable for property '{_key_text(key)}' which is non-configurable, "
                                 f"non-writable in the proxy target")
        return desc

    # [[DefineOwnProperty]] (10.5.6)
    def define_own_property(self, key, desc: PropertyDescriptor) -> bool:
        handler, target, trap = self._trap("defineProperty")
        if trap is None:
            return target.define_own_property(key, desc)
        ok = to_boolean(call(trap, handler, [target, key, from_property_descriptor(desc)]))
        if not ok:
            return False
        target_desc = target.get_own_property(key)
        setting_non_configurable = desc.configurable is False
        if target_desc is None:
            if not target.is_extensible():
                throw_type_error(f"'defineProperty' on proxy: trap returned truish for adding property "
                                 f"'{_key_text(key)}'  to the non-extensible proxy target")
            if setting_non_configurable:
                throw_type_error(f"'defineProperty' on proxy: trap returned truish for defining non-configurable "
                                 f"property '{_key_text(key)}' which is either non-existent or configurable in "
                                 f"the proxy target")
            return True
        if not is_compatible_property_descriptor(target.is_extensible(), desc, target_desc):
            throw_type_error(f"'defineProperty' on proxy: trap returned truish for adding property "
                             f"'{_key_text(key)}'  that is incompatible with the existing property in the proxy target")
        if setting_non_configurable and target_desc.configurable is True:
            throw_type_error(f"'defineProperty' on proxy: trap returned truish for defining non-configurable "
                             f"property '{_key_text(key)}' which is either non-existent or configurable in the "
                             f"proxy target")
        if target_desc.is_data() and target_desc.configurable is False and target_desc.writable is True \
                and desc.writable is False:
            throw_type_error(f"'defineProperty' on proxy: trap returned truish for defining non-configurable "
                             f"property '{_key_text(key)}' which cannot be non-writable, unless there exists a "
                             f"corresponding non-configurable, non-writable own property of the target object.")
        return True

    # [[HasProperty]] (10.5.7)
    def has_property(self, key) -> bool:
        handler, target, trap = self._trap("has")
        if trap is None:
            return target.has_property(key)
        result = to_boolean(call(trap, handler, [target, key]))
        if not result:
            target_desc = target.get_own_property(key)
            if target_desc is not None:
                if target_desc.configurable is False:
                    throw_type_error(f"'has' on proxy: trap returned falsish for property '{_key_text(key)}' "
                                     f"which exists in the proxy target as non-configurable")
                if not target.is_extensible():
                    throw_type_error(f"'has' on proxy: trap returned falsish for property '{_key_text(key)}' but "
                                     f"the proxy target is not extensible")
        return result

    def has_own_fast(self, key) -> bool:
        return self.get_own_property(key) is not None

    # [[Get]] (10.5.8)
    def get(self, key, receiver=None) -> Any:
        if receiver is None:
            receiver = self
        handler, target, trap = self._trap("get")
        if trap is None:
            return target.get(key, receiver)
        value = call(trap, handler, [target, key, receiver])
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if target_desc.is_data() and target_desc.writable is False and not same_value(value, target_desc.value):
                throw_type_error(f"'get' on proxy: property '{_key_text(key)}' is a read-only and non-configurable "
                                 f"data property on the proxy target but the proxy did not return its actual value "
                                 f"(expected '{describe_value(target_desc.value)}' but got '{describe_value(value)}')")
            if target_desc.is_accessor() and target_desc.get is None and value is not None:
                throw_type_error(f"'get' on proxy: property '{_key_text(key)}' is a non-configurable accessor "
                                 f"property on the proxy target and does not have a getter function, but the trap "
                                 f"did not return 'undefined' (got '{describe_value(value)}')")
        return value

    def get_exotic(self, key, receiver) -> Any:
        return self.get(key, receiver)

    # [[Set]] (10.5.9)
    def set(self, key, value, receiver=None) -> bool:
        if receiver is None:
            receiver = self
        handler, target, trap = self._trap("set")
        if trap is None:
            return target.set(key, value, receiver)
        ok = to_boolean(call(trap, handler, [target, key, value, receiver]))
        if not ok:
            return False
        target_desc = target.get_own_property(key)
        if target_desc is not None and target_desc.configurable is False:
            if target_desc.is_data() and target_desc.writable is False and not same_value(value, target_desc.value):
                throw_type_error(f"'set' on proxy: trap returned truish for property '{_key_text(key)}' which "
                                 f"exists in the proxy target as a non-configurable and non-writable data "
                                 f"property with a different value")
            if target_desc.is_accessor() and target_desc.set is None:
                throw_type_error(f"'set' on proxy: trap returned truish for property '{_key_text(key)}' which "
                                 f"exists in the proxy target as a non-configurable and non-writable accessor "
                                 f"property without a setter")
        return True

    # [[Delete]] (10.5.10)
    def delete(self, key) -> bool:
        handler, target, trap = self._trap("deleteProperty")
        if trap is None:
            return target.delete(key)
        ok = to_boolean(call(trap, handler, [target, key]))
        if not ok:
            return False
        target_desc = target.get_own_property(key)
        if target_desc is None:
            return True
        if target_desc.configurable is False:
            throw_type_error(f"'deleteProperty' on proxy: trap returned truish for property '{_key_text(key)}' "
                             f"which is non-configurable in the proxy target")
        if not target.is_extensible():
            throw_type_error(f"'deleteProperty' on proxy: trap returned truish for property '{_key_text(key)}' "
                             f"but the proxy target is non-extensible")
        return True

    # [[OwnPropertyKeys]] (10.5.11)
    def own_property_keys(self) -> list:
        handler, target, trap = self._trap("ownKeys")
        if trap is None:
            return target.own_property_keys()
        keys = create_list_from_array_like(call(trap, handler, [target]), ("string", "symbol"))
        seen = set()
        for k in keys:
            if k in seen:
                throw_type_error(f"'ownKeys' on proxy: trap returned duplicate entries")
            seen.add(k)
        extensible = target.is_extensible()
        target_keys = target.own_property_keys()
        configurable, nonconfigurable = [], []
        for k in target_keys:
            d = target.get_own_property(k)
            (nonconfigurable if d is not None and d.configurable is False else configurable).append(k)
        if extensible and not nonconfigurable:
            return keys
        unchecked = dict.fromkeys(keys)
        for k in nonconfigurable:
            if k not in unchecked:
                throw_type_error(f"'ownKeys' on proxy: trap result did not include '{_key_text(k)}'")
            del unchecked[k]
        if extensible:
            return keys
        for k in configurable:
            if k not in unchecked:
                throw_type_error(f"'ownKeys' on proxy: trap result did not include '{_key_text(k)}'")
            del unchecked[k]
        if unchecked:
            throw_type_error("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible")
        return keys

    # [[Call]] (10.5.12)
    def call(self, this: Any, args: list) -> Any:
        handler, target, trap = self._trap("apply")
        if trap is None:
            return call(target, this, args)
        return call(trap, handler, [target, this, create_array_from_list(list(args))])

    # [[Construct]] (10.5.13)
    def construct(self, args: list, new_target: JSObject) -> JSObject:
        handler, target, trap = self._trap("construct")
        if trap is None:
            return construct(target, args, new_target)
        result = call(trap, handler, [target, create_array_from_list(list(args)), new_target])
        if not isinstance(result, JSObject):
            throw_type_error("proxy [[Construct]] must return an object")
        return result


def proxy_create(target: Any, handler: Any) -> JSProxy:
    """ProxyCreate (10.5.14)."""
    if not isinstance(target, JSObject) or not isinstance(handler, JSObject):
        throw_type_error("Cannot create proxy with a non-object as target or handler")
    return JSProxy(target, handler)


def _setup_proxy(realm: Any) -> None:
    def proxy_call(this, args):
        throw_type_error("Constructor Proxy requires 'new'")

    def proxy_construct(args, new_target):
        return proxy_create(arg(args, 0), arg(args, 1))

    ctor = make_constructor(realm, "Proxy", 2, proxy_call, proxy_construct, None)

    def revocable(this, args):
        p = proxy_create(arg(args, 0), arg(args, 1))

        def revoke(this, args):
            p.proxy_target = None
            p.proxy_handler = None
        result = JSObject(realm.intrinsics["%Object.prototype%"])
        result.define_data("proxy", p, WRITABLE | CONFIGURABLE | 2)
        result.define_data("revoke", builtin(realm, "", 0, revoke), WRITABLE | CONFIGURABLE | 2)
        return result
    define_method(ctor, realm, "revocable", 2, revocable)


# ---------------------------------------------------------------------------------------------
# Reflect (28.1)
# ---------------------------------------------------------------------------------------------

def _target(v: Any, method: str) -> JSObject:
    if not isinstance(v, JSObject):
        throw_type_error(f"Reflect.{method} called on non-object")
    return v


def _setup_reflect(realm: Any) -> None:
    reflect = JSObject(realm.intrinsics["%Object.prototype%"])
    realm.intrinsics["%Reflect%"] = reflect
    realm.global_object.define_data("Reflect", reflect, WRITABLE | CONFIGURABLE)

    def apply(this, args):
        f = arg(args, 0)
        if not is_callable(f):
            throw_type_error(f"Function.prototype.apply was called on {describe_value(f)}, which is "
                             f"{_kind_with_article(f)} and not a function")
        lst = arg(args, 2)
        if not isinstance(lst, JSObject):
            throw_type_error("CreateListFromArrayLike called on non-object")
        return call(f, arg(args, 1), create_list_from_array_like(lst))

    def construct_(this, args):
        f = arg(args, 0)
        if not is_constructor(f):
            throw_type_error(f"{describe_value(f)} is not a constructor")
        new_target = f if len(args) < 3 else args[2]
        if not is_constructor(new_target):
            throw_type_error(f"{describe_value(new_target)} is not a constructor")
        lst = arg(args, 1)
        if not isinstance(lst, JSObject):
            throw_type_error("CreateListFromArrayLike called on non-object")
        return construct(f, create_list_from_array_like(lst), new_target)

    def define_property(this, args):
        t = _target(arg(args, 0), "defineProperty")
        key = to_property_key(arg(args, 1))
        return t.define_own_property(key, to_property_descriptor(arg(args, 2)))

    def delete_property(this, args):
        t = _target(arg(args, 0), "deleteProperty")
        return t.delete(to_property_key(arg(args, 1)))

    def get(this, args):
        t = _target(arg(args, 0), "get")
        key = to_property_key(arg(args, 1))
        return t.get(key, t if len(args) < 3 else args[2])

    def get_own_property_descriptor(this, args):
        t = _target(arg(args, 0), "getOwnPropertyDescriptor")
        return from_property_descriptor(t.get_own_property(to_property_key(arg(args, 1))))

    def get_prototype_of(this, args):
        p = _target(arg(args, 0), "getPrototypeOf").get_prototype_of()
        return JSNull if p is None else p

    def has(this, args):
        t = _target(arg(args, 0), "has")
        return t.has_property(to_property_key(arg(args, 1)))

    def is_extensible(this, args):
        return _target(arg(args, 0), "isExtensible").is_extensible()

    def own_keys(this, args):
        return create_array_from_list(_target(arg(args, 0), "ownKeys").own_property_keys())

    def prevent_extensions(this, args):
        return _target(arg(args, 0), "preventExtensions").prevent_extensions()

    def set_(this, args):
        t = _target(arg(args, 0), "set")
        key = to_property_key(arg(args, 1))
        return t.set(key, arg(args, 2), t if len(args) < 4 else args[3])

    def set_prototype_of(this, args):
        t = _target(arg(args, 0), "setPrototypeOf")
        p = arg(args, 1)
        if not isinstance(p, JSObject) and p is not JSNull:
            throw_type_error(f"Object prototype may only be an Object or null: {describe_value(p)}")
        return t.set_prototype_of(None if p is JSNull else p)

    for name, n, fn in (("defineProperty", 3, define_property), ("deleteProperty", 2, delete_property),
                        ("apply", 3, apply), ("construct", 2, construct_), ("get", 2, get),
                        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
                        ("getPrototypeOf", 1, get_prototype_of), ("has", 2, has), ("isExtensible", 1, is_extensible),
                        ("ownKeys", 1, own_keys), ("preventExtensions", 1, prevent_extensions), ("set", 3, set_),
                        ("setPrototypeOf", 2, set_prototype_of)):
        define_method(reflect, realm, name, n, fn)
    reflect.define_data(WellKnown.toStringTag, "Reflect", CONFIGURABLE)


def _kind_with_article(v: Any) -> str:
    """A value's typeof with V8's article ("a number", "an object"; null is "null")."""
    from ..operators import typeof
    if v is JSNull:
        return "null"
    t = typeof(v)
    return f"{'an' if t == 'object' else 'a'} {t}"


def setup(realm: Any) -> None:
    _setup_proxy(realm)
    _setup_reflect(realm)
