"""The runtime namespace ``R`` used by opcode snippets: everything an instruction needs beyond
its inline fast path. Semantics live in engine/runtime; this module adapts them to frames,
inline caches and the interpreter's calling convention."""
from __future__ import annotations

import sys
import time
from typing import Any

from ..bytecode.compiler import UNINIT
from ..runtime import access, conversions, iteration, operators
from ..runtime.access import (copy_data_properties, delete_member, get_member, holes_visible_in_protos,
                              set_dense_element, set_member)
from ..runtime.conversions import (require_object_coercible, to_boolean, to_number, to_numeric,
                                   to_object, to_property_key, to_string)
from ..runtime.errors import (JSThrow, ScriptTerminated, make_error, throw_error, throw_range_error, throw_reference_error,
                              throw_type_error)
from ..runtime.iteration import DONE, IteratorRecord
from ..runtime.memory import CHUNK, STRING_COUNTED, Budget, charge as charge_memory, grown, keep, poll as poll_memory
from ..runtime.objects import ABSENT, JSArray, JSObject, PropertyDescriptor, array_index
from ..runtime.operators import (bitand, bitnot, bitor, bitxor, dec, div, ge, gt, has_in, inc,
                                 instance_of, le, loose_equals, lt, mod, mul, neg, pow, sar, shl, shr,
                                 strict_equals, sub, typeof)
from ..runtime import realm as realm_module
from ..runtime.builtins.function import function_apply, function_call
from ..runtime.builtins.typedarray import TypedArrayObject
from ..runtime.function import BuiltinFunction
from ..runtime.realm import current_realm
from ..runtime.shapes import ACCESSOR, CONFIGURABLE, DEFAULT, ENUMERABLE, WRITABLE
from ..runtime.values import HOLE, JSNull, JSSymbol, WellKnown
from .functions import JSFunction, make_function, stack_overflow_error
from .tierup import NO_OSR, PAST_END, LeftFrame, Policy, backedge_osr, counted_call, tier_up

__all__ = ["UNINIT", "JSNull", "DONE", "add", "sub", "mul", "div", "mod", "pow", "bitand", "bitor",
           "bitxor", "shl", "sar", "shr", "neg", "inc", "dec", "bitnot", "lt", "gt", "le", "ge",
           "loose_equals", "strict_equals", "has_in", "instance_of", "typeof", "to_boolean",
           "to_number", "to_numeric", "to_string", "to_object", "to_property_key",
           "require_object_coercible", "throw_error", "delete_member", "copy_data_properties"]


class GenReturn(Exception):
    """A return completion unwinding through finally blocks (generator.return())."""

    def __init__(self, value: Any) -> None:
        self.value = value


def gen_return_unwind(v: Any) -> None:
    raise GenReturn(v)


MAX_STRING_LENGTH = (1 << 29) - 24  # V8's String::kMaxLength on 64-bit hosts


def add(a: Any, b: Any) -> Any:
    """The + operator's slow path, refusing strings longer than any JS engine allows."""
    if type(a) is str and type(b) is str:
        n = len(a) + len(b)
        if n > STRING_COUNTED:  # a long string: the length limits (engine's, then the context's memory)
            if n > MAX_STRING_LENGTH:
                throw_range_error("Invalid string length")
            if Budget.account is not None:
                charge_memory(n)
                return keep(a + b)
        return a + b
    r = operators.add(a, b)
    if type(r) is str and len(r) > STRING_COUNTED:
        if len(r) > MAX_STRING_LENGTH:
            throw_range_error("Invalid string length")
        if Budget.account is not None:
            charge_memory(len(r))
            keep(r)
    return r


# ---- type feedback --------------------------------------------------------------------------
# Tier 0 records feedback where it costs nothing on the fast path: an arithmetic / compare
# site's slot stays None while only numbers reach it (the inline fast path), and collects a
# bit mask of operand types once other values arrive; a call site holds its one target, or
# MEGAMORPHIC; an element site holds a mask of receiver kinds other than dense arrays; a
# property site holds its inline cache (see get_prop).
MEGAMORPHIC: Any = type("Megamorphic", (), {"__repr__": lambda s: "MEGAMORPHIC", "__slots__": ()})()
T_NUMBER, T_BIGINT, T_STRING, T_BOOLEAN, T_UNDEFINED, T_NULL, T_SYMBOL, T_OBJECT = (1 << i for i in range(8))
# E_GROWS: a store appended to an array without trailing holes (a[a.length] = v); E_FILLS: it
# filled a hole, or grew an ordinary object's elements or an array with trailing holes
E_HOLEY_ARRAY, E_SPARSE_ARRAY, E_OTHER_OBJECT, E_PRIMITIVE, E_GROWS, E_FILLS = (1 << i for i in range(6))
_TYPE_BIT = {float: T_NUMBER, int: T_BIGINT, str: T_STRING, bool: T_BOOLEAN, type(None): T_UNDEFINED,
             type(JSNull): T_NULL, JSSymbol: T_SYMBOL}


def type_bit(v: Any) -> int:
    return _TYPE_BIT.get(type(v), T_OBJECT)


def note_operands(fb: list, pc: int, a: Any, b: Any) -> None:
    """Record the operand types of a binary site that left its number fast path."""
    old = fb[pc - 1]
    fb[pc - 1] = (old or 0) | type_bit(a) | type_bit(b)


def note_call_target(fb: list, pc: int, fn: Any) -> None:
    """A call site's target: the function while it is the only one seen, then MEGAMORPHIC."""
    fb[pc - 1] = fn if fb[pc - 1] is None else MEGAMORPHIC


def note_elements(fb: list, pc: int, obj: Any) -> None:
    """Record the receiver kind of an element access that left the dense-array fast path: a
    site that has seen only typed arrays of one element type records that ElementType (tier 2
    reads and writes their buffers natively), other receivers an E_* bit set."""
    if type(obj) is JSArray:
        bit = E_HOLEY_ARRAY if obj.elements is not None else E_SPARSE_ARRAY
    elif type(obj) is TypedArrayObject:
        old = fb[pc - 1]
        if old is None or old is obj.etype:
            fb[pc - 1] = obj.etype
            return
        bit = E_OTHER_OBJECT
    else:
        bit = E_OTHER_OBJECT if isinstance(obj, JSObject) else E_PRIMITIVE
    old = fb[pc - 1]
    fb[pc - 1] = (old if type(old) is int else 0) | bit


# ---- interrupts -----------------------------------------------------------------------------
class Limits:
    deadline: float | None = None
    ticks = 0


def backedge(f: Any, target: int) -> Any:
    """Called on every backward jump: checks the time limit every 1024 iterations and offers
    the loop to on-stack replacement; returns the frame's result if compiled code finished it."""
    Limits.ticks += 1
    if Limits.ticks & 1023 == 0:
        check_deadline()
    if Policy.compiler is None:
        return NO_OSR
    return backedge_osr(f, target)


def check_deadline() -> None:
    """The time limit, and the memory limit's measurement every few calls (every tier calls
    this every 1024 loop iterations)."""
    if Limits.deadline is not None and time.monotonic() > Limits.deadline:
        raise ScriptTerminated("Script execution timed out")
    if Budget.account is not None:
        poll_memory()


# ---- variables ------------------------------------------------------------------------------
def require_destructurable(v: Any, f: Any, pc: int) -> None:
    """RequireObjectCoercible (7.2.1) of a value an object pattern destructures, with V8's
    message from the site the compiler recorded (engine/bytecode/patterns.py): the first
    property's name, the value's source rendering ("" for a parameter: the value, None for a
    nested pattern), and whether that property has a default."""
    if v is not None and v is not JSNull:
        return
    what = "undefined" if v is None else "null"
    site = f.code.site_text.get(pc - 1)
    _, key, source, has_default = site if type(site) is tuple else (None, None, "", False)
    if source is None or has_default:  # V8 reads the first property without a check first
        throw_type_error(f"Cannot read properties of {what}" + ("" if key is None else f" (reading '{key}')"))
    shown = source or ("object null" if v is JSNull else "undefined")
    prop = "" if key is None else f"property '{key}' of "
    throw_type_error(f"Cannot destructure {prop}'{shown}' as it is {what}.")


def tdz_error(f: Any, pc: int) -> None:
    """ReferenceError for a binding read or written in its temporal dead zone."""
    name = f.code.site_text.get(pc - 1, "")
    throw_reference_error(f"Cannot access '{name}' before initialization")


from ..runtime.builtins.disposable import DisposeScope, add_disposable, dispose_step, dispose_sync  # noqa: E402,F401


def import_meta(module: Any) -> Any:
    from .modules import import_meta
    return import_meta(module)


def dynamic_import(referrer: Any, specifier: Any, options: Any) -> Any:
    from .modules import dynamic_import
    return dynamic_import(referrer, specifier, options)


def new_context(parent: Any, n: int) -> list:
    return [parent] + [None] * n


def get_global(f: Any, name: str, fb: list, idx: int) -> Any:
    realm = f.func.realm if f.func is not None else current_realm()
    lex = realm.global_lexicals
    if name in lex:
        v = lex[name]
        if v is UNINIT:
            throw_reference_error(f"Cannot access '{name}' before initialization")
        return v
    g = realm.global_object
    shape = g.shape
    i = shape.table.get(name)
    if i is not None and not shape.flags[i] & ACCESSOR:
        return g.slots[i]
    if not g.has_property(name):
        throw_reference_error(f"{name} is not defined")
    return g.get(name, g)


def typeof_global(f: Any, name: str) -> str:
    realm = f.func.realm if f.func is not None else current_realm()
    if name in realm.global_lexicals:
        return typeof(get_global(f, name, None, 0))
    g = realm.global_object
    if not g.has_property(name):
        return "undefined"
    return typeof(g.get(name, g))


def resolve_global(f: Any, name: str) -> bool:
    """ResolveBinding (9.4.2) of a strict assignment's target that no declaration in sight
    binds, made before the right-hand side runs: whether the global environment has it."""
    realm = f.func.realm if f.func is not None else current_realm()
    return name in realm.global_lexicals or realm.global_object.has_property(name)


def put_global_ref(f: Any, name: str, resolvable: bool, v: Any) -> None:
    """PutValue (6.2.5.6) of that strict reference: unresolvable, it throws (step 3) even if
    the right-hand side has created the global since."""
    if not resolvable:
        throw_reference_error(f"{name} is not defined")
    set_global(f, name, v)


def set_global(f: Any, name: str, v: Any) -> None:
    realm = f.func.realm if f.func is not None else current_realm()
    lex = realm.global_lexicals
    if name in lex:
        old = lex[name]
        if old is UNINIT:
            throw_reference_error(f"Cannot access '{name}' before initialization")
        if name in realm.global_consts:
            throw_type_error("Assignment to constant variable.")
        lex[name] = v
        return
    g = realm.global_object
    shape = g.shape
    i = shape.table.get(name)
    if i is not None and shape.flags[i] & (WRITABLE | ACCESSOR) == WRITABLE:
        g.slots[i] = v
        return
    if f.strict and not g.has_property(name):
        throw_reference_error(f"{name} is not defined")
    if not g.set(name, v, g) and f.strict:
        throw_type_error(f"Cannot assign to read only property '{name}' of object '#<Object>'")


def init_global_lex(f: Any, name: str, v: Any) -> None:
    f.func.realm.global_lexicals[name] = v if f.func is not None else v


def declare(f: Any, decl: tuple) -> None:
    """GlobalDeclarationInstantiation (16.1.7); for global eval code (``is_eval``) the
    global part of EvalDeclarationInstantiation (19.2.1.3), whose bindings are deletable."""
    var_names, fn_names, lex, is_eval = decl
    realm = f.func.realm
    g = realm.global_object
    lexicals = realm.global_lexicals
    for name, kind in lex:
        if name in lexicals:
            throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
        desc = g.get_own_property(name)
        if desc is not None and desc.configurable is False:
            throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
    create_global_vars(realm, var_names, fn_names, is_eval)
    for name, kind in lex:
        lexicals[name] = UNINIT
        if kind == "const":
            realm.global_consts.add(name)


def create_global_vars(realm: Any, var_names: tuple, fn_names: tuple, deletable: bool) -> None:
    """The var and function bindings of global code: each name is checked first (no
    lexical of that name; CanDeclareGlobalFunction / CanDeclareGlobalVar, 9.1.1.4.15-16,
    else a TypeError), then created (CreateGlobalFunctionBinding / CreateGlobalVarBinding,
    9.1.1.4.17-18; a function's value is stored when it is hoisted)."""
    g = realm.global_object
    lexicals = realm.global_lexicals
    for name in var_names:
        if name in lexicals:
            throw_error("SyntaxError", f"Identifier '{name}' has already been declared")
    for name in fn_names:
        desc = g.get_own_property(name)
        if desc is None:
            if not g.is_extensible():
                throw_type_error(f"Cannot define global function '{name}'")
        elif not (desc.configurable or (desc.is_data() and desc.writable and desc.enumerable)):
            throw_type_error(f"Cannot redefine global function '{name}'")
    for name in var_names:
        if name not in fn_names and g.get_own_property(name) is None and not g.is_extensible():
            throw_type_error(f"Cannot define global variable '{name}'")
    for name in var_names:
        desc = g.get_own_property(name)
        if desc is None or (name in fn_names and desc.configurable):
            g.define_own_property(name, PropertyDescriptor(value=None, writable=True, enumerable=True,
                                                           configurable=deletable))


def new_var_store() -> JSObject:
    """The object holding vars that sloppy direct eval adds to a function (19.2.1.3)."""
    return JSObject(None)


def declare_eval_vars(store: JSObject | None, names: tuple) -> None:
    """EvalDeclarationInstantiation for a function's variable environment: new bindings are
    deletable (configurable) and start undefined."""
    if store is None:
        throw_error("SyntaxError", "var declarations in eval code inside parameter initializers are not supported")
    for name in names:
        if store.get_own_property(name) is None:
            store.define_own_property(name, PropertyDescriptor(value=None, writable=True, enumerable=True,
                                                               configurable=True))


def declare_eval_globals(f: Any, names: tuple) -> None:
    """EvalDeclarationInstantiation (19.2.1.3) of a direct eval in global code: its vars and
    functions become deletable globals. ``names``: (var and function names, function names)."""
    create_global_vars(f.func.realm, names[0], names[1], True)


# dynamic names (with / eval fallbacks): the global object
def get_name(f: Any, name: str) -> Any:
    return get_global(f, name, None, 0)


def typeof_name(f: Any, name: str) -> str:
    return typeof_global(f, name)


def set_name(f: Any, name: str, v: Any) -> None:
    set_global(f, name, v)


def delete_name(f: Any, name: str) -> bool:
    realm = f.func.realm
    if name in realm.global_lexicals:
        return False
    return realm.global_object.delete(name)


def get_name_this(f: Any, name: str) -> tuple:
    return (None, get_global(f, name, None, 0))


def with_has(obj: JSObject | None, name: str) -> bool:
    """HasBinding of an object environment record with withEnvironment true (9.1.1.2.1).
    ``obj`` is None for an eval var store not created yet (an eval in parameter defaults)."""
    if obj is None or not obj.has_property(name):
        return False
    unscopables = obj.get(WellKnown.unscopables, obj)
    if isinstance(unscopables, JSObject):
        return not to_boolean(unscopables.get(name, unscopables))
    return True


def with_get(obj: JSObject, name: str, strict: bool) -> Any:
    """GetBindingValue of an object environment record (9.1.1.2.6)."""
    # 2. Let value be ? HasProperty(bindingObject, N).
    if not obj.has_property(name):
        # 3. If value is false: if S is false, return undefined; else throw a ReferenceError.
        if strict:
            throw_reference_error(f"{name} is not defined")
        return None
    # 4. Return ? Get(bindingObject, N).
    return obj.get(name, obj)


def with_set(obj: JSObject, name: str, v: Any, strict: bool) -> None:
    """SetMutableBinding of an object environment record (9.1.1.2.5)."""
    # 1-2. Let stillExists be ? HasProperty(bindingObject, N); if it is false and S is true,
    #      throw a ReferenceError (the binding was deleted since the reference was resolved).
    if not obj.has_property(name) and strict:
        throw_reference_error(f"{name} is not defined")
    # 3. Perform ? Set(bindingObject, N, V, S).
    set_member(obj, name, v, strict)


# ---- this, arguments, closures --------------------------------------------------------------
def get_this(f: Any) -> Any:
    t = f.this_frame.this
    if t is UNINIT:
        throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
    return t


def create_arguments(f: Any, mapped: int) -> JSObject:
    from .arguments import create_arguments_object
    if f.arguments_obj is None:
        f.arguments_obj = create_arguments_object(f, mapped)
    return f.arguments_obj


def create_rest(f: Any, start: int) -> JSArray:
    return JSArray(f.func.realm.intrinsics["%Array.prototype%"], list(f.args[start:]))


def make_closure(f: Any, code: Any) -> JSFunction:
    realm = f.func.realm if f.func is not None else current_realm()
    ctx = f.ctx
    if getattr(code, "callee_context", False):
        ctx = [ctx, None]
        fn = make_function(code, ctx, realm)
        ctx[1] = fn
    else:
        fn = make_function(code, ctx, realm)
    if code.kind == "arrow":
        fn.outer_frame = f.this_frame
    elif code.kind == "method" and f.code.kind == "method" and code.name.startswith("<"):
        fn.home_object = f.func.home_object
    return fn


def set_function_name(fn: Any, key: Any, kind: int) -> None:
    """SetFunctionName (10.2.9) for anonymous functions under computed keys."""
    if not isinstance(fn, JSObject):
        return
    if type(key) is JSSymbol:
        name = f"[{key.description}]" if key.description is not None else ""
    else:
        name = key
    if kind == 1:
        name = "get " + name
    elif kind == 2:
        name = "set " + name
    desc = fn.get_own_property("name")
    if desc is None or (desc.value == "" if desc.is_data() else False) or isinstance(fn, JSFunction) and fn.code.name == "":
        fn.define_own_property("name", PropertyDescriptor(value=name, writable=False, enumerable=False, configurable=True))


# ---- properties (with inline caches) --------------------------------------------------------
def get_prop(obj: Any, key: str, fb: list, idx: int) -> Any:
    """``obj.key`` with an inline cache in the instruction's feedback slot: a tuple
    ``(shape, slot)`` for an own data property, a list ``[shape, holder, holder shape, slot]``
    for a data property of the receiver's prototype (methods). The receiver's shape proves it
    still lacks an own ``key``; the holder's shape proves the property is unchanged."""
    t = type(obj)
    if t is JSObject or (t is JSArray and key != "length"):
        shape = obj.shape
        c = fb[idx]
        if c is not None and c[0] is shape:
            if type(c) is tuple:
                return obj.slots[c[1]]
            holder = c[1]
            if obj.proto is holder and holder.shape is c[2]:
                return holder.slots[c[3]]
        i = shape.table.get(key)
        if i is not None:
            if shape.flags[i] & ACCESSOR:
                return obj.get(key, obj)
            if not shape.dictionary:
                fb[idx] = (shape, i)
            return obj.slots[i]
        holder = obj.proto
        if (type(holder) is JSObject or type(holder) is JSArray) and not shape.dictionary:
            hshape = holder.shape
            j = hshape.table.get(key)
            if j is not None and not hshape.flags[j] & ACCESSOR and not hshape.dictionary:
                fb[idx] = [shape, holder, hshape, j]
                return holder.slots[j]
        return obj.get(key, obj)
    if t is JSArray:
        return float(obj.length)
    if isinstance(obj, JSObject):
        return obj.get(key, obj)
    return get_member(obj, key)


def set_prop(obj: Any, key: str, v: Any, strict: bool, fb: list, idx: int) -> None:
    """``obj.key = v``. Feedback: (shape, slot) for a store to an own writable data property;
    [old shape, new shape, prototype] for the site's first property-adding transition (tier 2
    speculates on it; tiers 0 and 1 only read the tuple form)."""
    if type(obj) is JSObject:
        shape = obj.shape
        c = fb[idx]
        if c is not None and c[0] is shape and type(c) is tuple:
            obj.slots[c[1]] = v
            return
        i = shape.table.get(key)
        if i is not None and shape.flags[i] & (WRITABLE | ACCESSOR) == WRITABLE:
            if not shape.dictionary:
                fb[idx] = (shape, i)
            obj.slots[i] = v
            return
        set_member(obj, key, v, strict)
        if c is None and i is None and not shape.dictionary:
            new = obj.shape
            if new is shape.transitions.get((key, DEFAULT)) and new.table.get(key) == len(shape.keys):
                fb[idx] = [shape, new, obj.proto]
        return
    set_member(obj, key, v, strict)


def get_elem(obj: Any, key: Any, fb: list | None = None, pc: int = 0) -> Any:
    """``obj[key]``; the fast path (an element of the dense elements of an array or an ordinary
    object) records nothing, other receivers record their elements kind in the feedback slot."""
    if type(key) is float and (type(obj) is JSArray or type(obj) is JSObject):
        el = obj.elements
        # NaN and infinities fail the range test first
        if el is not None and 0.0 <= key < 4294967295.0 and key == int(key):
            if key < len(el):
                v = el[int(key)]
                if v is not HOLE:
                    return v
            # an absent array index (a hole, or past the elements, where a non-sparse object
            # has no index property either) reads undefined when no prototype has one
            if not holes_visible_in_protos(obj):
                if fb is not None:
                    note_elements(fb, pc, obj)
                return None
    if fb is not None:
        note_elements(fb, pc, obj)
    if type(key) is float and type(obj) is TypedArrayObject:
        # [[Get]] (10.4.5.4) with a Number key: CanonicalNumericIndexString(ToString(key)) is
        # the key itself, but for -0, read as "0" (+ 0.0 makes it +0)
        return obj.get_element(key + 0.0)
    return get_member(obj, key)


def to_property_key_of(base: Any, key: Any) -> Any:
    """GetValue's order for ``base[key]`` that is read: ToObject(base) fails before the key
    is converted. A Number key is returned as it is: converting it is unobservable, and it
    keeps the element fast paths of the GET_ELEM / SET_ELEM that follow."""
    if type(key) is float and base is not None and base is not JSNull:
        return key
    if base is None or base is JSNull:
        what = "undefined" if base is None else "null"
        if isinstance(key, JSObject):  # V8 does not convert an object key for the message
            throw_type_error(f"Cannot read properties of {what}")
        throw_type_error(f"Cannot read properties of {what} (reading '{to_string(key) if type(key) is not JSSymbol else key}')")
    return key if type(key) is str or type(key) is JSSymbol else to_property_key(key)


def set_elem(obj: Any, key: Any, v: Any, strict: bool, fb: list | None = None, pc: int = 0) -> None:
    """``obj[key] = v``; an existing element of an array or ordinary object is written inline,
    holes and appends go through access.set_dense_element."""
    t = type(obj)
    if type(key) is float and (t is JSArray or t is JSObject):
        el = obj.elements
        if el is not None and 0.0 <= key < len(el) and key == int(key) and el[int(key)] is not HOLE:
            el[int(key)] = v  # NaN and infinities fail the range test first
            return
        grows = el is not None and key == len(el) and t is JSArray and obj.length == key
        if set_dense_element(obj, key, v):
            if fb is not None:  # tier 2 appends natively where tier 0 saw array appends only
                old, bit = fb[pc - 1], E_GROWS if grows else E_FILLS
                if old is None or (type(old) is int and not old & bit):
                    fb[pc - 1] = (old or 0) | bit
            return
    if fb is not None:
        note_elements(fb, pc, obj)
    if type(key) is float and t is TypedArrayObject:
        obj.set_element(key + 0.0, v)  # [[Set]] (10.4.5.5) on the typed array itself: no receiver to consult
        return
    set_member(obj, key, v, strict)


def home_proto(f: Any) -> Any:
    tf = f.this_frame
    home = tf.func.home_object if tf.func is not None else None
    if home is None:
        throw_error("SyntaxError", "'super' keyword unexpected here")
    return home.get_prototype_of()


def super_key(key: Any, base: Any) -> Any:
    """The key of a super reference as GetValue / PutValue convert it (6.2.5.5 step 3):
    ToObject(base) fails first (a null home prototype), then ToPropertyKey."""
    if base is None:
        if isinstance(key, JSObject):  # V8 does not convert an object key for the message
            throw_type_error("Cannot read properties of null")
        throw_type_error(f"Cannot read properties of null (reading '{to_string(key) if type(key) is not JSSymbol else key}')")
    return to_property_key(key)


def get_super(this: Any, key: Any, base: Any) -> Any:
    """GetValue of a super reference (13.3.7.3 MakeSuperPropertyReference: base, key, this)."""
    key = super_key(key, base)
    return base.get(key, this)


def set_super(this: Any, key: Any, base: Any, v: Any, strict: bool) -> None:
    """PutValue of a super reference (6.2.5.6): the key is converted after the value."""
    if base is None:
        throw_type_error(f"Cannot set properties of null (setting '{to_string(key) if type(key) is not JSSymbol else key}')")
    key = to_property_key(key)
    if not base.set(key, v, this) and strict:
        throw_type_error(f"Cannot assign to read only property '{key}' of object")


# ---- private names --------------------------------------------------------------------------
class PrivateName:
    __slots__ = ("description",)

    def __init__(self, description: str) -> None:
        self.description = description

    def __repr__(self) -> str:
        return self.description


def new_private_name(desc: str) -> PrivateName:
    return PrivateName(desc)


def _private_elements(obj: Any) -> dict:
    d = obj.__dict__.get("private_elements")
    if d is None:
        d = obj.__dict__["private_elements"] = {}
    return d


def _private_error(message: str, f: Any) -> None:
    """Throw a TypeError of the realm of the function running in ``f``."""
    realm = f.func.realm if f is not None and f.func is not None else None
    raise JSThrow(make_error("TypeError", message, realm))


def private_get(obj: Any, name: PrivateName, f: Any = None) -> Any:
    """PrivateGet (7.3.31). ``f``: the running frame, whose function's realm the TypeError
    belongs to (the current realm without one)."""
    if not isinstance(obj, JSObject):
        _private_error(f"Cannot read private member {name} from an object whose class did not declare it", f)
    el = obj.__dict__.get("private_elements", {}).get(name)
    if el is None:
        _private_error(f"Cannot read private member {name} from an object whose class did not declare it", f)
    kind, v = el
    if kind == 0 or kind == 1:
        return v
    getter = v[0]
    if getter is None:
        _private_error(f"'{name}' was defined without a getter", f)
    return getter.call(obj, [])


def private_set(obj: Any, name: PrivateName, value: Any, f: Any = None) -> None:
    """PrivateSet (7.3.32); ``f`` as for private_get."""
    if not isinstance(obj, JSObject):
        _private_error(f"Cannot write private member {name} to an object whose class did not declare it", f)
    els = obj.__dict__.get("private_elements", {})
    el = els.get(name)
    if el is None:
        _private_error(f"Cannot write private member {name} to an object whose class did not declare it", f)
    kind, v = el
    if kind == 0:
        els[name] = (0, value)
    elif kind == 1:
        _private_error(f"Private method '{name}' is not writable", f)
    else:
        setter = v[1]
        if setter is None:
            _private_error(f"'{name}' was defined without a setter", f)
        setter.call(obj, [value])


def private_in(name: PrivateName, obj: Any) -> bool:
    if not isinstance(obj, JSObject):
        throw_type_error("Cannot use 'in' operator to search for a private field in a non-object")
    return name in obj.__dict__.get("private_elements", {})


def private_add(obj: Any, name: PrivateName, v: Any, kind: int) -> None:
    """PrivateFieldAdd / PrivateMethodOrAccessorAdd (7.3.28-29)."""
    els = _private_elements(obj)
    cur = els.get(name)
    if kind >= 2 and cur is not None and cur[0] == 2 and cur[1][kind - 2] is None:
        # the other half of an accessor pair added by the same class evaluation
        pair = list(cur[1])
        pair[kind - 2] = v
        els[name] = (2, tuple(pair))
        return
    if cur is not None:
        throw_type_error(f"Cannot initialize {name} twice on the same object")
    if not obj.is_extensible():  # nonextensible-applies-to-private
        throw_type_error(f"Cannot define private member {name} on a non-extensible object")
    els[name] = (kind, v) if kind < 2 else (2, (v, None) if kind == 2 else (None, v))


# ---- literals -------------------------------------------------------------------------------
def new_object() -> JSObject:
    return JSObject(current_realm().object_prototype)


def new_array(vals: list) -> JSArray:
    return JSArray(current_realm().array_prototype, vals)


def array_push(arr: JSArray, v: Any) -> None:
    el = arr.elements
    el.append(v)
    arr.length += 1
    if not arr.length & (CHUNK - 1):
        grown(el)


def array_hole(arr: JSArray) -> None:
    arr.elements.append(HOLE)
    arr.length += 1
    if not arr.length & (CHUNK - 1):
        grown(arr.elements)


def array_spread(arr: JSArray, rec: IteratorRecord) -> None:
    """Append every value of an iterator (spread in array literals and argument lists)."""
    el = arr.elements
    step = iteration.iterator_step_value
    while True:
        v = step(rec)
        if v is DONE:
            break
        el.append(v)
        if not len(el) & (CHUNK - 1):
            grown(el)
    arr.length = len(el)


def define_field(obj: JSObject, key: Any, v: Any) -> None:
    """CreateDataPropertyOrThrow for literals and class fields."""
    if type(key) is not str and type(key) is not JSSymbol:
        key = to_property_key(key)
    if type(obj) is JSObject and key not in obj.shape.table and array_index(key) < 0 and obj.extensible:
        obj.shape = obj.shape.add(key, DEFAULT)
        obj.slots.append(v)
        return
    access.create_data_property_or_throw(obj, key, v)


def define_method(obj: JSObject, key: Any, fn: Any, kind: int) -> None:
    """DefineMethodProperty / MethodDefinitionEvaluation for getters and setters."""
    enumerable = bool(kind & 4)
    kind &= 3
    if isinstance(fn, JSFunction):
        fn.home_object = obj
        set_function_name(fn, key, kind)
    if kind == 0:
        desc = PropertyDescriptor(value=fn, writable=True, enumerable=enumerable, configurable=True)
    elif kind == 1:
        desc = PropertyDescriptor(get=fn, enumerable=enumerable, configurable=True)
    else:
        desc = PropertyDescriptor(set=fn, enumerable=enumerable, configurable=True)
    access.define_property_or_throw(obj, key, desc)


def set_proto_literal(obj: JSObject, v: Any) -> None:
    if isinstance(v, JSObject) or v is JSNull:
        obj.set_prototype_of(None if v is JSNull else v)


def regexp_create(src: tuple) -> Any:
    from ..runtime.builtins.regexp import regexp_create as create
    return create(src[0], src[1])


def template_object(f: Any, site: tuple) -> JSArray:
    """GetTemplateObject (13.2.8.4): one frozen array per site, cached on the site."""
    cooked, raw, cache = site
    realm = f.func.realm
    for r, obj in cache:
        if r is realm:
            return obj
    ap = realm.array_prototype
    raw_arr = JSArray(ap, list(raw))
    arr = JSArray(ap, [None if c is None else c for c in cooked])
    arr.define_own_property("raw", PropertyDescriptor(value=raw_arr, writable=False, enumerable=False, configurable=False))
    access.set_integrity_level(raw_arr, "frozen")
    access.set_integrity_level(arr, "frozen")
    cache.append((realm, arr))
    return arr


def object_rest(src: Any, keys: list) -> JSObject:
    obj = new_object()
    copy_data_properties(obj, src, [to_property_key(k) for k in keys])
    return obj


# ---- iteration ------------------------------------------------------------------------------
def get_iterator(v: Any) -> IteratorRecord:
    return iteration.get_iterator(v, "sync")


def get_iterator_at(f: Any, pc: int, v: Any) -> IteratorRecord:
    """GetIterator(v, sync), naming the iterated expression as V8 does when it is not iterable."""
    text = f.code.site_text.get(pc - 1)
    if text is None or type(v) is str or type(v) is JSArray:
        return iteration.get_iterator(v, "sync")
    method = None if v is None or v is JSNull else access.get_method(v, WellKnown.iterator)
    if method is None:
        if type(text) is tuple and text[0] == "message":  # the result of a call: see call_at
            throw_type_error(text[1])
        if type(text) is tuple:  # spread in an argument list
            if v is None or v is JSNull:
                shown = "undefined" if v is None else "null"
                throw_type_error(f"{text[1]} is not iterable (cannot read property {shown})")
            throw_type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function")
        throw_type_error(f"{text} is not iterable")
    return iteration.get_iterator_from_method(v, method)


def get_async_iterator_at(f: Any, pc: int, v: Any) -> IteratorRecord:
    """GetIterator(v, async) for `for await`, naming the iterated expression as V8 does."""
    text = f.code.site_text.get(pc - 1)
    if text is None:
        return iteration.get_iterator(v, "async")
    return iteration.get_iterator(v, "async", text[1] if type(text) is tuple else f"{text} is not async iterable")


def iter_next(rec: IteratorRecord) -> Any:
    return iteration.iterator_step_value(rec)


def iter_value(rec: IteratorRecord) -> Any:
    """One step of array destructuring: the next value, or undefined once done."""
    if rec.done:
        return None
    v = step_value(rec)
    return None if v is DONE else v


def step_value(rec: IteratorRecord) -> Any:
    """IteratorStepValue; a throwing next() marks the record done, so no IteratorClose
    follows (7.4.10)."""
    try:
        return iteration.iterator_step_value(rec)
    except JSThrow:
        rec.done = True
        raise


def iter_rest(rec: IteratorRecord) -> JSArray:
    vals = []
    while not rec.done:
        v = step_value(rec)
        if v is DONE:
            break
        vals.append(v)
    return new_array(vals)


def iter_close(rec: IteratorRecord) -> None:
    if not rec.done:
        rec.done = True
        iteration.iterator_close(rec)


def iter_close_abrupt(rec: IteratorRecord, kind: int) -> None:
    """IteratorClose for a throw (kind 1: errors from return() are suppressed) or return."""
    if rec.done:
        return
    rec.done = True
    if kind == 1:
        try:
            iteration.iterator_close(rec)
        except JSThrow:
            pass
    else:
        iteration.iterator_close(rec)


def iter_return_call(rec: IteratorRecord, kind: int) -> tuple[Any, bool]:
    """AsyncIteratorClose (7.4.13) steps 4-5: call the iterator's return() if it has one:
    (its result, True) when there is a result to await, else (None, False). After a throw
    completion (kind 1) an error of GetMethod or Call is dropped (step 6: the throw wins)."""
    if rec.done:
        return None, False
    rec.done = True
    try:
        ret = access.get_method(rec.iterator, "return")
        if ret is None:
            return None, False
        return access.call(ret, rec.iterator, []), True
    except JSThrow:
        if kind == 1:
            return None, False
        raise


def iter_return_check(kind: int, result: Any) -> None:
    """AsyncIteratorClose (7.4.13) step 8: after a non-throw completion the awaited result of
    return() must be an object."""
    if kind != 1 and not isinstance(result, JSObject):
        throw_type_error(f"Iterator result {access.describe_value(result)} is not an object")


def iter_call_next(rec: IteratorRecord) -> Any:
    return access.call(rec.next_method, rec.iterator, [])


def iter_result_done(rec: IteratorRecord, res: Any) -> bool:
    if not isinstance(res, JSObject):
        throw_type_error(f"Iterator result {conversions.to_string(res) if not isinstance(res, JSObject) else ''} is not an object")
    if to_boolean(res.get("done", res)):
        rec.done = True
        return True
    return False


def iter_result_value(res: JSObject) -> Any:
    return res.get("value", res)


class ForInEnumerator:
    """EnumerateObjectProperties (14.7.5.9): own enumerable string keys, then the prototype's,
    skipping shadowed and deleted keys."""

    __slots__ = ("obj", "keys", "i", "visited")

    def __init__(self, obj: Any) -> None:
        self.obj = obj
        self.keys: list = []
        self.i = 0
        self.visited: set = set()
        self._load()

    def _load(self) -> None:
        o = self.obj
        self.keys = [] if o is None else [k for k in o.own_property_keys() if type(k) is str]
        self.i = 0

    def next(self) -> str | None:
        while self.obj is not None:
            while self.i < len(self.keys):
                k = self.keys[self.i]
                self.i += 1
                if k in self.visited:
                    continue
                desc = self.obj.get_own_property(k)
                if desc is None:
                    continue
                self.visited.add(k)
                if desc.enumerable:
                    return k
            self.obj = self.obj.get_prototype_of()
            self._load()
        return None


def for_in_start(v: Any) -> ForInEnumerator:
    if v is None or v is JSNull:
        return ForInEnumerator(None)
    return ForInEnumerator(to_object(v))


def for_in_next(e: ForInEnumerator) -> str | None:
    return e.next()


# ---- classes --------------------------------------------------------------------------------
def make_class(f: Any, heritage: Any, ctor: JSFunction, info: Any) -> list:
    """ClassDefinitionEvaluation steps 5-16 (15.7.14): [prototype, constructor]."""
    from ..bytecode.funcs import NO_HERITAGE
    realm = f.func.realm if f.func is not None else current_realm()
    intr = realm.intrinsics
    if heritage is NO_HERITAGE:
        proto_parent = intr["%Object.prototype%"]
        ctor_parent = intr["%Function.prototype%"]
    elif heritage is JSNull:
        proto_parent = None
        ctor_parent = intr["%Function.prototype%"]
    else:
        if not (isinstance(heritage, JSObject) and getattr(heritage, "is_constructor", False)):
            throw_type_error(f"Class extends value {access.describe_value(heritage)} is not a constructor or null")
        pp = heritage.get("prototype", heritage)
        if not isinstance(pp, JSObject) and pp is not JSNull:
            throw_type_error(f"Class extends value does not have valid prototype property {access.describe_value(pp)}")
        proto_parent = None if pp is JSNull else pp
        ctor_parent = heritage
    proto = JSObject(proto_parent)
    ctor.set_prototype_of(ctor_parent)
    ctor.home_object = proto
    ctor.define_own_property("prototype", PropertyDescriptor(value=proto, writable=False, enumerable=False, configurable=False))
    proto.define_data("constructor", ctor, WRITABLE | CONFIGURABLE)
    return [proto, ctor]


def init_fields(f: Any) -> None:
    """InitializeInstanceElements (7.3.34) for the constructor running in ``f``."""
    tf = f.this_frame
    if tf.fields_done:
        return
    tf.fields_done = True
    fn = tf.func
    init = fn.fields_init if fn is not None else None
    if init is not None:
        init.call(tf.this, [])


def _function_name(fn: Any) -> str:
    """The name V8 gives a function in messages (its code's name, or a built-in's name)."""
    code = getattr(fn, "code", None)
    return getattr(code, "name", None) or getattr(fn, "name", "") or ""


def super_call(f: Any, args: list) -> Any:
    """SuperCall (13.3.7.1): construct with the parent constructor, bind this, init fields."""
    tf = f.this_frame
    fn = tf.func
    parent = fn.get_prototype_of()
    if not (isinstance(parent, JSObject) and getattr(parent, "is_constructor", False)):
        what = "null" if parent is None else (_function_name(parent) or "null" if parent.callable else None)
        throw_type_error(f"Super constructor {what or access.describe_value(parent)} of "
                         f"{_function_name(fn) or 'anonymous class'} is not a constructor")
    result = parent.construct(args, tf.new_target)
    if tf.this is not UNINIT:
        throw_reference_error("Super constructor may only be called once")
    tf.this = result
    init = fn.fields_init
    if init is not None:
        tf.fields_done = True
        init.call(result, [])
    return result


def finish_construct(f: Any, v: Any) -> Any:
    """The [[Construct]] return rule (10.2.2 steps 9-12)."""
    if isinstance(v, JSObject):
        return v
    if f.func.ctor_kind == "derived":
        if v is not None:
            throw_type_error("Derived constructors may only return object or undefined")
        if f.this is UNINIT:
            throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
    return f.this


# ---- calls ----------------------------------------------------------------------------------
def call_value(fn: Any, this: Any, args: list) -> Any:
    if isinstance(fn, JSObject) and fn.callable:
        return fn.call(this, args)
    throw_type_error(f"{access.describe_value(fn)} is not a function")


def call_at(f: Any, pc: int, fn: Any, this: Any, args: list) -> Any:
    """Call from the call instruction at pc - 1; a TypeError names the callee as written. A
    built-in of the running realm is called directly (BuiltinFunction.call's own fast path),
    its identity recorded as the site's call target (tier 2 inlines Math functions);
    `g.call(...)` / `g.apply(...)` of a plain JS function g of that realm enter g directly."""
    if type(fn) is BuiltinFunction and fn.realm is realm_module._current:
        fb = f.code.feedback
        if fb is not None and fb[pc - 1] is not fn:
            note_call_target(fb, pc, fn)
        impl = fn.fn
        if (impl is function_call or impl is function_apply) and type(this) is JSFunction and this.inline_ok \
                and this.realm is fn.realm:
            return call_function_method(f, impl is function_apply, this, args)
        return impl(this, args)
    if isinstance(fn, JSObject) and fn.callable:
        return fn.call(this, args)
    text = f.code.site_text.get(pc - 1)
    if type(text) is tuple:  # a call whose result is iterated: one message for both failures
        throw_type_error(text[1])
    throw_type_error(f"{text or access.describe_value(fn)} is not a function")


def call_function_method(f: Any, apply: bool, target: JSFunction, args: list) -> Any:
    """Function.prototype.call / apply (20.2.3.3 / 20.2.3.1) with a plain JS function as
    ``this``: the steps that remain once IsCallable holds, with the target entered as a call
    from the caller's frame ``f`` (its compiled code directly)."""
    this = args[0] if args else None
    if apply:
        a = args[1] if len(args) > 1 else None
        rest = [] if a is None or a is JSNull else access.create_list_from_array_like(a)
    else:
        rest = args[1:]
    te = target.code.tier_entry
    if te is not None:
        return te(None, -1, target, this, rest, f)
    return target.call(this, rest)


def construct_at(f: Any, pc: int, fn: Any, args: list) -> Any:
    if isinstance(fn, JSObject) and getattr(fn, "is_constructor", False):
        return fn.construct(args, fn)
    text = f.code.site_text.get(pc - 1)
    throw_type_error(f"{text or access.describe_value(fn)} is not a constructor")


def construct_value(fn: Any, args: list) -> Any:
    if not (isinstance(fn, JSObject) and getattr(fn, "is_constructor", False)):
        throw_type_error(f"{access.describe_value(fn)} is not a constructor")
    return fn.construct(args, fn)


def spread_args(arr: Any) -> list:
    return list(arr.elements)


def eval_call(f: Any, this: Any, fn: Any, args: list, site: Any) -> Any:
    """PerformEval (19.2.1.1) when the callee is %eval% (a direct eval); else an ordinary call."""
    realm = f.func.realm if f.func is not None else current_realm()
    if fn is not realm.intrinsics.get("%eval%"):
        return call_value(fn, this, args)
    from .evaluation import direct_eval
    return direct_eval(f, args[0] if args else None, site)


# ---- loop support ---------------------------------------------------------------------------
from .functions import make_construct_frame, make_frame  # noqa: E402  (re-exported for snippets)


def init_feedback(code: Any) -> list:
    code.feedback = [None] * len(code.code)
    return code.feedback


def thread_code(code: Any, handlers: list) -> list:
    """Decode a CodeObject for threaded dispatch: (handler, operand) per instruction."""
    code.threaded = [(handlers[op], arg) for op, arg in code.code]
    return code.threaded


def unwind(f: Any, value: Any, entry: Any, is_return: bool) -> Any:
    """Find the handler for a throw (or, with ``is_return``, a return completion unwinding
    through finally blocks) starting at the faulting instruction of ``f``; pop frames that have
    none. Returns the frame to continue in (its pc set to the handler)."""
    check_deadline()  # a loop of caught exceptions (e.g. stack overflows) must stop in time too
    while True:
        pc = f.pc - 1
        for start, end, handler, depth, is_finally in f.code.handlers:
            if start <= pc < end and (is_finally or not is_return):
                del f.stack[depth:]
                if is_finally:
                    f.stack.append(2 if is_return else 1)
                f.stack.append(value)
                f.pc = handler
                return f
        if f is entry:
            f.suspended = False
            f.pc = len(f.code.code)
            if is_return:
                return None
            # Raised while the caller handles the throw that brought us here: unchained, or a
            # throw crossing N re-entrant frames builds an N-long __context__ chain that CPython
            # walks at every raise (quadratic; a stack overflow through constructors hung).
            handled = sys.exc_info()[1]
            if handled is not None:
                handled.__context__ = None
            raise JSThrow(value)
        f = f.parent
