"""Arguments objects (10.4.4): mapped (sloppy code with simple parameters) and unmapped.

A mapped arguments object with parameters to alias is an exotic ``ArgumentsObject``. One with
nothing to alias (no parameters) and an unmapped one behave as ordinary objects: they are
``Arguments`` objects with the arguments in their dense ``elements`` and a shape shared by every
such object (``length``, ``@@iterator``, ``callee``), built without a property transition.
"""
from __future__ import annotations

from typing import Any

from ..runtime.objects import ABSENT, Accessor, JSObject, PropertyDescriptor
from ..runtime.shapes import ACCESSOR, CONFIGURABLE, WRITABLE, root_shape
from ..runtime.values import WellKnown

NO_PARAMETERS = 2  # the ARGUMENTS operand of sloppy code without parameters (nothing to map)


class Arguments(JSObject):
    """An arguments object that is ordinary: unmapped, or mapped with nothing to alias. Only
    its class (Object.prototype.toString's [[ParameterMap]] test) tells it apart."""

    __slots__ = ()
    class_name = "Arguments"


def _shape(callee_flags: int) -> Any:
    """The shared shape of ordinary arguments objects: length, @@iterator, callee."""
    return root_shape().add("length", WRITABLE | CONFIGURABLE).add(
        WellKnown.iterator, WRITABLE | CONFIGURABLE).add("callee", callee_flags)


SLOPPY_SHAPE = _shape(WRITABLE | CONFIGURABLE)  # callee: the function
STRICT_SHAPE = _shape(ACCESSOR)                 # callee: %ThrowTypeError% (10.4.4.6 step 8)


class ArgumentsObject(JSObject):
    """Mapped arguments alias parameter slots: index i reads and writes ``store[slot]``."""

    __slots__ = ("mapping",)
    class_name = "Arguments"
    exotic = True

    def __init__(self, proto: JSObject, shape: Any = None) -> None:
        super().__init__(proto, shape)
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


def create_arguments_object(f: Any, mapped: int) -> JSObject:
    """CreateMappedArgumentsObject / CreateUnmappedArgumentsObject (10.4.4.6-7); ``mapped``
    is the ARGUMENTS operand (0: unmapped, 1: mapped, NO_PARAMETERS: mapped, no parameter).
    The index properties are the dense elements (what CreateDataProperty would make), the
    others come with the shared shape."""
    intr = f.func.realm.intrinsics
    args = f.args
    if mapped:
        obj = (ArgumentsObject if mapped == 1 else Arguments)(intr["%Object.prototype%"], SLOPPY_SHAPE)
        callee = f.func
    else:
        obj = Arguments(intr["%Object.prototype%"], STRICT_SHAPE)
        thrower = intr.get("%ThrowTypeError%")
        callee = Accessor(thrower, thrower)
    obj.elements = list(args)
    obj.slots = [float(len(args)), _values(intr), callee]
    if mapped == 1:
        # 10.4.4.7 steps 15-17: from the last parameter back, a name maps only its last index
        mapping = {}
        scope = f.code.scope
        names = [p.name for p in scope.node.params]  # simple parameters: identifiers
        seen = set()
        for i in range(len(names) - 1, -1, -1):
            name = names[i]
            if name in seen:
                continue
            seen.add(name)
            if i < len(args):
                b = scope.bindings[name]
                if b.loc == "local":
                    mapping[str(i)] = (f.locals, b.index)
                elif b.loc == "ctx":
                    mapping[str(i)] = (f.ctx, b.index)
        obj.mapping = mapping
    return obj


def _values(intr: dict) -> Any:
    """%Array.prototype.values%, the initial @@iterator of arguments objects."""
    v = intr.get("%Array.prototype.values%")
    return v if v is not None else intr["%Array.prototype%"].get("values")
