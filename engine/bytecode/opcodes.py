"""The opcode table: the single source of truth for every instruction.

Each opcode is defined once, on one ``op(...)`` line: its name, operand kind, how many values it
pops and pushes (-1: variable, see the stack comment), the feedback it records, a stack comment,
and its semantics as a Python snippet. The compiler's emitter, the disassembler, the stack-depth
checker, both tier-0 dispatch loops (engine/interp/generate.py) and tier 1's templates derive
from this table.

Snippet conventions (expanded by engine/interp/generate.py):
  ``stack`` the operand stack (a list), ``arg`` the operand, ``K`` the constants, ``lv`` the frame's
  locals, ``f`` the frame, ``R`` the runtime namespace (engine/interp/ops_runtime.py),
  ``FB`` the code object's feedback list (indexed by pc - 1, the instruction's own index).
  ``JUMP(t)`` continues at pc ``t`` and must end its code path. ``ENTER(frame)`` switches to a
  new frame (a JS call), ``LEAVE(value)`` returns from the current frame, ``RAISE(value)``
  throws a JS value; each ends its code path.

Operand kinds: ``-`` none, ``k`` constant index, ``l`` local slot, ``c`` context slot
(depth << 16 | index), ``n`` count, ``j`` jump target, ``i`` small integer.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OpDef:
    code: int
    name: str
    operand: str
    pops: int
    pushes: int
    feedback: str
    stack: str
    body: str


OPS: list[OpDef] = []
BY_NAME: dict[str, OpDef] = {}


def op(name: str, operand: str, pops: int, pushes: int, feedback: str, stack: str, body: str) -> None:
    d = OpDef(len(OPS), name, operand, pops, pushes, feedback, stack, body.strip("\n"))
    OPS.append(d)
    BY_NAME[name] = d


# ---- stack and constants --------------------------------------------------------------------
op("CONST",        "k", 0, 1, "",       "-> K[arg]",            "stack.append(K[arg])")
op("UNDEF",        "-", 0, 1, "",       "-> undefined",         "stack.append(None)")
op("POP",          "-", 1, 0, "",       "v ->",                 "stack.pop()")
op("DUP",          "-", 1, 2, "",       "v -> v v",             "stack.append(stack[-1])")
op("DUP2",         "-", 2, 4, "",       "a b -> a b a b",       "stack.extend(stack[-2:])")
op("SWAP",         "-", 2, 2, "",       "a b -> b a",           "stack[-1], stack[-2] = stack[-2], stack[-1]")
op("ROT3",         "-", 3, 3, "",       "a b c -> c a b",       "stack.insert(-2, stack.pop())")
op("ROT4",         "-", 4, 4, "",       "a b c d -> d a b c",   "stack.insert(-3, stack.pop())")

# ---- variables ------------------------------------------------------------------------------
op("GET_LOCAL",    "l", 0, 1, "",       "-> lv[arg]",           "stack.append(lv[arg])")
op("GET_LOCAL_CHECK", "l", 0, 1, "",    "-> lv[arg] (TDZ)",     """
v = lv[arg]
if v is R.UNINIT:
    R.tdz_error(f, pc)
stack.append(v)""")
op("SET_LOCAL",    "l", 1, 1, "",       "v -> v",               "lv[arg] = stack[-1]")
op("PUT_LOCAL",    "l", 1, 0, "",       "v ->",                 "lv[arg] = stack.pop()")
op("CHECK_LOCAL",  "l", 0, 0, "",       "- (TDZ check)",        """
if lv[arg] is R.UNINIT:
    R.tdz_error(f, pc)""")
op("GET_CTX",      "c", 0, 1, "",       "-> ctx[arg]",          """
c = f.ctx
for _ in range(arg >> 16):
    c = c[0]
stack.append(c[arg & 0xFFFF])""")
op("GET_CTX_CHECK", "c", 0, 1, "",      "-> ctx[arg] (TDZ)",    """
c = f.ctx
for _ in range(arg >> 16):
    c = c[0]
v = c[arg & 0xFFFF]
if v is R.UNINIT:
    R.tdz_error(f, pc)
stack.append(v)""")
op("SET_CTX",      "c", 1, 1, "",       "v -> v",               """
c = f.ctx
for _ in range(arg >> 16):
    c = c[0]
c[arg & 0xFFFF] = stack[-1]""")
op("PUT_CTX",      "c", 1, 0, "",       "v ->",                 """
c = f.ctx
for _ in range(arg >> 16):
    c = c[0]
c[arg & 0xFFFF] = stack.pop()""")
op("CHECK_CTX",    "c", 0, 0, "",       "- (TDZ check)",        """
c = f.ctx
for _ in range(arg >> 16):
    c = c[0]
if c[arg & 0xFFFF] is R.UNINIT:
    R.tdz_error(f, pc)""")
op("SAVE_CTX",     "l", 0, 0, "",       "- (lv[arg] = current context)", "lv[arg] = f.ctx")
op("RESTORE_CTX",  "l", 0, 0, "",       "- (current context = lv[arg])", "f.ctx = lv[arg]")
op("PUSH_CTX",     "n", 0, 0, "",       "- (new scope context of arg slots)", "f.ctx = R.new_context(f.ctx, arg)")
op("POP_CTX",      "-", 0, 0, "",       "- (leave scope context)", "f.ctx = f.ctx[0]")
op("COPY_CTX",     "-", 0, 0, "",       "- (fresh copy for the next loop iteration)", "f.ctx = list(f.ctx)")
op("GET_GLOBAL",   "k", 0, 1, "global", "-> global K[arg]",     "stack.append(R.get_global(f, K[arg], FB, pc - 1))")
op("TYPEOF_GLOBAL", "k", 0, 1, "",      "-> typeof global K[arg]", "stack.append(R.typeof_global(f, K[arg]))")
op("SET_GLOBAL",   "k", 1, 1, "",       "v -> v",               "R.set_global(f, K[arg], stack[-1])")
op("RESOLVE_GLOBAL", "k", 0, 1, "",     "-> resolvable (strict x = v: is global K[arg] bound before v runs)", "stack.append(R.resolve_global(f, K[arg]))")
op("PUT_GLOBAL_REF", "k", 2, 1, "",     "resolvable v -> v (PutValue of that reference)", "v = stack.pop()\nR.put_global_ref(f, K[arg], stack[-1], v)\nstack[-1] = v")
op("INIT_GLOBAL_LEX", "k", 1, 0, "",    "v -> (initialize let/const)", "R.init_global_lex(f, K[arg], stack.pop())")
op("GET_NAME",     "k", 0, 1, "",       "-> dynamic K[arg]",    "stack.append(R.get_name(f, K[arg]))")
op("TYPEOF_NAME",  "k", 0, 1, "",       "-> typeof dynamic K[arg]", "stack.append(R.typeof_name(f, K[arg]))")
op("SET_NAME",     "k", 1, 1, "",       "v -> v",               "R.set_name(f, K[arg], stack[-1])")
op("DELETE_NAME",  "k", 0, 1, "",       "-> bool",              "stack.append(R.delete_name(f, K[arg]))")
op("GET_NAME_THIS", "k", 0, 2, "",      "-> this f (call of a dynamic name)", "stack.extend(R.get_name_this(f, K[arg]))")
op("DECLARE",      "k", 0, 0, "",       "- (script/eval declaration instantiation)", "R.declare(f, K[arg])")
op("NEW_VAR_STORE", "-", 0, 1, "",      "-> store for vars a sloppy direct eval creates", "stack.append(R.new_var_store())")
op("DECLARE_EVAL_VARS", "k", 1, 0, "",  "store -> (create the eval's new vars K[arg] in it)", "R.declare_eval_vars(stack.pop(), K[arg])")
op("DECLARE_EVAL_GLOBALS", "k", 0, 0, "", "- (create the eval's vars K[arg] as configurable globals)", "R.declare_eval_globals(f, K[arg])")
op("GET_IMPORT",   "k", 0, 1, "",       "-> imported binding K[arg] (TDZ)", """
c = K[arg]
v = c.env[c.index]
if v is R.UNINIT:
    R.tdz_error(f, pc)
stack.append(v)""")
op("IMPORT_META",  "k", 0, 1, "",       "-> import.meta of module K[arg]", "stack.append(R.import_meta(K[arg]))")
op("IMPORT_CALL",  "k", 2, 1, "",       "specifier options -> promise (import() from referrer K[arg])", """
o = stack.pop()
stack[-1] = R.dynamic_import(K[arg], stack[-1], o)""")

# ---- this, arguments, functions -------------------------------------------------------------
op("THIS",         "-", 0, 1, "",       "-> this",              """
t = f.this_frame.this
if t is R.UNINIT:
    t = R.get_this(f)
stack.append(t)""")
op("NEW_TARGET",   "-", 0, 1, "",       "-> new.target",        "stack.append(f.this_frame.new_target)")
op("ARG",          "i", 0, 1, "",       "-> args[arg]",         "a = f.args\nstack.append(a[arg] if arg < len(a) else None)")
op("ARGUMENTS",    "i", 0, 1, "",       "-> arguments (arg: 0 unmapped, 1 mapped, 2 mapped without parameters)", "stack.append(R.create_arguments(f, arg))")
op("REST",         "i", 0, 1, "",       "-> [...args.slice(arg)]", "stack.append(R.create_rest(f, arg))")
op("CLOSURE",      "k", 0, 1, "",       "-> function K[arg]",   "stack.append(R.make_closure(f, K[arg]))")
op("SET_HOME_OBJECT", "-", 2, 1, "",   "home fn -> fn (fn.[[HomeObject]] = home)", "fn = stack.pop()\nfn.home_object = stack[-1]\nstack[-1] = fn")
op("SET_FN_NAME",  "i", 2, 2, "",       "key fn -> key fn (arg: 0 plain, 1 get, 2 set)", "R.set_function_name(stack[-1], stack[-2], arg)")

# ---- property access ------------------------------------------------------------------------
op("GET_PROP",     "k", 1, 1, "shape",  "obj -> obj[K[arg]]",   "stack[-1] = R.get_prop(stack[-1], K[arg], FB, pc - 1)")
op("GET_PROP_KEEP", "k", 1, 2, "shape", "obj -> obj obj[K[arg]]", "stack.append(R.get_prop(stack[-1], K[arg], FB, pc - 1))")
op("SET_PROP",     "k", 2, 1, "shape",  "obj v -> v",           """
v = stack.pop()
R.set_prop(stack[-1], K[arg], v, f.strict, FB, pc - 1)
stack[-1] = v""")
op("GET_ELEM",     "-", 2, 1, "elem",   "obj key -> obj[key]",  "k = stack.pop()\nstack[-1] = R.get_elem(stack[-1], k, FB, pc)")
op("GET_ELEM_KEEP", "-", 2, 2, "elem",  "obj key -> obj obj[key]", "k = stack.pop()\nstack.append(R.get_elem(stack[-1], k))")
op("SET_ELEM",     "-", 3, 1, "elem",   "obj key v -> v",       """
v = stack.pop()
k = stack.pop()
R.set_elem(stack[-1], k, v, f.strict, FB, pc)
stack[-1] = v""")
op("DELETE_PROP",  "-", 2, 1, "",       "obj key -> bool",      "k = stack.pop()\nstack[-1] = R.delete_member(stack[-1], k, f.strict)")
# A super reference is three values: this (read first), the key (not yet converted), the base.
op("SUPER_BASE",   "-", 0, 1, "",       "-> GetSuperBase() (the home object's prototype)", "stack.append(R.home_proto(f))")
op("GET_SUPER",    "-", 3, 1, "",       "this key base -> super[key]", "b = stack.pop()\nk = stack.pop()\nstack[-1] = R.get_super(stack[-1], k, b)")
op("GET_SUPER_REF", "-", 3, 4, "",      "this key base -> this key' base super[key'] (key' = ToPropertyKey(key): the reference is stored to later)", """
k = R.super_key(stack[-2], stack[-1])
stack[-2] = k
stack.append(R.get_super(stack[-3], k, stack[-1]))""")
op("GET_SUPER_KEEP", "-", 3, 2, "",     "this key base -> this super[key] (a super method call)", "b = stack.pop()\nk = stack.pop()\nstack.append(R.get_super(stack[-1], k, b))")
op("SET_SUPER",    "-", 4, 1, "",       "this key base v -> v", """
v = stack.pop()
b = stack.pop()
k = stack.pop()
R.set_super(stack.pop(), k, b, v, f.strict)
stack.append(v)""")
op("GET_PRIVATE",  "-", 2, 1, "",       "obj name -> obj.#name", "n = stack.pop()\nstack[-1] = R.private_get(stack[-1], n, f)")
op("SET_PRIVATE",  "-", 3, 1, "",       "obj name v -> v",      "v = stack.pop()\nn = stack.pop()\nR.private_set(stack[-1], n, v, f)\nstack[-1] = v")
op("HAS_PRIVATE",  "-", 2, 1, "",       "name obj -> #name in obj", "o = stack.pop()\nstack[-1] = R.private_in(stack[-1], o)")
op("TO_PROPKEY",   "-", 1, 1, "",       "v -> ToPropertyKey(v)", "stack[-1] = R.to_property_key(stack[-1])")
op("TO_PROPKEY_BASE", "-", 2, 2, "",    "obj key -> obj ToPropertyKey(key) (TypeError first if obj is null/undefined)", "stack[-1] = R.to_property_key_of(stack[-2], stack[-1])")
op("TO_OBJECT_CHECK", "-", 1, 1, "",    "v -> v (TypeError if null/undefined: destructuring)", "R.require_destructurable(stack[-1], f, pc)")

# ---- literals -------------------------------------------------------------------------------
op("NEW_OBJECT",   "-", 0, 1, "",       "-> {}",                "stack.append(R.new_object())")
op("NEW_ARRAY",    "n", -1, 1, "",      "v1 .. vn -> [v1 .. vn]", """
if arg:
    vals = stack[-arg:]
    del stack[-arg:]
else:
    vals = []
stack.append(R.new_array(vals))""")
op("ARRAY_PUSH",   "-", 2, 1, "",       "arr v -> arr",         "v = stack.pop()\nR.array_push(stack[-1], v)")
op("ARRAY_HOLE",   "-", 1, 1, "",       "arr -> arr (append a hole)", "R.array_hole(stack[-1])")
op("ARRAY_SPREAD", "-", 2, 1, "",       "arr iterable -> arr",  "v = stack.pop()\nR.array_spread(stack[-1], R.get_iterator_at(f, pc, v))")
op("DEFINE_FIELD", "k", 2, 1, "",       "obj v -> obj",         "v = stack.pop()\nR.define_field(stack[-1], K[arg], v)")
op("DEFINE_ELEM",  "-", 3, 1, "",       "obj key v -> obj",     "v = stack.pop()\nk = stack.pop()\nR.define_field(stack[-1], k, v)")
op("DEFINE_METHOD", "i", 3, 1, "",      "obj key fn -> obj (arg: 0 method, 1 getter, 2 setter; +4 enumerable)", """
fn = stack.pop()
k = stack.pop()
R.define_method(stack[-1], k, fn, arg)""")
op("COPY_PROPS",   "-", 2, 1, "",       "obj src -> obj (object spread)", "v = stack.pop()\nR.copy_data_properties(stack[-1], v, None)")
op("SET_PROTO_LIT", "-", 2, 1, "",      "obj proto -> obj (__proto__: in a literal)", "v = stack.pop()\nR.set_proto_literal(stack[-1], v)")
op("REGEXP",       "k", 0, 1, "",       "-> new RegExp(K[arg])", "stack.append(R.regexp_create(K[arg]))")
op("TEMPLATE_OBJ", "k", 0, 1, "",       "-> frozen template strings array", "stack.append(R.template_object(f, K[arg]))")
op("REST_OBJECT",  "n", -1, 1, "",      "src k1 .. kn -> rest (object rest, excluding keys)", """
keys = stack[-arg:] if arg else []
if arg:
    del stack[-arg:]
stack[-1] = R.object_rest(stack[-1], keys)""")

# ---- operators ------------------------------------------------------------------------------
op("ADD",          "-", 2, 1, "binary", "a b -> a + b",         """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a + b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.add(a, b)""")
op("SUB",          "-", 2, 1, "binary", "a b -> a - b",         """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a - b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.sub(a, b)""")
op("MUL",          "-", 2, 1, "binary", "a b -> a * b",         """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a * b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.mul(a, b)""")
op("DIV",          "-", 2, 1, "binary", "a b -> a / b",         """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float and b:
    stack[-1] = a / b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.div(a, b)""")
op("MOD",          "-", 2, 1, "binary", "a b -> a % b",         "b = stack.pop()\nstack[-1] = R.mod(stack[-1], b)")
op("POW",          "-", 2, 1, "binary", "a b -> a ** b",        "b = stack.pop()\nstack[-1] = R.pow(stack[-1], b)")
op("BITAND",       "-", 2, 1, "binary", "a b -> a & b",         "b = stack.pop()\nstack[-1] = R.bitand(stack[-1], b)")
op("BITOR",        "-", 2, 1, "binary", "a b -> a | b",         "b = stack.pop()\nstack[-1] = R.bitor(stack[-1], b)")
op("BITXOR",       "-", 2, 1, "binary", "a b -> a ^ b",         "b = stack.pop()\nstack[-1] = R.bitxor(stack[-1], b)")
op("SHL",          "-", 2, 1, "binary", "a b -> a << b",        "b = stack.pop()\nstack[-1] = R.shl(stack[-1], b)")
op("SAR",          "-", 2, 1, "binary", "a b -> a >> b",        "b = stack.pop()\nstack[-1] = R.sar(stack[-1], b)")
op("SHR",          "-", 2, 1, "binary", "a b -> a >>> b",       "b = stack.pop()\nstack[-1] = R.shr(stack[-1], b)")
op("NEG",          "-", 1, 1, "unary",  "a -> -a",              """
a = stack[-1]
stack[-1] = -a if type(a) is float else R.neg(a)""")
op("PLUS",         "-", 1, 1, "unary",  "a -> +a",              """
a = stack[-1]
if type(a) is not float:
    stack[-1] = R.to_number(a)""")
op("TO_NUMERIC",   "-", 1, 1, "unary",  "a -> ToNumeric(a)",    """
a = stack[-1]
if type(a) is not float:
    stack[-1] = R.to_numeric(a)""")
op("INC",          "-", 1, 1, "unary",  "a -> a + 1",           """
a = stack[-1]
stack[-1] = a + 1.0 if type(a) is float else R.inc(a)""")
op("DEC",          "-", 1, 1, "unary",  "a -> a - 1",           """
a = stack[-1]
stack[-1] = a - 1.0 if type(a) is float else R.dec(a)""")
op("BITNOT",       "-", 1, 1, "unary",  "a -> ~a",              "stack[-1] = R.bitnot(stack[-1])")
op("NOT",          "-", 1, 1, "",       "a -> !a",              "stack[-1] = not R.to_boolean(stack[-1])")
op("TYPEOF",       "-", 1, 1, "",       "a -> typeof a",        "stack[-1] = R.typeof(stack[-1])")
op("TO_STRING",    "-", 1, 1, "",       "a -> ToString(a)",     """
a = stack[-1]
if type(a) is not str:
    stack[-1] = R.to_string(a)""")
op("LT",           "-", 2, 1, "compare", "a b -> a < b",        """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a < b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.lt(a, b)""")
op("GT",           "-", 2, 1, "compare", "a b -> a > b",        """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a > b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.gt(a, b)""")
op("LE",           "-", 2, 1, "compare", "a b -> a <= b",       """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a <= b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.le(a, b)""")
op("GE",           "-", 2, 1, "compare", "a b -> a >= b",       """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a >= b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.ge(a, b)""")
op("EQ",           "-", 2, 1, "compare", "a b -> a == b",       "b = stack.pop()\nstack[-1] = R.loose_equals(stack[-1], b)")
op("NE",           "-", 2, 1, "compare", "a b -> a != b",       "b = stack.pop()\nstack[-1] = not R.loose_equals(stack[-1], b)")
op("SEQ",          "-", 2, 1, "compare", "a b -> a === b",      """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a == b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = R.strict_equals(a, b)""")
op("SNE",          "-", 2, 1, "compare", "a b -> a !== b",      """
b = stack.pop()
a = stack[-1]
if type(a) is float and type(b) is float:
    stack[-1] = a != b
else:
    R.note_operands(FB, pc, a, b)
    stack[-1] = not R.strict_equals(a, b)""")
op("IN",           "-", 2, 1, "",       "key obj -> key in obj", "o = stack.pop()\nstack[-1] = R.has_in(stack[-1], o)")
op("INSTANCEOF",   "-", 2, 1, "",       "v C -> v instanceof C", "c = stack.pop()\nstack[-1] = R.instance_of(stack[-1], c)")
op("IS_NULLISH",   "-", 1, 1, "",       "v -> v == null",       "v = stack[-1]\nstack[-1] = v is None or v is R.JSNull")
op("IS_UNDEF",     "-", 1, 1, "",       "v -> v === undefined", "stack[-1] = stack[-1] is None")

# ---- control flow ---------------------------------------------------------------------------
op("JUMP",         "j", 0, 0, "",       "-",                    """
if arg < pc:
    r = R.backedge(f, arg)
    if r is not R.NO_OSR:
        LEAVE(r)
JUMP(arg)""")
op("JUMP_IF_FALSE", "j", 1, 0, "branch", "v ->",                """
v = stack.pop()
if v is False or (v is not True and not R.to_boolean(v)):
    JUMP(arg)""")
op("JUMP_IF_TRUE", "j", 1, 0, "branch", "v ->",                 """
v = stack.pop()
if v is True or (v is not False and R.to_boolean(v)):
    JUMP(arg)""")
op("JUMP_IF_FALSE_KEEP", "j", 1, -1, "", "v -> v (if jumping) | - ", """
v = stack[-1]
if v is False or (v is not True and not R.to_boolean(v)):
    JUMP(arg)
stack.pop()""")
op("JUMP_IF_TRUE_KEEP", "j", 1, -1, "", "v -> v (if jumping) | -", """
v = stack[-1]
if v is True or (v is not False and R.to_boolean(v)):
    JUMP(arg)
stack.pop()""")
op("JUMP_IF_NOT_NULLISH_KEEP", "j", 1, -1, "", "v -> v (if jumping) | -", """
v = stack[-1]
if v is not None and v is not R.JSNull:
    JUMP(arg)
stack.pop()""")
op("JUMP_IF_NULLISH", "j", 1, -1, "",   "v -> undefined (if jumping) | v  (optional chain)", """
v = stack[-1]
if v is None or v is R.JSNull:
    stack[-1] = None
    JUMP(arg)""")
op("JUMP_IF_UNDEF", "j", 1, -1, "",     "v -> (pops if jumping) | v (parameter defaults)", """
if stack[-1] is None:
    stack.pop()
    JUMP(arg)""")
op("THROW",        "-", 1, 0, "",       "v -> (throws)",        "RAISE(stack.pop())")
op("THROW_ERROR",  "k", 0, 0, "",       "- (throws K[arg] = (kind, message))", "R.throw_error(*K[arg])")
op("RETURN",       "-", 1, 0, "",       "v -> (returns)",       "LEAVE(stack.pop())")
# ---- using declarations (Explicit Resource Management) ----------------------------------------
op("NEW_DISPOSABLES", "-", 0, 1, "",    "-> the resources of a new disposal scope", "stack.append(R.DisposeScope())")
op("ADD_DISPOSABLE", "i", 2, 1, "",     "v scope -> v (AddDisposableResource; arg 1: await using)", """
scope = stack.pop()
R.add_disposable(scope, stack[-1], arg)""")
op("DISPOSE_SYNC", "-", 3, 2, "",       "kind value scope -> kind value (DisposeResources)", """
scope = stack.pop()
v = stack.pop()
stack[-1], v = R.dispose_sync(scope, stack[-1], v)
stack.append(v)""")
op("DISPOSE_STEP", "-", 5, 4, "",       "kind value sent mode scope -> kind value x more (async DisposeResources: await x while more)", """
scope = stack.pop()
mode = stack.pop()
sent = stack.pop()
v = stack.pop()
stack[-1], v, x, more = R.dispose_step(scope, stack[-1], v, sent, mode)
stack.append(v)
stack.append(x)
stack.append(more)""")

op("END_FINALLY",  "k", 2, 0, "",       "kind value -> (resume completion; K[arg] = jump targets)", """
v = stack.pop()
kind = stack.pop()
if kind == 0:
    pass
elif kind == 1:
    RAISE(v)
elif kind == 2:
    R.gen_return_unwind(v)
else:
    JUMP(K[arg][kind - 3])""")

# ---- calls ----------------------------------------------------------------------------------
_POP_ARGS = """
args = stack[-arg:] if arg else []
if arg:
    del stack[-arg:]"""


def _invoke(make_frame: str, result: str, generic: str, guard: str = "") -> str:
    """The call path shared by CALL, CALL_SPREAD and NEW: a plain JS function of the running
    frame's realm runs in a new frame of this loop (or in its tier-1 code once hot); anything
    else goes through the runtime (a function of another realm: its [[Call]] switches the
    current realm). The site's call target is recorded as feedback."""
    return f"""
if type(fn) is R.JSFunction and fn.inline_ok and fn.realm is f.func.realm{guard}:
    if FB[pc - 1] is not fn:
        R.note_call_target(FB, pc, fn)
    nf = {make_frame}
    c = fn.code
    if c.tier_entry is None:
        c.call_count += 1
        if c.call_count < R.Policy.threshold:
            ENTER(nf)
        R.tier_up(c)
        if c.tier_entry is None:
            ENTER(nf)
    stack.append({result})
else:
    stack.append({generic})"""


_CALL = _invoke("R.make_frame(fn, this, args, f)", "c.tier_entry(nf)", "R.call_at(f, pc, fn, this, args)")

op("CALL",         "n", -1, 1, "call",  "this fn a1 .. an -> result",
   _POP_ARGS + "\nfn = stack.pop()\nthis = stack.pop()" + _CALL)
op("NEW",          "n", -1, 1, "call",  "ctor a1 .. an -> object",
   _POP_ARGS + "\nfn = stack.pop()" + _invoke("R.make_construct_frame(fn, args, fn, f)",
                                               "R.finish_construct(nf, c.tier_entry(nf))",
                                               "R.construct_at(f, pc, fn, args)", ' and fn.ctor_kind == "base"'))
op("CALL_SPREAD",  "-", 3, 1, "call",   "this fn argsArray -> result",
   "args = R.spread_args(stack.pop())\nfn = stack.pop()\nthis = stack.pop()" + _CALL)
op("NEW_SPREAD",   "-", 2, 1, "call",   "ctor argsArray -> object", """
args = R.spread_args(stack.pop())
fn = stack.pop()
stack.append(R.construct_at(f, pc, fn, args))""")
op("SUPER_CALL",   "-", 1, 1, "call",   "argsArray -> this (super(...args))", """
stack[-1] = R.super_call(f, R.spread_args(stack[-1]))""")
op("EVAL_CALL",    "k", 3, 1, "call",   "this fn argsArray -> result (possibly direct eval; K[arg] = eval scope info)", """
args = R.spread_args(stack.pop())
fn = stack.pop()
this = stack.pop()
stack.append(R.eval_call(f, this, fn, args, K[arg]))""")

# ---- iteration ------------------------------------------------------------------------------
op("GET_ITER",     "-", 1, 1, "",       "iterable -> iter",     "stack[-1] = R.get_iterator_at(f, pc, stack[-1])")
op("GET_ASYNC_ITER", "-", 1, 1, "",     "iterable -> iter",     "stack[-1] = R.get_async_iterator_at(f, pc, stack[-1])")
op("ITER_NEXT",    "j", 1, -1, "",      "iter -> iter value | iter (jumps when done)", """
v = R.iter_next(stack[-1])
if v is R.DONE:
    JUMP(arg)
stack.append(v)""")
op("ITER_VALUE",   "-", 1, 2, "",       "iter -> iter value|undefined (destructuring step)", "stack.append(R.iter_value(stack[-1]))")
op("ITER_REST",    "-", 1, 2, "",       "iter -> iter [rest]",  "stack.append(R.iter_rest(stack[-1]))")
op("ITER_CLOSE",   "-", 1, 0, "",       "iter -> (IteratorClose if not done)", "R.iter_close(stack.pop())")
op("ITER_ABRUPT",   "-", 3, 0, "",       "iter kind value -> (close iter for a throw/return completion, resume it)", """
v = stack.pop()
kind = stack.pop()
R.iter_close_abrupt(stack.pop(), kind)
if kind == 1:
    RAISE(v)
R.gen_return_unwind(v)""")
op("ITER_ABRUPT_END", "-", 2, 0, "",    "kind value -> (resume the throw or return completion)", """
v = stack.pop()
if stack.pop() == 1:
    RAISE(v)
R.gen_return_unwind(v)""")
op("ITER_RETURN_CALL", "-", 3, 4, "",   "iter kind value -> kind value result awaits (AsyncIteratorClose: call return())", """
v = stack.pop()
kind = stack.pop()
res, awaits = R.iter_return_call(stack.pop(), kind)
stack.extend((kind, v, res, awaits))""")
op("ITER_RETURN_CHECK", "-", 3, 3, "",  "kind value awaited -> kind value awaited (TypeError unless an object)", """
R.iter_return_check(stack[-3], stack[-1])""")
op("ITER_RETURN_FAILED", "-", 3, 0, "", "kind value error -> (throw the completion if a throw, else error)", """
e = stack.pop()
v = stack.pop()
if stack.pop() == 1:
    RAISE(v)
RAISE(e)""")
op("ITER_CALL_NEXT", "-", 1, 2, "",     "iter -> iter result (for await: raw next() result)", "stack.append(R.iter_call_next(stack[-1]))")
op("ITER_RESULT",  "j", 2, -1, "",      "iter result -> iter value | iter (jumps when done)", """
res = stack.pop()
if R.iter_result_done(stack[-1], res):
    JUMP(arg)
stack.append(R.iter_result_value(res))""")
op("FOR_IN",       "-", 1, 1, "",       "obj -> for-in enumerator", "stack[-1] = R.for_in_start(stack[-1])")
op("FOR_IN_NEXT",  "j", 1, -1, "",      "enum -> enum key | enum (jumps when done)", """
k = R.for_in_next(stack[-1])
if k is None:
    JUMP(arg)
stack.append(k)""")

# ---- generators and async -------------------------------------------------------------------
op("YIELD",        "-", 1, 1, "",       "v -> received value",  """
SUSPEND("yield", stack.pop())""")
op("AWAIT",        "-", 1, 1, "",       "v -> awaited value",   """
SUSPEND("await", stack.pop())""")
op("YIELD_STAR",   "-", 1, 1, "",       "iterable -> result of delegation", """
SUSPEND("delegate", stack.pop())""")
op("GEN_START",    "-", 0, 0, "",       "- (generator created; suspend until first next())", """
SUSPEND("start", None)""")

# ---- classes and scopes ---------------------------------------------------------------------
op("CLASS",        "k", 2, 2, "",       "heritage ctorfn -> proto ctor (K[arg] = class info)", "stack[-2:] = R.make_class(f, stack[-2], stack[-1], K[arg])")
op("PRIVATE_NAME", "k", 0, 1, "",       "-> new Private Name K[arg]", "stack.append(R.new_private_name(K[arg]))")
op("ADD_PRIVATE",  "i", 3, 1, "",       "obj name v -> obj (arg: 0 field, 1 method, 2 getter, 3 setter)", "v = stack.pop()\nn = stack.pop()\nR.private_add(stack[-1], n, v, arg)")
op("INIT_FIELDS",  "-", 0, 0, "",       "- (run the class field initializers on this)", "R.init_fields(f)")
op("SET_FIELDS",   "-", 2, 1, "",       "ctor initfn -> ctor (class field initializer)", "v = stack.pop()\nstack[-1].fields_init = v")
op("WITH_ENTER",   "-", 1, 1, "",       "v -> ToObject(v)",     "stack[-1] = R.to_object(stack[-1])")
op("WITH_HAS",     "k", 1, 1, "",       "withobj -> bool (binding K[arg] found and not unscopable)", "stack[-1] = R.with_has(stack[-1], K[arg])")
op("WITH_GET",     "k", 1, 1, "",       "withobj -> value of binding K[arg] (GetBindingValue)", "stack[-1] = R.with_get(stack[-1], K[arg], f.strict)")
op("WITH_SET",     "k", 2, 1, "",       "withobj v -> v (SetMutableBinding of K[arg])", """
v = stack.pop()
R.with_set(stack[-1], K[arg], v, f.strict)
stack[-1] = v""")
op("DEBUGGER",     "-", 0, 0, "",       "-",                    "pass")
op("NOP",          "-", 0, 0, "",       "-",                    "pass")


globals().update({d.name: d.code for d in OPS})

JUMP_OPS = frozenset(d.code for d in OPS if d.operand == "j")
