"""The VLIW machine description: the one table every pass and the simulator read.

The machine is a model in the style of Elbrus (docs/VLIW.md): each cycle it issues one *bundle*
of operations, one per channel. Channels (per bundle):

- ``alu0``..``alu5``: six arithmetic/memory channels; each operation class may issue only on
  some of them (floating point on 0, 1, 3, 4; loads on 0, 2, 3, 5; stores on 2 and 5);
- ``plu0``..``plu2``: predicate logic (and/or/not/copies of the 32 predicate registers);
- ``cp``: control preparation (``prep``: load a control-transfer register, CTPR_LATENCY cycles
  before the branch that uses it can go without stalling);
- ``ct``: control transfer (branch, jump, return, runtime call);
- ``ex0``, ``ex1``: conditional exits (a guard that fails leaves to the deopt handler).

Registers: 192 general registers (tagged, float64 and int32 values), 32 predicate registers
(booleans), 3 control-transfer registers; values that do not fit live in spill slots of the
frame's spill area (``spill``/``fill``, regalloc.py). Results become visible ``latency`` cycles after
issue; an operation whose operand is not ready yet stalls the whole bundle (an interlock,
counted by the producer's class). Loads may be *speculative* (``.s``): they never fault, a
failed one yields the invalid value NAT, which propagates through arithmetic and traps when a
non-speculative operation (an exit, a branch, a store, a call) uses it.
"""
from __future__ import annotations

from dataclasses import dataclass

GPRS = 192
PREDS = 32
CTPRS = 3
SLOT_BASE = GPRS + PREDS + CTPRS   # spill slots (memory) are numbered from here, after the registers
CTPR_LATENCY = 3      # prep -> branch distance that costs no stall
CALL_CYCLES = 20      # a runtime call (generic operation, slow path, allocation of an object)

UNITS: dict[str, int] = {"alu": 6, "plu": 3, "cp": 1, "ct": 1, "ex": 2}
CHANNELS: tuple[str, ...] = tuple(f"{u}{k}" for u, n in UNITS.items() for k in range(n))


@dataclass(frozen=True)
class OpClass:
    """An operation class: the channels it may issue on (in the order the scheduler tries them)
    and its result latency in cycles."""
    name: str
    channels: tuple[str, ...]
    latency: int


def _cls(name: str, channels: str, latency: int) -> OpClass:
    return OpClass(name, tuple(channels.split()), latency)


CLASSES: dict[str, OpClass] = {c.name: c for c in (
    _cls("int",   "alu2 alu5 alu1 alu4 alu0 alu3", 1),   # integer, logic, moves, identity compares
    _cls("imul",  "alu1 alu4 alu0 alu3", 3),             # integer multiply
    _cls("fp",    "alu1 alu4 alu0 alu3", 4),             # float add, sub, mul, min/max
    _cls("fcmp",  "alu1 alu4 alu0 alu3", 2),             # float compare -> predicate
    _cls("conv",  "alu1 alu4 alu0 alu3", 2),             # conversions, rounding
    _cls("fdiv",  "alu0 alu3", 12),                      # divide, remainder (not pipelined in reality)
    _cls("fsqrt", "alu0 alu3", 14),
    _cls("load",  "alu2 alu5 alu0 alu3", 3),             # memory reads (L1 hit)
    _cls("store", "alu2 alu5", 1),
    _cls("alloc", "alu2 alu5", 4),                       # box a float64 (inline bump allocation)
    _cls("pred",  "plu0 plu1 plu2", 1),
    _cls("prep",  "cp0", CTPR_LATENCY),
    _cls("ctl",   "ct0", 1),                             # branch, jump, return
    _cls("call",  "ct0", 1),                             # runtime call (+ CALL_CYCLES stall)
    _cls("exit",  "ex0 ex1", 1),
)}


@dataclass(frozen=True)
class MachineOp:
    """One machine operation: its class, the register file of its result (``g`` general, ``p``
    predicate, ``m`` a spill slot, ``-`` none), its kind for the dependence rules and a description.

    kind: ``pure`` (never faults: may run early, on any path), ``load`` (reads memory; may run
    early only as a speculative load), ``store`` (writes memory), ``call`` (runs the runtime:
    reads and writes everything), ``exit`` (a guard's conditional exit), ``ctl`` (branch, jump,
    return), ``prep``, ``move`` (a phi copy at the end of a predecessor), ``tick``.
    """
    name: str
    cls: str
    result: str
    kind: str
    doc: str

    @property
    def latency(self) -> int:
        return CLASSES[self.cls].latency


MOPS: dict[str, MachineOp] = {}


def mop(name: str, cls: str, result: str, kind: str, doc: str) -> None:
    MOPS[name] = MachineOp(name, cls, result, kind, doc)


# ---- moves and integers -----------------------------------------------------------------------
mop("frame",  "int",   "g", "pure",  "the running tier-0 Frame (the entry argument)")
mop("mov",    "int",   "g", "move",  "copy a general register (a phi's incoming value)")
mop("pmov",   "pred",  "p", "move",  "copy a predicate register (a bool phi's incoming value)")
mop("copy",   "int",   "g", "pure",  "copy a phi's old value that another phi of the same block takes")
mop("pcopy",  "pred",  "p", "pure",  "copy a bool phi's old value that another phi takes")
mop("sel",    "int",   "g", "pure",  "a = p ? b : c (an if-converted phi)")
mop("psel",   "pred",  "p", "pure",  "p = q ? r : s (an if-converted bool phi)")
mop("boxb",   "int",   "g", "pure",  "True or False from a predicate")
mop("and",    "int",   "g", "pure",  "int32 and")
mop("or",     "int",   "g", "pure",  "int32 or")
mop("xor",    "int",   "g", "pure",  "int32 xor")
mop("shl",    "int",   "g", "pure",  "int32 shift left (count mod 32)")
mop("sar",    "int",   "g", "pure",  "int32 arithmetic shift right (count mod 32)")
mop("shru",   "int",   "g", "pure",  "logical shift right of the int32's bits: a uint32")
mop("not",    "int",   "g", "pure",  "int32 complement")
mop("add",    "int",   "g", "pure",  "a + b of int32s, exact (an overflow shows in the 64-bit result)")
mop("sub",    "int",   "g", "pure",  "a - b of int32s, exact")
mop("mul",    "imul",  "g", "pure",  "a * b of int32s, exact")
mop("rem",    "fdiv",  "g", "pure",  "int32 remainder, the sign of a (0 when b is 0: never faults)")
mop("fitsi32", "int",  "p", "pure",  "p = -2**31 <= a < 2**31")
mop("icmplt", "int",   "p", "pure",  "p = a < b (integers)")
mop("icmple", "int",   "p", "pure",  "p = a <= b (integers)")
mop("icmpgt", "int",   "p", "pure",  "p = a > b (integers)")
mop("icmpge", "int",   "p", "pure",  "p = a >= b (integers)")
mop("icmpeq", "int",   "p", "pure",  "p = a == b (integers)")
mop("icmpne", "int",   "p", "pure",  "p = a != b (integers)")
mop("cmpeq",  "int",   "p", "pure",  "p = a is b (identity of tagged values, int equality)")
mop("cmpltu", "int",   "p", "pure",  "p = 0 <= a < b (unsigned compare: bounds)")
mop("cmpnat", "int",   "p", "pure",  "p = a is the invalid value NAT")
mop("truthy", "int",   "p", "pure",  "ToBoolean of a tagged value: identity tests, else a runtime call")
mop("tick",   "int",   "-", "tick",  "count a loop iteration; every 1024th checks the time limit")
# ---- floating point -----------------------------------------------------------------------------
mop("fadd",   "fp",    "g", "pure",  "a + b")
mop("fsub",   "fp",    "g", "pure",  "a - b")
mop("fmul",   "fp",    "g", "pure",  "a * b")
mop("fdiv",   "fdiv",  "g", "pure",  "a / b (IEEE)")
mop("fmod",   "fdiv",  "g", "pure",  "fmod(a, b) (the sign of a)")
mop("fneg",   "int",   "g", "pure",  "-a (sign bit flip)")
mop("fabs",   "int",   "g", "pure",  "|a| (sign bit clear)")
mop("fsqrt",  "fsqrt", "g", "pure",  "sqrt(a) (NaN below 0)")
mop("ffloor", "conv",  "g", "pure",  "floor(a)")
mop("fceil",  "conv",  "g", "pure",  "ceil(a)")
mop("ftrunc", "conv",  "g", "pure",  "trunc(a)")
mop("fround", "conv",  "g", "pure",  "JS Math.round(a)")
mop("fmin",   "fp",    "g", "pure",  "JS Math.min(a, b)")
mop("fmax",   "fp",    "g", "pure",  "JS Math.max(a, b)")
mop("fcmplt", "fcmp",  "p", "pure",  "p = a < b")
mop("fcmple", "fcmp",  "p", "pure",  "p = a <= b")
mop("fcmpgt", "fcmp",  "p", "pure",  "p = a > b")
mop("fcmpge", "fcmp",  "p", "pure",  "p = a >= b")
mop("fcmpeq", "fcmp",  "p", "pure",  "p = a == b")
mop("fcmpne", "fcmp",  "p", "pure",  "p = a != b (true on NaN)")
mop("ftruthy", "fcmp", "p", "pure",  "p = a is not 0, -0 or NaN")
mop("icvtf",  "conv",  "g", "pure",  "int32 -> float64")
mop("ucvtf",  "conv",  "g", "pure",  "uint32 -> float64")
mop("fcvti",  "conv",  "g", "pure",  "float64 -> int32, truncating (0 when out of range)")
mop("ftoi32", "conv",  "g", "pure",  "ToInt32: the integral part modulo 2**32 (NaN, and |a| >= 2**63, give 0)")
mop("fisnegz", "fcmp", "p", "pure",  "p = a is -0")
# ---- predicates ---------------------------------------------------------------------------------
mop("pand",   "pred",  "p", "pure",  "p = a and b [and c]")
mop("por",    "pred",  "p", "pure",  "p = a or b [or c]")
mop("pnot",   "pred",  "p", "pure",  "p = not a")
# ---- memory -------------------------------------------------------------------------------------
mop("ldtype", "load",  "g", "load",  "the class of a tagged value (its type word)")
mop("ldfv",   "load",  "g", "load",  "the float64 inside a Number")
mop("ldf",    "load",  "g", "load",  "a __slots__ field of an object (aux: its name)")
mop("ldi",    "load",  "g", "load",  "list[index]")
mop("ldik",   "load",  "g", "load",  "list[aux]")
mop("ldlen",  "load",  "g", "load",  "len(list) as int32")
mop("jslen",  "load",  "g", "load",  "an Array's length field or a string's length as float64; NAT for anything else")
mop("ldint",  "load",  "g", "load",  "the value of a Python int")
mop("ldblen", "load",  "g", "load",  "len(bytearray)")
mop("ldtyped", "load", "g", "load",  "the element at a byte position of a bytearray (aux: struct code) as float64")
mop("ldin",   "load",  "p", "load",  "p = key in dict")
mop("noidx",  "load",  "p", "load",  "p = an object holds no index properties (elements None or empty, not sparse)")
mop("st",     "store", "-", "store", "list[index] = value")
mop("stk",    "store", "-", "store", "list[aux] = value")
mop("stf",    "store", "-", "store", "a __slots__ field (aux: its name) = value")
mop("append", "store", "-", "store", "list.append(value)")
mop("appendel", "store", "-", "store", "array[len(elements)] = value: append, set the length; memory.grown every CHUNK appends")
mop("sttf",   "store", "-", "store", "store a float64 at a byte position as element f or d, or as C (Uint8Clamped)")
mop("stti",   "store", "-", "store", "store an int32's low bits at a byte position as element b B h H i I")
mop("boxf",   "alloc", "g", "pure",  "a Number object for a float64")
mop("spill",  "store", "m", "pure",  "store a register in its spill slot (the frame's spill area; never faults)")
mop("spillmov", "store", "m", "move", "a phi copy into a spilled phi's slot")
mop("fill",   "load",  "g", "pure",  "load a general register from a spill slot")
mop("pfill",  "load",  "p", "pure",  "load a predicate register from a spill slot")
# ---- control ------------------------------------------------------------------------------------
mop("call",   "call",  "g", "call",  "call a runtime function (aux) with tagged arguments; stores frame.pc first")
mop("exit",   "exit",  "-", "exit",  "leave to the deopt handler when the condition holds (aux: the guard)")
mop("prep",   "prep",  "-", "prep",  "load a control-transfer register with a branch target")
mop("br",     "ctl",   "-", "ctl",   "branch to the prepared target when the predicate holds")
mop("jmp",    "ctl",   "-", "ctl",   "jump to the prepared target")
mop("ret",    "ctl",   "-", "ctl",   "return the value from the JS function")

EFFECTFUL = frozenset({"store", "call", "exit", "ctl", "tick"})
