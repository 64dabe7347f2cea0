"""The IR node table: the single source of truth for every tier-2 IR node.

Each node kind is defined once, on one ``node(...)`` line, as the bytecode opcodes are in
engine/bytecode/opcodes.py: its name, its inputs (a type letter per input; ``*T`` means any
number of tagged inputs), its result type, its effects, whether it can deopt (bail out to tier 0:
such a node carries a frame state), whether it can throw (call into the runtime), the meaning of
its ``aux`` operand, and a one-line description. The printer, the verifier, the passes and both
backends read this table; a backend that meets a node it does not lower fails loudly.

Value types: ``T`` tagged (a Python object: any JS value), ``F`` float64, ``I`` int32,
``B`` bool (i1), ``-`` no value.

Effects: ``pure`` (no memory access: may be folded, numbered, hoisted, removed when unused),
``read`` (reads the heap: never numbered across a write), ``write`` (changes the heap),
``call`` (runs arbitrary code: reads and writes everything), ``control`` (ends a block).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeDef:
    name: str
    inputs: tuple[str, ...]  # one type letter per input; ("*T",) = variadic tagged
    result: str
    effects: str
    deopt: bool
    throws: bool
    aux: str
    doc: str

    @property
    def variadic(self) -> bool:
        return bool(self.inputs) and self.inputs[-1].startswith("*")


NODES: dict[str, NodeDef] = {}


def node(name: str, inputs: str, result: str, effects: str, flags: str, aux: str, doc: str) -> None:
    """flags: 'd' can deopt, 't' can throw (calls into the runtime)."""
    NODES[name] = NodeDef(name, tuple(inputs.split()), result, effects, "d" in flags, "t" in flags, aux, doc)


# ---- values ---------------------------------------------------------------------------------
node("ConstT",      "",        "T", "pure",    "",   "the Python value", "a tagged constant (kept alive by the compiled code)")
node("ConstF",      "",        "F", "pure",    "",   "the float",  "a float64 constant")
node("ConstI",      "",        "I", "pure",    "",   "the int",    "an int32 constant")
node("ConstB",      "",        "B", "pure",    "",   "the bool",   "a bool constant")
node("Frame",       "",        "T", "pure",    "",   "",           "the running tier-0 Frame object (the entry argument)")
node("LoadLocal",   "T",       "T", "read",    "",   "slot",       "frame.locals[slot] at entry (parameters and hoisted vars)")
node("VObject",     "*",       "T", "pure",    "",   "its keys",   "a removed object literal (escape analysis): its field values; no code, only frame states use it")
node("VArguments",  "",        "T", "pure",    "",   "ARGUMENTS' operand (0 or 2)", "the frame's arguments object, not made (it aliases no parameter): R.create_arguments where it escapes or at a bailout")
node("Phi",         "*",       "?", "pure",    "",   "",           "SSA merge: one input per predecessor, in predecessor order")

# ---- representation changes and speculation guards -----------------------------------------
node("CheckFloat",  "T",       "F", "pure",    "d",  "",           "guard: the value is a Number (Python float); its float64")
node("BoxF",        "F",       "T", "pure",    "",   "",           "a new Python float")
node("BoxB",        "B",       "T", "pure",    "",   "",           "True or False")
node("IToF",        "I",       "F", "pure",    "",   "",           "int32 -> float64")
node("UToF",        "I",       "F", "pure",    "",   "",           "uint32 (the int32's bits) -> float64")
node("ToInt32",     "F",       "I", "pure",    "d",  "",           "ToInt32 of a float64 (NaN is 0) whose magnitude is below 2**63 (guard), else bail out")
node("CheckIndex",  "F",       "I", "pure",    "d",  "",           "guard: an integral float64 in [0, 2**31); as int32")
node("CheckInt32",  "F",       "I", "pure",    "d",  "site",       "guard: an integral float64 in int32 range and not -0 (a loop phi's int32 speculation); as int32")
node("CheckSmallInt", "T",     "I", "pure",    "d",  "",           "guard: a Python int in [0, 2**30) (a typed array's length or offset); its value")
node("CheckIs",     "T",       "-", "pure",    "d",  "the Python value", "guard: the value is this object (identity: a call target, a builtin)")
node("CheckClass",  "T",       "-", "pure",    "d",  "the Python class", "guard: type(value) is this class exactly")
node("CheckShape",  "T",       "-", "read",    "d",  "the Shape",  "guard: a JSObject's shape is this shape (same keys, slots and attributes)")
node("CheckNotIn",  "T",       "-", "read",    "d",  "the key",    "guard: the key is not in the dict (a global name no lexical declaration shadows)")
node("CheckNotNone", "T",      "-", "pure",    "d",  "",           "guard: the value is not None (a field holding a list)")
node("CheckNotHole", "T",      "-", "pure",    "d",  "",           "guard: the element is not HOLE")
node("CheckNotUninit", "T",    "-", "pure",    "d",  "",           "guard: the binding is initialized (TDZ)")
node("CheckBounds", "I I",     "-", "pure",    "d",  "",           "guard: 0 <= index < length")
node("CheckNoIndexProps", "T",  "-", "read",    "d",  "",           "guard: an object (a prototype) holds no index properties: its elements are None or empty, its sparse flag False")
node("CheckTrue",   "B",       "-", "pure",    "d",  "",           "guard: the condition holds (an int32 result without overflow ...)")

# ---- float64 and int32 arithmetic ----------------------------------------------------------
node("AddF",        "F F",     "F", "pure",    "",   "",           "a + b")
node("SubF",        "F F",     "F", "pure",    "",   "",           "a - b")
node("MulF",        "F F",     "F", "pure",    "",   "",           "a * b")
node("DivF",        "F F",     "F", "pure",    "",   "",           "a / b (IEEE: x/0 is +-Infinity or NaN)")
node("ModF",        "F F",     "F", "pure",    "",   "",           "a % b (fmod: the sign of a)")
node("NegF",        "F",       "F", "pure",    "",   "",           "-a")
node("MathF",       "F",       "F", "pure",    "",   "sqrt|floor|ceil|abs|trunc|round", "a Math function of one float64 (JS rounding rules for round)")
node("MinMaxF",     "F F",     "F", "pure",    "",   "min|max",    "Math.min / Math.max of two (NaN and -0 as the spec says)")
node("LtF",         "F F",     "B", "pure",    "",   "",           "a < b (false when either is NaN)")
node("LeF",         "F F",     "B", "pure",    "",   "",           "a <= b")
node("GtF",         "F F",     "B", "pure",    "",   "",           "a > b")
node("GeF",         "F F",     "B", "pure",    "",   "",           "a >= b")
node("EqF",         "F F",     "B", "pure",    "",   "",           "a == b (NaN is unequal to everything)")
node("NeF",         "F F",     "B", "pure",    "",   "",           "a != b (true when either is NaN)")
node("TruthyF",     "F",       "B", "pure",    "",   "",           "ToBoolean of a Number: not 0, -0 or NaN")
node("NotB",        "B",       "B", "pure",    "",   "",           "!a")
node("SameT",       "T T",     "B", "pure",    "",   "",           "identity of two tagged values (undefined, null, booleans, objects)")
node("CheckedAddI", "I I",     "I", "pure",    "d",  "site",       "a + b of int32s; bails out on overflow (site: (\"int\", pc))")
node("CheckedSubI", "I I",     "I", "pure",    "d",  "site",       "a - b of int32s; bails out on overflow")
node("CheckedMulI", "I I",     "I", "pure",    "d",  "site",       "a * b of int32s; bails out on overflow or a -0 result (0 times a negative)")
node("CheckedModI", "I I",     "I", "pure",    "d",  "site",       "a % b of int32s; bails out unless a >= 0 and b > 0 (NaN, -0)")
node("AddI",        "I I",     "I", "pure",    "",   "",           "a + b, proven not to overflow (range analysis)")
node("SubI",        "I I",     "I", "pure",    "",   "",           "a - b, proven not to overflow (range analysis)")
node("MulI",        "I I",     "I", "pure",    "",   "",           "a * b, proven not to overflow (a typed array's byte position)")
node("CmpI",        "I I",     "B", "pure",    "",   "<|<=|>|>=|==|!=", "int32 compare")
node("BitI",        "I I",     "I", "pure",    "",   "and|or|xor|shl|sar", "int32 bitwise operator (shift counts masked to 5 bits)")
node("ShrI",        "I I",     "F", "pure",    "",   "",           "a >>> b: the uint32 result as float64")
node("BitNotI",     "I",       "I", "pure",    "",   "",           "~a")

# ---- heap access ----------------------------------------------------------------------------
node("LoadField",   "T",       "T", "read",    "",   "field name", "a __slots__ field of a Python object (JSObject.elements, .slots, Frame.ctx ...)")
node("LoadItem",    "T I",     "T", "read",    "",   "",           "list[index] of a Python list (index proven in bounds)")
node("LoadItemK",   "T",       "T", "read",    "",   "index",      "list[index] for a constant index (proven in bounds)")
node("StoreItem",   "T I T",   "-", "write",   "",   "",           "list[index] = value (index proven in bounds)")
node("StoreItemK",  "T T",     "-", "write",   "",   "index",      "list[index] = value for a constant index")
node("ByteLen",     "T",       "I", "read",    "d",  "",           "len(bytearray) as int32 (an ArrayBuffer's data); bails out at 2**31 bytes or more")
node("LoadTyped",   "T I",     "F", "read",    "",   "element code", "the element at a byte position of a bytearray (struct code b B h H i I f d), as float64")
node("StoreTypedF", "T I F",   "-", "write",   "",   "element code", "store a float64 as element f or d, or clamped and rounded as C (Uint8Clamped)")
node("StoreTypedI", "T I I",   "-", "write",   "",   "element code", "store an int32's low bits as element b B h H i I")
node("StoreField",  "T T",     "-", "write",   "",   "field name", "set a __slots__ field of a Python object (a JSObject's shape after a transition)")
node("ListAppend",  "T T",     "-", "write",   "",   "",           "list.append(value) (a property-adding store's new slot)")
node("AppendElem",  "T T T",   "-", "write",   "t",  "",           "array[len(elements)] = value: elements.append(value), length = len(elements); memory.grown(elements) every CHUNK appends")
node("ListLen",     "T",       "I", "read",    "",   "",           "len(list) as int32")
node("Length",      "T",       "F", "read",    "d",  "",           "a JSArray's length field or a string's length (code units) as float64; else bail out")

# ---- runtime calls and control --------------------------------------------------------------
node("CallPy",      "*T",      "T", "call",    "t",  "the Python callable", "call a runtime function with tagged arguments (the same one tiers 0/1 call); stores frame.pc first")
node("TruthyT",     "T",       "B", "call",    "t",  "",           "ToBoolean of a tagged value (runtime call unless a bool/None)")
node("Tick",        "",        "-", "call",    "t",  "",           "loop header: count, and check the time limit every 1024 iterations")
node("Jump",        "",        "-", "control", "",   "",           "to the block's only successor")
node("Branch",      "B",       "-", "control", "",   "",           "to successor 0 when true, 1 when false")
node("Return",      "T",       "-", "control", "",   "",           "return the value from the JS function")
node("Deopt",       "",        "-", "control", "d",  "reason",     "unconditional bailout (code never reached in tier 0)")

TYPES = {"T": "tagged", "F": "float64", "I": "int32", "B": "bool", "-": "none"}
