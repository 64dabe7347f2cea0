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
    # generators (27.3, 27.5)
    gen_fn_proto = JSObject(fproto)
    gen_proto = JSObject(iter_proto)
    for mode in ("next", "return", "throw"):
        define_method(gen_proto, realm, mode, 1, _generator_method(mode))
    gen_proto.define_data(WellKnown.toStringTag, "Generator", CONFIGURABLE)
    gen_fn_proto.define_data("prototype", gen_proto, CONFIGURABLE)
    gen_fn_proto.define_data(WellKnown.toStringTag, "GeneratorFunction", CONFIGURABLE)
    gen_proto.define_data("constructor", gen_fn_proto, CONFIGURABLE)
    GF = _function_ctor(realm, "GeneratorFunction", "generator", "%GeneratorFunction.prototype%")
    GF.set_prototype_of(F)
    GF.define_data("prototype", gen_fn_proto, 0)
    gen_fn_proto.define_data("constructor", GF, CONFIGURABLE)
    intr.update({"%GeneratorFunction%": GF, "%GeneratorFunction.prototype%": gen_fn_proto,
                 "%GeneratorPrototype%": gen_proto})
    # async functions (27.7)
    async_fn_proto = JSObject(fproto)
    async_fn_proto.define_data(WellKnown.toStringTag, "AsyncFunction", CONFIGURABLE)
    AF = _function_ctor(realm, "AsyncFunction", "async", "%AsyncFunction.prototype%")
    AF.set_prototype_of(F)
    AF.define_data("prototype", async_fn_proto, 0)
    async_fn_proto.define_data("constructor", AF, CONFIGURABLE)
    intr.update({"%AsyncFunction%": AF, "%AsyncFunction.prototype%": async_fn_proto})
    # async generators (27.4, 27.6)
    ag_fn_proto = JSObject(fproto)
    ag_proto = JSObject(async_iter_proto)
    for mode in ("next", "return", "throw"):
        define_method(ag_proto, realm, mode, 1, lambda this, args, m=mode: async_generator_request(this, arg(args, 0), m))
    ag_proto.define_data(WellKnown.toStringTag, "AsyncGenerator", CONFIGURABLE)
    ag_fn_proto.define_data("prototype", ag_proto, CONFIGURABLE)
    ag_fn_proto.define_data(WellKnown.toStringTag, "AsyncGeneratorFunction", CONFIGURABLE)
    ag_proto.define_data("constructor", ag_fn_proto, CONFIGURABLE)
    AGF = _function_ctor(realm, "AsyncGeneratorFunction", "asyncgenerator", "%AsyncGeneratorFunction.prototype%")
    AGF.set_prototype_of(F)
    AGF.define_data("prototype", ag_fn_proto, 0)
    ag_fn_proto.define_data("constructor", AGF, CONFIGURABLE)
    intr.update({"%AsyncGeneratorFunction%": AGF, "%AsyncGeneratorFunction.prototype%": ag_fn_proto,
                 "%AsyncGeneratorPrototype%": ag_proto})


SETUP_HOOKS.append(setup)
