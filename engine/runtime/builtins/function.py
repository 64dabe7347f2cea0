"""%Function.prototype% (ECMA-262 20.2.3) and %ThrowTypeError% (10.2.4.1).

The Function constructor needs the compiler; engine/interp installs it through SETUP_HOOKS.
"""
from __future__ import annotations

import json
from typing import Any

from ..access import create_list_from_array_like, describe_value, is_callable, ordinary_has_instance
from ..conversions import INF, to_integer_or_infinity
from ..errors import throw_type_error
from ..function import BoundFunction, BuiltinFunction, arg, builtin, define_method
from ..objects import JSObject
from ..shapes import CONFIGURABLE
from ..values import JSNull, WellKnown

ORDER = 1


def function_to_string(f: Any) -> str:
    """Function.prototype.toString (20.2.3.5)."""
    if isinstance(f, JSObject) and f.callable:
        src = getattr(f, "source_text", None)
        if type(src) is str:
            return src
        if isinstance(f, BuiltinFunction):
            return f"function {native_function_name(f.name)}() {{ [native code] }}"
        return "function () { [native code] }"
    throw_type_error("Function.prototype.toString requires that 'this' be a Function")


def native_function_name(name: str) -> str:
    """A built-in's initial name as the NativeFunction syntax takes it: NativeFunctionAccessor_opt
    PropertyName. A name that is no IdentifierName (the legacy ``RegExp.$&``'s getter,
    ``get $&``) becomes a computed name, ``get ["$&"]``; ``[Symbol.iterator]`` is one already."""
    accessor, key = (name[:4], name[4:]) if name.startswith(("get ", "set ")) else ("", name)
    if not key or key[0] == "[" or key.replace("$", "_").isidentifier():
        return name
    return f"{accessor}[{json.dumps(key, ensure_ascii=False)}]"


def bound_function_create(realm: Any, target: JSObject, this: Any, args: list) -> BoundFunction:
    """Function.prototype.bind steps 3-11 (20.2.3.2): BoundFunctionCreate plus length and name."""
    f = BoundFunction(target, this, args)
    length = 0.0
    if target.get_own_property("length") is not None:
        target_len = target.get("length", target)
        if type(target_len) is float:
            if target_len == INF:
                length = INF
            elif target_len != -INF:
                length = float(max(0, to_integer_or_infinity(target_len) - len(args)))
    f.define_data("length", length, CONFIGURABLE)
    name = target.get("name", target)
    f.define_data("name", "bound " + (name if type(name) is str else ""), CONFIGURABLE)
    return f


def function_apply(this: Any, args: list) -> Any:
    """Function.prototype.apply (20.2.3.1). Module-level (one for every realm), so that call
    sites can recognize it."""
    if not is_callable(this):
        throw_type_error(f"{describe_value(this)} is not a function")
    arg_array = arg(args, 1)
    if arg_array is None or arg_array is JSNull:
        return this.call(arg(args, 0), [])
    return this.call(arg(args, 0), create_list_from_array_like(arg_array))


def function_call(this: Any, args: list) -> Any:
    """Function.prototype.call (20.2.3.3); module-level like function_apply."""
    if not is_callable(this):
        throw_type_error(f"{describe_value(this)} is not a function")
    return this.call(arg(args, 0), args[1:])


def setup(realm: Any) -> None:
    proto: BuiltinFunction = realm.intrinsics["%Function.prototype%"]
    proto.define_data("length", 0.0, CONFIGURABLE)
    proto.define_data("name", "", CONFIGURABLE)

    def bind(this: Any, args: list) -> Any:
        if not is_callable(this):
            throw_type_error("Bind must be called on a function")
        return bound_function_create(realm, this, arg(args, 0), list(args[1:]))

    def to_string(this: Any, args: list) -> Any:
        return function_to_string(this)

    def has_instance(this: Any, args: list) -> Any:
        return ordinary_has_instance(this, arg(args, 0))

    # %ThrowTypeError% and the restricted "caller" / "arguments" accessors (10.2.4).
    def thrower(this: Any, args: list) -> Any:
        throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed on strict "
                         "mode functions or the arguments objects for calls to them")

    throw_type_error_fn = builtin(realm, "", 0, thrower)
    throw_type_error_fn.define_data("length", 0.0, 0)
    throw_type_error_fn.define_data("name", "", 0)
    throw_type_error_fn.prevent_extensions()
    realm.intrinsics["%ThrowTypeError%"] = throw_type_error_fn
    for name in ("arguments", "caller"):
        proto.define_accessor(name, throw_type_error_fn, throw_type_error_fn, CONFIGURABLE)

    define_method(proto, realm, "apply", 2, function_apply)
    define_method(proto, realm, "bind", 1, bind)
    define_method(proto, realm, "call", 1, function_call)
    define_method(proto, realm, "toString", 0, to_string)
    f = builtin(realm, "[Symbol.hasInstance]", 1, has_instance)
    proto.define_data(WellKnown.hasInstance, f, 0)
