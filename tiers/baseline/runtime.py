"""Out-of-line helpers of tier-1 code: the slow halves of calls and of the direct-call
prologue. Everything else compiled code does goes through the runtime namespace R of tier 0
(engine/interp/ops_runtime.py)."""
from __future__ import annotations

from typing import Any

from pyjs.engine.interp import functions
from pyjs.engine.interp import ops_runtime as R
from pyjs.engine.interp.frame import Frame
from pyjs.engine.runtime import iteration
from pyjs.engine.runtime.access import ordinary_create_from_constructor
from pyjs.engine.runtime.builtins.iterator import ArrayIterator, _array_iterator_next
from pyjs.engine.runtime import realm as realm_module
from pyjs.engine.runtime.builtins.function import function_apply
from pyjs.engine.runtime.function import BuiltinFunction
from pyjs.engine.runtime.conversions import to_object
from pyjs.engine.runtime.errors import JSThrow
from pyjs.engine.runtime.objects import JSArray, JSObject
from pyjs.engine.runtime.shapes import ACCESSOR
from pyjs.engine.runtime.values import HOLE, JSNull


def enter_uncompiled(code: Any, nf: Any) -> Any:
    """A call of a JS function without compiled code: count it, tier it up past the threshold
    (as tier 0's CALL does), and run it; construct frames get the [[Construct]] return rule."""
    R.counted_call(code)
    te = code.tier_entry
    v = functions.run_frame(nf) if te is None else te(nf)
    return R.finish_construct(nf, v) if nf.construct else v


def call_uncompiled(fn: Any, this: Any, args: list, parent: Any) -> Any:
    """[[Call]] of a JS function whose code has no tier-1 entry yet (from compiled code)."""
    return enter_uncompiled(fn.code, R.make_frame(fn, this, args, parent))


def apply_arguments(f: Any, target: Any, fn: Any, this: Any, mapped: int, pc: int) -> Any:
    """``target.apply(this, arguments)`` (any two-argument call ``target.fn(this,
    arguments)``) in a function whose arguments object is created on demand (codegen
    lazy_arguments): when fn is %Function.prototype.apply% of the running realm, target a
    plain JS function and no arguments object exists yet, CreateListFromArrayLike of the
    unmapped arguments object is the frame's argument list, which target receives as is;
    otherwise the object is created and the call is an ordinary one."""
    if (type(fn) is BuiltinFunction and fn.fn is function_apply and fn.realm is realm_module._current
            and type(target) is functions.JSFunction and target.inline_ok and target.realm is fn.realm
            and f.arguments_obj is None):
        te = target.code.tier_entry
        if te is not None:
            return te(None, -1, target, this, f.args, f)
        return call_uncompiled(target, this, f.args, f)
    return R.call_at(f, pc, fn, target, [this, R.create_arguments(f, mapped)])


def create_this(fn: Any) -> JSObject:
    """OrdinaryCreateFromConstructor for ``new fn`` of a base constructor (10.2.2 step 5);
    GetPrototypeFromConstructor (10.1.14) reads an own data ``prototype`` from its slot."""
    sh = fn.shape
    i = sh.table.get("prototype")
    if i is not None and not sh.flags[i] & ACCESSOR:
        p = fn.slots[i]
        if isinstance(p, JSObject):
            return JSObject(p)
    return ordinary_create_from_constructor(fn, "%Object.prototype%")


def sloppy_this(fn: Any, this: Any) -> Any:
    """OrdinaryCallBindThis for sloppy code (10.2.1.2 steps 6-7) of a non-object ``this``."""
    if this is None or this is JSNull:
        return fn.realm.global_object
    return to_object(this)


def too_deep() -> None:
    raise JSThrow(functions.stack_overflow_error())


def pad_args(args: list, n: int) -> list:
    """The first ``n`` arguments, missing ones undefined."""
    return (args + [None] * n)[:n] if len(args) < n else args[:n]


def iter_next(rec: Any) -> Any:
    """IteratorStepValue (7.4.9) of a for-of loop: the next value, or DONE. For the values of a
    dense array through the built-in %ArrayIteratorPrototype%.next (the ``next`` read once at
    GetIterator) the step is done here, with no result object (it is unobservable)."""
    it = rec.iterator
    nm = rec.next_method
    if type(it) is ArrayIterator and type(nm) is BuiltinFunction and nm.fn is _array_iterator_next \
            and it.kind == "value":
        a = it.iterated
        if type(a) is JSArray:
            i = it.index
            if i >= a.length:  # 23.1.5.2.1: exhausted
                it.iterated = None
                rec.done = True
                return R.DONE
            el = a.elements
            if el is not None and i < len(el) and el[i] is not HOLE:
                it.index = i + 1
                return el[i]
    return iteration.iterator_step_value(rec)


def frame_class(code: Any, stores_args: bool, stores_this_frame: bool) -> type:
    """The Frame subclass of tier-1 direct calls of ``code``: what is fixed per code object
    (and the fields tier 0 alone uses) are class attributes, so a call sets only the rest.
    ``parent`` is never needed (compiled frames only pass their depth on); ``args`` is stored
    only by code that reads it (ARG, REST, ARGUMENTS, direct eval); ``this_frame`` is the frame
    itself unless the code is an arrow function (which stores its outer frame)."""
    attrs = {"__slots__": (), "code": code, "strict": code.strict, "pc": 0, "construct": False,
             "stack": (), "locals": (), "parent": None}
    if not stores_args:
        attrs["args"] = ()
    if not stores_this_frame:
        attrs["this_frame"] = property(lambda f: f)
    return type("Frame", (Frame,), attrs)


GLOBALS = {"T_enter": enter_uncompiled, "T_call": call_uncompiled, "T_create": create_this,
           "T_apply_arguments": apply_arguments,
           "T_sloppy_this": sloppy_this, "T_too_deep": too_deep, "T_pad": pad_args,
           "T_new": object.__new__, "T_iter_next": iter_next}
