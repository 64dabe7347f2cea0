"""Arguments exotic objects (10.4.4): mapped (sloppy, simple parameters) and unmapped."""
from __future__ import annotations

from typing import Any

from ..runtime.objects import ABSENT, JSObject, PropertyDescriptor
from ..runtime.shapes import CONFIGURABLE, WRITABLE
from ..runtime.values import WellKnown


class ArgumentsObject(JSObject):
    """Mapped arguments alias parameter slots: index i reads and writes ``store[slot]``."""

    __slots__ = ("mapping",)
    class_name = "Arguments"
    exotic = True

    def __init__(self, proto: JSObject) -> None:
        super().__init__(proto)
        self.mapping: dict | None = None

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        desc = JSObject.get_own_property(self, key)
        m = self.mapping
        if desc is not None and m and key in m:
            store, slot = m[key]
            desc.value = store[slot]
        return desc

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        """[[DefineOwnProperty]] of mapped arguments (10.4.4.2)."""
        m = self.mapping
        if not m or key not in m:
            return JSObject.define_own_property(self, key, desc)
        store, slot = m[key]
        d = desc
        if desc.is_data() and desc.value is ABSENT and desc.writable is False:
            d = PropertyDescriptor(value=store[slot], writable=False, enumerable=desc.enumerable,
                                   configurable=desc.configurable)
        if not JSObject.define_own_property(self, key, d):
            return False
        if desc.is_accessor():
            del m[key]
        else:
            if desc.value is not ABSENT:
                store[slot] = desc.value
            if desc.writable is False:
                del m[key]
        return True

    def get_exotic(self, key: Any, receiver: Any) -> Any:
        m = self.mapping
        if m and key in m:
            store, slot = m[key]
            return store[slot]
        return JSObject.get_exotic(self, key, receiver)

    def set(self, key: Any, value: Any, receiver: Any = None) -> bool:
        m = self.mapping
        if m and key in m and (receiver is None or receiver is self):
            store, slot = m[key]
            store[slot] = value
            JSObject.define_own_property(self, key, PropertyDescriptor(value=value))
            return True
        return JSObject.set(self, key, value, receiver)

    def delete(self, key: Any) -> bool:
        ok = JSObject.delete(self, key)
        if ok and self.mapping and key in self.mapping:
            del self.mapping[key]
        return ok


def create_arguments_object(f: Any, mapped: bool) -> ArgumentsObject:
    """CreateMappedArgumentsObject / CreateUnmappedArgumentsObject (10.4.4.6-7)."""
    realm = f.func.realm
    intr = realm.intrinsics
    obj = ArgumentsObject(intr["%Object.prototype%"])
    args = f.args
    for i, v in enumerate(args):
        obj.define_data(str(i), v, WRITABLE | CONFIGURABLE | 2)
    obj.define_data("length", float(len(args)), WRITABLE | CONFIGURABLE)
    obj.define_data(WellKnown.iterator, intr["%Array.prototype.values%"] if "%Array.prototype.values%" in intr
                    else intr["%Array.prototype%"].get("values"), WRITABLE | CONFIGURABLE)
    if mapped:
        scope = f.code.scope
        mapping = {}
        params = [b for b in scope.bindings.values() if b.kind == "param"]
        for i, b in enumerate(params[:len(args)]):
            if b.loc == "local":
                mapping[str(i)] = (f.locals, b.index)
            elif b.loc == "ctx":
                mapping[str(i)] = (f.ctx, b.index)
        obj.mapping = mapping
        obj.define_data("callee", f.func, WRITABLE | CONFIGURABLE)
    else:
        thrower = intr.get("%ThrowTypeError%")
        obj.define_accessor("callee", thrower, thrower, 0)
    return obj
