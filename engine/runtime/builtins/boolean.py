"""Boolean objects (ECMA-262 20.3)."""
from __future__ import annotations

from typing import Any

from ..access import ordinary_create_from_constructor, this_primitive_value
from ..conversions import to_boolean
from ..function import arg, define_method, make_constructor
from ..objects import JSPrimitiveWrapper

ORDER = 10


def setup(realm: Any) -> None:
    # %Boolean.prototype% is itself a Boolean object whose value is false.
    proto = JSPrimitiveWrapper(realm.intrinsics["%Object.prototype%"], False)

    def boolean_call(this: Any, args: list) -> Any:
        return to_boolean(arg(args, 0))

    def boolean_construct(args: list, new_target: Any) -> Any:
        b = to_boolean(arg(args, 0))
        return ordinary_create_from_constructor(new_target, "%Boolean.prototype%", JSPrimitiveWrapper, b)

    make_constructor(realm, "Boolean", 1, boolean_call, boolean_construct, proto)

    def to_string(this: Any, args: list) -> Any:
        b = this_primitive_value(this, bool, "Boolean.prototype.toString", "Boolean")
        return "true" if b else "false"

    def value_of(this: Any, args: list) -> Any:
        return this_primitive_value(this, bool, "Boolean.prototype.valueOf", "Boolean")

    define_method(proto, realm, "toString", 0, to_string)
    define_method(proto, realm, "valueOf", 0, value_of)
