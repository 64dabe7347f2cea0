"""Symbol objects (ECMA-262 20.4)."""
from __future__ import annotations

from typing import Any

from ..access import describe_value, this_primitive_value
from ..conversions import to_string
from ..errors import throw_type_error
from ..function import arg, builtin, define_getter, define_method, make_constructor
from ..objects import JSObject
from ..shapes import CONFIGURABLE
from ..values import JSSymbol, WellKnown

ORDER = 3

# GlobalSymbolRegistry (20.4.2.2): shared by every realm of the agent.
_REGISTRY: dict[str, JSSymbol] = {}


def symbol_descriptive_string(sym: JSSymbol) -> str:
    """SymbolDescriptiveString (20.4.3.3.1)."""
    return f"Symbol({sym.description or ''})"


def _this_symbol(this: Any, method: str) -> JSSymbol:
    return this_primitive_value(this, JSSymbol, method, "Symbol")


def setup(realm: Any) -> None:
    proto = JSObject(realm.intrinsics["%Object.prototype%"])  # an ordinary object

    def symbol_call(this: Any, args: list) -> Any:
        desc = arg(args, 0)
        return JSSymbol(None if desc is None else to_string(desc))

    def symbol_construct(args: list, new_target: Any) -> Any:
        throw_type_error("Symbol is not a constructor")

    ctor = make_constructor(realm, "Symbol", 0, symbol_call, symbol_construct, proto)

    def symbol_for(this: Any, args: list) -> Any:
        key = to_string(arg(args, 0))
        sym = _REGISTRY.get(key)
        if sym is None:
            sym = _REGISTRY[key] = JSSymbol(key, registered=True)
        return sym

    def key_for(this: Any, args: list) -> Any:
        sym = arg(args, 0)
        if type(sym) is not JSSymbol:
            throw_type_error(f"{describe_value(sym)} is not a symbol")
        return sym.description if sym.registered else None

    define_method(ctor, realm, "for", 1, symbol_for)
    define_method(ctor, realm, "keyFor", 1, key_for)
    for name, sym in WellKnown.all().items():
        ctor.define_data(name, sym, 0)

    def description(this: Any, args: list) -> Any:
        return _this_symbol(this, "Symbol.prototype.description").description

    def to_string_(this: Any, args: list) -> Any:
        return symbol_descriptive_string(_this_symbol(this, "Symbol.prototype.toString"))

    def value_of(this: Any, args: list) -> Any:
        return _this_symbol(this, "Symbol.prototype.valueOf")

    def to_primitive(this: Any, args: list) -> Any:
        return _this_symbol(this, "Symbol.prototype [ @@toPrimitive ]")

    define_method(proto, realm, "toString", 0, to_string_)
    define_method(proto, realm, "valueOf", 0, value_of)
    define_getter(proto, realm, "description", description)
    proto.define_data(WellKnown.toPrimitive, builtin(realm, "[Symbol.toPrimitive]", 1, to_primitive), CONFIGURABLE)
    proto.define_data(WellKnown.toStringTag, "Symbol", CONFIGURABLE)

