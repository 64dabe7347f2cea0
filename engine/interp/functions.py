"""ECMAScript function objects (10.2): closures over a CodeObject and a context chain."""
from __future__ import annotations

from typing import Any

from ..bytecode.compiler import UNINIT
from ..runtime.access import ordinary_create_from_constructor
from ..runtime.errors import JSThrow, make_error, throw_type_error
from ..runtime.objects import JSObject
from ..runtime import realm as _realm_mod
from ..runtime.realm import call_in_realm, current_realm
from ..runtime.shapes import CONFIGURABLE, WRITABLE
from ..runtime.values import JSNull
from .frame import MAX_DEPTH, NO_CALLER, Frame, Reentry
from .tierup import counted_call

THIS_STRICT, THIS_SLOPPY, THIS_LEXICAL = 0, 1, 2  # OrdinaryCallBindThis modes (CodeObject.this_mode)

# set by engine.interp.loop (avoids an import cycle): run(frame) -> value
run_frame: Any = None


def execute(f: Frame) -> Any:
    """Run a prepared (non-suspendable) frame: compiled code when tier 1 has it, else tier 0."""
    code = f.code
    entry = code.tier_entry
    if entry is None and not code.is_class_constructor:
        counted_call(code)
        entry = code.tier_entry
    if entry is not None:
        return entry(f)
    return run_frame(f)


class JSFunction(JSObject):
    """A function object whose behaviour is bytecode (10.2)."""

    __slots__ = ("code", "ctx", "home_object", "realm", "outer_frame", "fields_init", "inline_ok",
                 "ctor_kind", "class_heritage")
    callable = True
    class_name = "Function"

    def __init__(self, code: Any, ctx: Any, proto: JSObject, realm: Any) -> None:
        super().__init__(proto)
        self.code = code
        self.ctx = ctx
        self.home_object = None
        self.realm = realm
        self.outer_frame = None
        self.fields_init = None
        kind = code.kind
        self.inline_ok = not (code.is_generator or code.is_async or code.is_class_constructor)
        self.ctor_kind = "derived" if kind == "derivedctor" else ("base" if kind in ("normal", "classctor") and not code.is_generator and not code.is_async else "")
        self.class_heritage = None

    @property
    def is_constructor(self) -> bool:
        return self.ctor_kind != ""

    @property
    def source_text(self) -> str:
        return self.code.source_text

    # [[Call]] (10.2.1)
    def call(self, this: Any, args: list) -> Any:
        if self.realm is not _realm_mod._current:  # step 2: PrepareForOrdinaryCall's calleeRealm
            return call_in_realm(self.realm, JSFunction.call, self, this, args)
        code = self.code
        if code.is_class_constructor:
            # 10.2.1 step 3: the TypeError is created in F's realm (the callee's context)
            raise JSThrow(make_error("TypeError", f"Class constructor {code.name} cannot be invoked without 'new'",
                                     self.realm))
        Reentry.depth += 1
        try:
            entry = code.tier_entry
            if entry is not None:  # tier 1's direct-call entry builds the frame itself
                return entry(None, -1, self, this, args, NO_CALLER)
            f = make_frame(self, this, args, None)
            if code.is_generator or code.is_async:
                from .generators import start_suspendable
                return start_suspendable(self, f)
            return execute(f)
        finally:
            Reentry.depth -= 1

    # [[Construct]] (10.2.2)
    def construct(self, args: list, new_target: Any) -> Any:
        if self.ctor_kind == "":
            throw_type_error(f"{self.code.name or 'anonymous'} is not a constructor")
        Reentry.depth += 1
        try:
            if self.realm is _realm_mod._current:
                f, v = self.run_construct(args, new_target)
            else:  # step 4: PrepareForOrdinaryCall's calleeRealm
                f, v = call_in_realm(self.realm, self.run_construct, args, new_target)
            from .ops_runtime import finish_construct
            # steps 10-12, the return rule, run in the caller's context again (its realm's
            # errors) once the body is done: the body's handlers never see its errors
            return finish_construct(f, v)
        finally:
            Reentry.depth -= 1

    def run_construct(self, args: list, new_target: Any) -> tuple[Frame, Any]:
        """[[Construct]] steps 4-9: the construct frame and the body's completion value."""
        f = make_construct_frame(self, args, new_target, None)
        code = self.code
        entry = code.tier_entry
        if entry is None:
            counted_call(code)
            entry = code.tier_entry
        return f, entry(f) if entry is not None else run_frame(f)


def make_frame(fn: JSFunction, this: Any, args: list, parent: Frame | None) -> Frame:
    """PrepareForOrdinaryCall + OrdinaryCallBindThis + the parameter copy of
    FunctionDeclarationInstantiation for simple parameters."""
    code = fn.code
    ctx = fn.ctx
    if code.has_context:
        ctx = [ctx] + [None] * code.context_size
    f = Frame(code, fn, this, args, ctx, parent)
    if f.depth > MAX_DEPTH:
        raise JSThrow(stack_overflow_error())
    mode = code.this_mode
    if mode:
        if mode == 2:  # THIS_LEXICAL
            f.this_frame = fn.outer_frame
        elif this is None or this is JSNull:
            f.this = fn.realm.global_object
        elif not isinstance(this, JSObject):
            from ..runtime.conversions import to_object
            f.this = to_object(this)
    n = code.simple_params
    if n:
        if len(args) >= n:
            f.locals[:n] = args[:n]
        else:
            f.locals[:len(args)] = args
    return f


def make_construct_frame(fn: JSFunction, args: list, new_target: Any, parent: Frame | None) -> Frame:
    """[[Construct]]: OrdinaryCreateFromConstructor for base constructors; derived ones start
    with `this` uninitialized."""
    if fn.ctor_kind == "base":
        this = ordinary_create_from_constructor(new_target, "%Object.prototype%")
    else:
        this = UNINIT
    f = make_frame(fn, this, args, parent)
    f.this = this
    f.construct = True
    f.new_target = new_target
    return f


def make_function(code: Any, ctx: Any, realm: Any, proto: JSObject | None = None) -> JSFunction:
    """OrdinaryFunctionCreate + MakeConstructor (10.2.3, 10.2.5) for a closure."""
    intr = realm.intrinsics
    if proto is None:
        if code.is_generator:
            proto = intr["%AsyncGeneratorFunction.prototype%" if code.is_async else "%GeneratorFunction.prototype%"]
        elif code.is_async:
            proto = intr["%AsyncFunction.prototype%"]
        else:
            proto = intr["%Function.prototype%"]
    if code.this_mode < 0:
        code.this_mode = THIS_LEXICAL if code.kind == "arrow" else (THIS_STRICT if code.strict else THIS_SLOPPY)
    fn = JSFunction(code, ctx, proto, realm)
    fn.define_data("length", float(code.length), CONFIGURABLE)
    fn.define_data("name", code.name, CONFIGURABLE)
    if code.kind == "normal" and not (code.strict or code.is_generator or code.is_async):
        # V8's own `arguments` and `caller` of sloppy functions (an allowed extension, 17.1):
        # read outside a call of the function they are null, never a strict function
        fn.shape = fn.shape.add("arguments", 0).add("caller", 0)  # (cached shape transitions)
        fn.slots += (JSNull, JSNull)
    if code.is_generator:
        p = JSObject(intr["%AsyncGeneratorPrototype%" if code.is_async else "%GeneratorPrototype%"])
        fn.define_data("prototype", p, WRITABLE)
    elif code.kind == "normal" and not code.is_async:
        p = JSObject(intr["%Object.prototype%"])
        p.define_data("constructor", fn, WRITABLE | CONFIGURABLE)
        fn.define_data("prototype", p, WRITABLE)
    return fn


class DepthLimit:
    """Hits of the JS stack-depth limit in this process (MAX_DEPTH frames, or the host's own
    recursion limit): tools.fuzz compares with node no program whose output may depend on it."""

    hits = 0


def stack_overflow_error() -> JSObject:
    """The RangeError of an exhausted JS stack, at every tier."""
    DepthLimit.hits += 1
    return make_error("RangeError", "Maximum call stack size exceeded")


def current_function_realm() -> Any:
    return current_realm()
