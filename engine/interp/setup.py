"""Intrinsics that need the interpreter: %eval%, %Function%, generator and async function
prototypes (27.3-27.7). Registered in engine.runtime.realm.SETUP_HOOKS."""
from __future__ import annotations

from typing import Any

from ..runtime.errors import throw_type_error
from ..runtime.function import arg, builtin, define_method
from ..runtime.objects import JSObject
from ..runtime.realm import SETUP_HOOKS
from ..runtime.shapes import CONFIGURABLE, WRITABLE
from ..runtime.values import WellKnown
from .async_generators import async_generator_request
from .evaluation import create_dynamic_function, indirect_eval
from .generators import GeneratorObject


def _generator_method(mode: str):
    def method(this: Any, args: list) -> Any:
        if not isinstance(this, GeneratorObject):
            throw_type_error(f"{mode} method called on incompatible receiver {this!r}")
        return this.resume(arg(args, 0), mode)
    return method


def _function_ctor(realm: Any, name: str, kind: str, proto_key: str) -> Any:
    def call(this: Any, args: list) -> Any:
        return create_dynamic_function(args, kind)

    def ctor(args: list, new_target: Any) -> Any:
        fn = create_dynamic_function(args, kind)
        from ..runtime.access import get_prototype_from_constructor
        if new_target is not None and new_target is not realm.intrinsics.get(f"%{name}%"):
            fn.set_prototype_of(get_prototype_from_constructor(new_target, proto_key))
        return fn
    return builtin(realm, name, 1, call, ctor)


def setup(realm: Any) -> None:
    intr = realm.intrinsics
    realm.global_consts = set()
    g = realm.global_object
    fproto = intr["%Function.prototype%"]
    # eval and Function
    ev = builtin(realm, "eval", 1, indirect_eval)
    intr["%eval%"] = ev
    g.define_data("eval", ev, WRITABLE | CONFIGURABLE)
    F = _function_ctor(realm, "Function", "normal", "%Function.prototype%")
    F.define_data("prototype", fproto, 0)
    fproto.define_data("constructor", F, WRITABLE | CONFIGURABLE)
    intr["%Function%"] = F
    g.define_data("Function", F, WRITABLE | CONFIGURABLE)
    iter_proto = intr["%IteratorPrototype%"]
    async_iter_proto = intr.get("%AsyncIteratorPrototype%") or JSObject(intr["%Object.prototype%"])
    gen_methods = {mode: _generator_method(mode) for mode in ("next", "return", "throw")}
    ag_methods = {mode: (lambda this, args, m=mode: async_generator_request(this, arg(args, 0), m))
                  for mode in ("next", "return", "throw")}
    _function_kind(realm, F, "GeneratorFunction", "generator", ("Generator", iter_proto, gen_methods))
    _function_kind(realm, F, "AsyncFunction", "async", None)
    _function_kind(realm, F, "AsyncGeneratorFunction", "asyncgenerator",
                   ("AsyncGenerator", async_iter_proto, ag_methods))


def _function_kind(realm: Any, F: Any, name: str, kind: str, instances: tuple | None) -> None:
    """%<name>% and %<name>.prototype% (27.3, 27.4, 27.7); for generator kinds also the
    prototype of their instances, %<tag>Prototype%, with its next/return/throw methods."""
    intr = realm.intrinsics
    fn_proto = JSObject(intr["%Function.prototype%"])
    ctor = _function_ctor(realm, name, kind, f"%{name}.prototype%")
    ctor.set_prototype_of(F)
    ctor.define_data("prototype", fn_proto, 0)
    fn_proto.define_data("constructor", ctor, CONFIGURABLE)
    fn_proto.define_data(WellKnown.toStringTag, name, CONFIGURABLE)
    intr[f"%{name}%"] = ctor
    intr[f"%{name}.prototype%"] = fn_proto
    if instances is not None:
        tag, parent, methods = instances
        proto = JSObject(parent)
        for mode, fn in methods.items():
            define_method(proto, realm, mode, 1, fn)
        proto.define_data("constructor", fn_proto, CONFIGURABLE)
        proto.define_data(WellKnown.toStringTag, tag, CONFIGURABLE)
        fn_proto.define_data("prototype", proto, CONFIGURABLE)
        intr[f"%{tag}Prototype%"] = proto


SETUP_HOOKS.append(setup)
