"""Tier 1 code generation: one JS function's bytecode -> the source of one Python function.

Shape of the generated function (see docs/TIERS.md)::

    def js_name(f, _osr=-1, _fn=None, _this=None, _args=None, _parent=None, _nt=None):
        if f is None:                 # a direct call from compiled code: build the frame here
            f = T_new(FC); f.func = _fn; ...; l0, l1, = _args ...
        else:                         # tier 0's frame (tier_entry), or OSR at block _osr
            cx = f.ctx; _this = f.this; l0 = ...
        while True:
            try:
                <binary if-tree on _b; each block runs straight-line code with the operand
                 stack in s0, s1, ... and ends with `_b = target; continue`, return or raise;
                 a loop region is a nested `while True:` with its own if-tree (`continue`
                 stays in the loop, `break` leaves it)>
            except R_JSThrow:         # the exception table: select the handler by pc
                ...

``pc`` (instruction index + 1, as in tier 0) is kept current before every instruction that can
throw or call, so stack traces (engine/interp/loop.py js_stack reads the locals ``f`` and
``pc``) and handler selection work exactly as in tier 0.
"""
from __future__ import annotations

import ast
import math
from typing import Any

from pyjs.engine.bytecode import opcodes as O
from pyjs.engine.interp.frame import MAX_DEPTH
from pyjs.engine.interp.tierup import Policy
from pyjs.engine.runtime.values import JSNull

from . import ic
from .analysis import ALWAYS_THROW, TERMINATORS, Analysis, edges
from .templates import ALL, PC, Unsupported, expand, names, propagate_copies, substitute, with_fast_path

# Instructions that can neither throw nor call out (no pc update needed before them).
NOTHROW = frozenset(O.BY_NAME[n].code for n in (
    "CONST", "UNDEF", "POP", "DUP", "DUP2", "SWAP", "ROT3", "ROT4", "GET_LOCAL", "SET_LOCAL",
    "PUT_LOCAL", "GET_CTX", "SET_CTX", "PUT_CTX", "SAVE_CTX", "RESTORE_CTX", "POP_CTX",
    "COPY_CTX", "IS_NULLISH", "IS_UNDEF", "JUMP_IF_NULLISH", "JUMP_IF_UNDEF",
    "JUMP_IF_NOT_NULLISH_KEEP", "NOP", "DEBUGGER", "ARG", "NEW_TARGET", "JUMP", "SEQ", "SNE"))

MAX_INLINE_STR = 200
MAX_INLINE_NESTING = 8  # blocks inlined into blocks (each nests an `if` in the Python source)
SHORT_RETURN = 6        # a block of at most this many instructions ending in RETURN is duplicated

# The fast path of the call instructions (replacing the body of the snippet's final ``if``):
# call the callee's compiled code directly, or enter tier 0 (counting calls, tiering up).
# Every tier_entry installed by tier 1 takes the direct-call arguments after (None, -1) (see
# FunctionCodegen.source): no tier-0 frame is prepared for it. The site's call target is
# recorded as tier 0 records it (SITE: the instruction's index).
FAST_CALLS = {
    "CALL": """
if FB[SITE] is not fn:
    R_note_call_target(FB, SITE + 1, fn)
te = fn.code.tier_entry
OUT = te(None, -1, fn, this, args, f) if te is not None else T_call(fn, this, args, f)""",
    "NEW": """
if FB[SITE] is not fn:
    R_note_call_target(FB, SITE + 1, fn)
te = fn.code.tier_entry
if te is not None and fn.ctor_kind == "base":
    nf = T_create(fn)
    OUT = te(None, -1, fn, nf, args, f, fn)
    if not isinstance(OUT, R_JSObject):
        OUT = nf
else:
    nf = R_make_construct_frame(fn, args, fn, f)
    OUT = R_finish_construct(nf, te(nf)) if te is not None else T_enter(fn.code, nf)""",
}
FAST_CALLS["CALL_SPREAD"] = FAST_CALLS["CALL"]
# `new C` of any JS constructor of the running realm, class constructors included
# ([[Construct]] of a JSFunction is exactly make_construct_frame + run + the return rule,
# whatever its ctor_kind).
FAST_TESTS = {"NEW": "type(fn) is R.JSFunction and fn.ctor_kind and fn.realm is f.func.realm"}

# Number fast paths for operators whose snippet always calls the runtime: guarded by
# `type(x) is float` plus a range test, they compute exactly what the runtime would (ToInt32 is
# int() truncation inside the int32 range); everything else runs the snippet.
INT32 = "-2147483648.0 <= {x} <= 2147483647.0"
_BOTH = INT32.format(x="{a}") + " and " + INT32.format(x="{b}")
FAST_BINARY = {
    "DIV": ("{b}", "{a} / {b}"),
    "MOD": ("{a} > 0.0 and {b} > 0.0", "{a} % {b}"),
    "BITAND": (_BOTH, "float(int({a}) & int({b}))"),
    "BITOR": (_BOTH, "float(int({a}) | int({b}))"),
    "BITXOR": (_BOTH, "float(int({a}) ^ int({b}))"),
    "SAR": (_BOTH, "float(int({a}) >> (int({b}) & 31))"),
    "SHR": (_BOTH, "float((int({a}) & 0xFFFFFFFF) >> (int({b}) & 31))"),
    "SHL": (_BOTH, "float(((int({a}) << (int({b}) & 31)) + 0x80000000 & 0xFFFFFFFF) - 0x80000000)"),
    "EQ": ("True", "{a} == {b}"),
    "NE": ("True", "{a} != {b}"),
}
FAST_UNARY = {
    "BITNOT": ("type({a}) is float and " + INT32.format(x="{a}"), "float(~int({a}))"),
    "NOT": ("type({a}) is bool", "not {a}"),
}
# Element access of arrays and ordinary objects at an integral Number index in range of their
# dense elements (holes and everything else take tier 0's R.get_elem / R.set_elem; the range
# test comes first, so NaN never reaches int()).
DENSE = ("type({k}) is float and (type({o}) is R_JSArray or type({o}) is R_JSObject) and "
         "(el := {o}.elements) is not None and 0.0 <= {k} < len(el) and (i := int({k})) == {k}")
GET_ELEM = """if """ + DENSE + """ and (v := el[i]) is not R_HOLE:
    {out} = v
else:
    {out} = R_get_elem({o}, {k}{fb})"""
SET_ELEM = """if """ + DENSE + """ and el[i] is not R_HOLE:
    el[i] = {v}
else:
    R_set_elem({o}, {k}, {v}, {strict}, FB, {pc})
{out} = {v}"""
INSTRUCTIONS: dict[tuple, tuple] = {}  # the instruction cache (FunctionCodegen.expanded)
MAX_CACHED = 20000

# `this` of a function that is neither an arrow nor a derived constructor is fixed at entry.
FIXED_THIS_KINDS = ("normal", "method", "getter", "setter")


def _start(item: Any) -> int:
    """The first pc of a dispatch item: a block start or a loop region (lo, hi, children)."""
    return item if type(item) is int else item[0]


def _expr_key(e: ast.expr) -> Any:
    """A cheap identity of a pending expression (a local, constant, K[i], lv[i] or name)."""
    t = type(e)
    if t is ast.Name:
        return e.id
    if t is ast.Constant:
        return (type(e.value), e.value)
    return ast.dump(e)


def _lit(v: Any) -> bool:
    t = type(v)
    if v is None or t is bool or t is int:
        return True
    if t is float:
        return math.isfinite(v) and not (v == 0.0 and math.copysign(1.0, v) < 0)
    return t is str and len(v) <= MAX_INLINE_STR


class FunctionCodegen:
    """Generates the Python source for one CodeObject."""

    def __init__(self, code: Any) -> None:
        self.code = code
        self.a = Analysis(code)
        # mapped arguments objects alias the frame's locals list: keep JS locals there
        self.frame_locals = any(op == O.ARGUMENTS and arg == 1 for op, arg in code.code)
        self.suspendable = code.is_generator or code.is_async  # compiled to a Python generator
        # what a direct call's frame must hold (runtime.frame_class)
        self.stores_args = any(op in (O.ARG, O.REST, O.ARGUMENTS, O.EVAL_CALL) for op, _ in code.code)
        self.lazy_calls = self.lazy_arguments()
        # --tier=auto: code with loops counts calls and ticks toward tier 2 (tiers/opt/promote.py)
        self.promote = Policy.promote_calls != float("inf") and not self.suspendable and bool(self.a.backedges)
        self.lines: list[str] = []
        self.ic_state: list[Any] = []  # per-site inline caches (ic.py), named ic_names
        self.ic_names: list[str] = []
        self.nesting = 0
        self.jumps: list[int] = []  # the targets of the current instruction's jump placeholders
        self.inline_once: set[int] = set()
        self.short_return: set[int] = set()
        self.refused: set[int] = set()  # inline_once blocks a jump could not inline
        self.pending: dict[int, ast.expr] = {}   # deferred pushes of the current block (see block)
        self.consumed: dict[int, ast.expr] = {}  # those the current instruction pops
        self.live_after = 0                      # stack depth live after the current instruction
        self.stored: set[str] = set()            # the names the current instruction stores

    def lazy_arguments(self) -> dict[int, int]:
        """The calls that receive an unmapped arguments object created on demand: when the
        function's ``arguments`` (a local written once, at entry; no direct eval) is only ever
        read as the last argument of a two-argument call (``g.apply(this, arguments)``), the
        entry creates nothing and each such call (pc -> the ARGUMENTS operand) passes the
        frame's argument list straight to g when the callee is %Function.prototype.apply% and
        g a plain JS function, and creates the object (R.create_arguments, once per frame)
        otherwise."""
        ops = self.code.code
        at = [i for i, (op, _) in enumerate(ops) if op == O.ARGUMENTS]
        if len(at) != 1 or any(op == O.EVAL_CALL for op, _ in ops):
            return {}
        i = at[0]
        mapped = ops[i][1]
        if mapped == 1 or i + 1 >= len(ops) or ops[i + 1][0] != O.PUT_LOCAL:
            return {}
        x = ops[i + 1][1]
        calls = {}
        for j, (op, arg) in enumerate(ops):
            if j == i + 1 or O.OPS[op].operand != "l" or arg != x:
                continue
            if (op != O.GET_LOCAL or j + 1 >= len(ops) or ops[j + 1][0] != O.CALL or ops[j + 1][1] != 2
                    or j + 1 in self.a.targets):
                return {}
            calls[j + 1] = mapped
        return calls

    # ---- operand expressions ----------------------------------------------------------------
    def local(self, i: int) -> ast.expr:
        if self.frame_locals:
            return ast.Subscript(ast.Name("lv", ast.Load()), ast.Constant(i), ast.Load())
        return ast.Name(f"l{i}", ast.Load())

    def local_src(self, i: int) -> str:
        return ast.unparse(self.local(i))

    def const(self, i: int) -> ast.expr:
        v = self.code.consts[i]
        if _lit(v):
            return ast.Constant(v)
        return ast.Subscript(ast.Name("K", ast.Load()), ast.Constant(i), ast.Load())

    def jump(self, target: int, depth: int) -> list[ast.stmt]:
        """A jump inside a template: a placeholder statement (``_GOTO_<k>`` for the
        instruction's k-th jump) that ``expanded`` replaces by the lines of ``goto`` (no parse
        of the possibly inlined block)."""
        self.jumps.append(target)
        return [ast.Expr(ast.Name(f"_GOTO_{len(self.jumps) - 1}", ast.Load()))]

    def goto(self, target: int) -> list[str]:
        """Continue at block ``target`` from the current instruction: ``continue`` re-dispatches
        within the innermost loop region holding the jump when ``target`` is in it, else
        ``break`` leaves it (the enclosing levels re-dispatch); back edges check the time
        limit every 1024 iterations."""
        lines = []
        if target <= self.cur_pc:
            lines += ["_tk -= 1", "if not _tk:", "    _tk = 1024", "    R_check_deadline()"]
            if self.promote and self.a.depth[target] == 0:
                lines += [f"    _r = T_promote_loop(f, CO, {target}, {self.locals_list()}, cx)",
                          "    if _r is not T_NO_OSR:", "        return _r"]
        elif self.inlinable(target):
            pc, self.nesting = self.cur_pc, self.nesting + 1
            try:
                return self.block(target)
            finally:
                self.cur_pc, self.nesting = pc, self.nesting - 1
        if target in self.inline_once:
            self.refused.add(target)
        r = self.cur_region
        inside = r is None or r[0] <= target <= r[1]
        return lines + [f"_b = {target}", "continue" if inside else "break"]

    def locals_list(self) -> str:
        """The JS locals as a list expression for a frame (None: they live in ``f.locals``)."""
        if self.frame_locals:
            return "None"
        return "[" + ", ".join(f"l{i}" for i in range(self.code.nlocals)) + "]"

    def inlinable(self, target: int) -> bool:
        """Whether a forward jump to block ``target`` is compiled as the block's code itself
        (if/else reconstruction): the block is in the jump's loop region, shallowly nested, and
        either reached from this jump alone (it then has no dispatch case) or a short block
        that returns (duplicated at each jump)."""
        return ((target in self.inline_once or target in self.short_return)
                and self.nesting < MAX_INLINE_NESTING and self.region_at(target) is self.cur_region)

    # ---- one instruction --------------------------------------------------------------------
    def instruction(self, pc: int, depth: int) -> tuple[list[str], int, bool]:
        """Source lines of instruction ``pc``, the depth after it, whether its path ended."""
        op, arg = self.code.code[pc]
        name = O.OPS[op].name
        hand = getattr(self, "t_" + name, None)
        if hand is not None:
            return hand(pc, arg, depth)
        if name in ("GET_PROP", "GET_PROP_KEEP", "SET_PROP", "GET_GLOBAL"):
            lines = ic.site(self, name, pc, arg, depth)
            if lines is not None:
                return lines
        stmts, d, ended = expand(name, arg, depth, self.local, self.const, self.jump)
        fast = FAST_BINARY.get(name)
        if fast is not None:
            a, b = f"s{depth - 2}", f"s{depth - 1}"
            guard = f"type({a}) is float and type({b}) is float and " + fast[0].format(a=a, b=b)
            stmts = self.guarded(guard, f"{a} = " + fast[1].format(a=a, b=b), stmts)
        fast = FAST_UNARY.get(name)
        if fast is not None:
            a = f"s{depth - 1}"
            stmts = self.guarded(fast[0].format(a=a), f"{a} = " + fast[1].format(a=a), stmts)
        return self.unparse(stmts), d, ended

    @staticmethod
    def guarded(guard: str, fast: str, slow: list[ast.stmt]) -> list[ast.stmt]:
        return [ast.If(ast.parse(guard, mode="eval").body, ast.parse(fast).body, slow)]

    def t_ARGUMENTS(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        if self.lazy_calls:  # created on demand by the calls it is passed to
            return [f"s{depth} = None"], depth + 1, False
        stmts, d, ended = expand("ARGUMENTS", arg, depth, self.local, self.const, self.jump)
        return self.unparse(stmts), d, ended

    def t_THIS(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        if self.code.kind in FIXED_THIS_KINDS:
            return [f"s{depth} = _this"], depth + 1, False
        stmts, d, ended = expand("THIS", arg, depth, self.local, self.const, self.jump)
        return self.unparse(stmts), d, ended

    def unparse(self, stmts: list[ast.stmt]) -> list[str]:
        """Source lines of template statements (jump placeholders stay: see ``expanded``)."""
        pre, stmts = self.bind(stmts)
        stmts = propagate_copies(stmts)
        self.stored.update(*(names(st, ast.Store) for st in stmts))  # hand-written templates store no local
        if not stmts:
            return pre
        return pre + ast.unparse(ast.Module(stmts, [])).split("\n")

    def operands(self, slots: list[int], live: int = 0, constants: bool = True) -> tuple[list[str], list[str]]:
        """The expressions of operand ``slots`` for a hand-written template that reads all its
        operands before it writes any slot: a pending slot (popped by this instruction) is
        read as its expression, except a slot under ``live`` (still on the stack after the
        instruction), an int (BigInt) constant (``5.x`` is not Python) and, unless
        ``constants``, any constant, which are stored first. Returns (the lines storing slots
        first, the expressions)."""
        pre, out = [], []
        for k in slots:
            e = self.consumed.pop(k, None)
            if e is None:
                out.append(f"s{k}")
                continue
            text = ast.unparse(e)
            if k < live or (isinstance(e, ast.Constant) and (not constants or type(e.value) is int)):
                pre.append(f"s{k} = {text}")
                out.append(f"s{k}")
            else:
                out.append(text)
        return pre, out

    def elem(self, pc: int, arg: int, depth: int, keep: bool) -> tuple[list[str], int, bool]:
        """GET_ELEM(_KEEP): an array element at an integral Number index read inline."""
        pre, (o, k) = self.operands([depth - 2, depth - 1], live=depth - 1 if keep else 0)
        out = f"s{depth - 1}" if keep else f"s{depth - 2}"
        fb = "" if keep else f", FB, {pc + 1}"  # as the snippets: GET_ELEM records feedback
        return (pre + GET_ELEM.format(o=o, k=k, out=out, fb=fb).split("\n"), depth if keep else depth - 1, False)

    def t_GET_ELEM(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        return self.elem(pc, arg, depth, False)

    def t_GET_ELEM_KEEP(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        return self.elem(pc, arg, depth, True)

    def t_SET_ELEM(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        pre, (o, k, v) = self.operands([depth - 3, depth - 2, depth - 1])
        return pre + SET_ELEM.format(o=o, k=k, v=v, out=f"s{depth - 3}", strict=self.code.strict,
                                     pc=pc + 1).split("\n"), depth - 2, False

    def t_SEQ(self, pc: int, arg: int, depth: int, negate: bool = False) -> tuple[list[str], int, bool]:
        """IsStrictlyEqual inline: Numbers by value, else identity, strings and BigInts by value;
        against a pending undefined, null or boolean constant, identity alone."""
        out = f"s{depth - 2}"
        for k, other in ((depth - 1, depth - 2), (depth - 2, depth - 1)):
            if self.is_singleton(self.consumed.get(k)):
                c = ast.unparse(self.consumed.pop(k))
                pre, (x,) = self.operands([other], constants=False)
                return pre + [f"{out} = {x} is {'not ' if negate else ''}{c}"], depth - 1, False
        # any other constant is stored first (`1.0 is x` would draw a SyntaxWarning)
        pre, (a, b) = self.operands([depth - 2, depth - 1], constants=False)
        eq = (f"{a} == {b} if type({a}) is float and type({b}) is float else ({a} is {b} or "
              f"(type({a}) is type({b}) and (type({a}) is str or type({a}) is int) and {a} == {b}))")
        return pre + [f"{out} = " + (f"not ({eq})" if negate else eq)], depth - 1, False

    def is_singleton(self, e: ast.expr | None) -> bool:
        """Whether ``e`` is the constant undefined, null, true or false (one object each)."""
        if isinstance(e, ast.Constant):
            return e.value is None or type(e.value) is bool
        return (isinstance(e, ast.Subscript) and isinstance(e.slice, ast.Constant)
                and self.code.consts[e.slice.value] is JSNull)

    def t_SNE(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        return self.t_SEQ(pc, arg, depth, True)

    def t_ITER_NEXT(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        """A for-of step; arrays iterated by the built-in iterator are stepped directly."""
        v = f"s{depth}"
        return ([f"{v} = T_iter_next(s{depth - 1})", f"if {v} is R_DONE:"]
                + ["    " + ln for ln in self.goto(arg)], depth + 1, False)

    def suspend(self, kind: str, depth: int, pops: int) -> tuple[list[str], int, bool]:
        """YIELD / AWAIT / YIELD_STAR / GEN_START: the Python generator yields the operand (as
        tier 0's SUSPEND returns it, with ``f.suspended`` and ``f.suspend_kind`` set); ``next``
        resumes with the value sent, ``throw`` / ``return`` raise R_JSThrow / R_GenReturn at the
        yield (see engine/interp/generators.py)."""
        head = ["f.suspended = True", f"f.suspend_kind = {kind!r}"]
        if not pops:
            return head + ["yield None"], depth, False
        s = f"s{depth - 1}"
        return head + [f"{s} = yield {s}"], depth, False

    def t_YIELD(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        return self.suspend("yield", depth, 1)

    def t_AWAIT(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        return self.suspend("await", depth, 1)

    def t_YIELD_STAR(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        return self.suspend("delegate", depth, 1)

    def t_GEN_START(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        return self.suspend("start", depth, 0)

    def t_JUMP(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        return self.goto(arg), depth, True

    def call_op(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        """CALL / CALL_SPREAD / NEW: the snippet, except that a JS function runs its compiled
        code directly (or enters tier 0 through T_enter, which counts calls and tiers up)."""
        if pc in self.lazy_calls:  # `target.apply(this, arguments)` (see lazy_arguments)
            t, fn, this = f"s{depth - 4}", f"s{depth - 3}", f"s{depth - 2}"
            return [f"{t} = T_apply_arguments(f, {t}, {fn}, {this}, {self.lazy_calls[pc]}, {PC})"], depth - 3, False
        name = O.OPS[self.code.code[pc][0]].name
        fast = FAST_CALLS[name]

        def hook(e: Any) -> list[ast.stmt]:
            e.d += 1
            return ast.parse(fast.replace("OUT", f"s{e.d - 1}").replace("SITE", f"({PC} - 1)")).body
        stmts, d, ended = expand(name, arg, depth, self.local, self.const, self.jump,
                                 with_fast_path(name, "FAST_CALL", FAST_TESTS.get(name)), {"FAST_CALL": hook})
        return self.unparse(stmts), d, ended

    t_CALL = t_CALL_SPREAD = t_NEW = call_op

    def t_END_FINALLY(self, pc: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        kind, v = f"s{depth - 2}", f"s{depth - 1}"
        lines = [f"if {kind} == 1:", f"    raise R_JSThrow({v})",
                 f"elif {kind} == 2:", f"    R_gen_return_unwind({v})"]
        for i, target in enumerate(self.code.consts[arg]):
            lines += [f"elif {kind} == {3 + i}:"] + ["    " + ln for ln in self.goto(target)]
        return lines, depth - 2, False

    # ---- blocks -----------------------------------------------------------------------------
    def block(self, start: int) -> list[str]:
        """Straight-line code from ``start`` until a terminator or the next block start.

        Pushes of a local, a constant or ``this`` are deferred (``pending``: slot -> the
        expression): the instruction that pops the slot reads the expression itself where
        ``substitute`` proves that is the same value; every other instruction, and the end of
        the block, first stores the pending slots (so handlers, jumps and OSR see them)."""
        saved = self.pending, self.consumed, self.live_after, self.stored  # nests for inlined jumps
        self.pending = {}
        try:
            return self.straight_line(start)
        finally:
            self.pending, self.consumed, self.live_after, self.stored = saved

    def straight_line(self, start: int) -> list[str]:
        a = self.a
        code = self.code
        out: list[str] = []
        pc = start
        depth = a.depth[start]
        last_pos = None  # (line, handler ranges) of the last pc update in this run
        pending = self.pending
        while True:
            if pc != start and pc in a.targets:
                return out + self.materialize(depth) + self.goto(pc)
            self.cur_pc = pc
            op, arg = code.code[pc]
            pushed = self.deferrable(op, arg, depth)
            if pushed is not None:
                pending[depth] = pushed
                depth += 1
            elif op == O.POP and depth - 1 in pending:
                depth -= 1
                del pending[depth]
            else:
                if op not in NOTHROW:
                    pos = (code.line_of(pc), tuple(h[2] for h in a.handlers_at(pc)))
                    if pos != last_pos:
                        out.append(f"pc = {pc + 1}")
                        last_pos = pos
                lo = depth - self.pops(op, arg)
                succ = edges(code, pc, depth)
                jumps = op in (O.JUMP, O.ITER_NEXT, O.END_FINALLY) or any(t != pc + 1 for t, _ in succ)
                # slots under lo stay pending unless a jump target or a handler reads them
                out += self.materialize(lo if jumps else max((h[3] for h in a.handlers_at(pc)), default=0))
                self.consumed = {k: pending.pop(k) for k in sorted(pending) if k >= lo}
                self.live_after = max((d for _, d in succ), default=0)
                self.stored = set()
                try:
                    lines, depth, ended = self.expanded(pc, op, arg, depth)
                except Unsupported as e:
                    raise Unsupported(f"{O.OPS[op].name} at {pc}: {e}") from None
                clobbered = [k for k, e in pending.items() if isinstance(e, ast.Name) and e.id in self.stored]
                out += self.materialize_slots(clobbered) + lines
                if ended or op in ALWAYS_THROW:
                    return out
            pc += 1
            if pc >= len(code.code) or a.depth[pc] is None:
                raise Unsupported(f"control falls through to unreachable code at {pc}")
            if a.depth[pc] != depth:
                raise Unsupported(f"stack depth mismatch at {pc}: {a.depth[pc]} vs {depth}")

    def expanded(self, pc: int, op: int, arg: int, depth: int) -> tuple[list[str], int, bool]:
        """The lines of instruction ``pc`` with the popped pending slots bound and its jumps
        filled in, through the instruction cache: an expansion that creates no inline cache
        depends only on the key below (the opcode, its operand and constant, the depth, the
        pending expressions it pops, the live depth after it, where locals live), not on
        ``pc``, which the lines name PC, nor on where its jumps lead (placeholders filled by
        ``goto`` at each use); so the template, substitution and unparse work is done once
        per key (the opcode handlers of a large program repeat a few shapes)."""
        key = None
        if op in CACHEABLE and pc not in self.lazy_calls:
            kc = self.code.consts[arg] if O.OPS[op].operand == "k" else None
            key = (op, arg, depth, self.live_after, self.frame_locals, type(kc), kc if _lit(kc) else None,
                   tuple((k, _expr_key(e)) for k, e in self.consumed.items()))
            hit = INSTRUCTIONS.get(key)
            if hit is not None:
                lines, d, ended, stored, jumps = hit
                self.consumed = {}
                self.stored = set(stored)
                return self.filled(lines, jumps, pc), d, ended
        self.jumps = []
        lines, d, ended = self.instruction(pc, depth)
        if self.consumed:  # a template given as lines: bind the slots it pops
            lines = self.unparse(ast.parse("\n".join(lines)).body)
        jumps = tuple(self.jumps)
        if key is not None:
            if len(INSTRUCTIONS) >= MAX_CACHED:
                INSTRUCTIONS.clear()
            INSTRUCTIONS[key] = (lines, d, ended, frozenset(self.stored), jumps)
        return self.filled(lines, jumps, pc), d, ended

    def filled(self, lines: list[str], jumps: tuple, pc: int) -> list[str]:
        """``lines`` with the number of PC written in and each jump placeholder replaced by
        the lines of ``goto`` (which may compile the target block in place)."""
        out = []
        for ln in lines:
            body = ln.lstrip()
            if body.startswith("_GOTO_"):
                ind = ln[:len(ln) - len(body)]
                out += [ind + g for g in self.goto(jumps[int(body[6:])])]
            else:
                out.append(ln.replace(PC, str(pc + 1)))
        return out

    def deferrable(self, op: int, arg: int, depth: int) -> ast.expr | None:
        """The expression pushed by a push that can be deferred, else None."""
        if op == O.GET_LOCAL and not self.frame_locals:
            return ast.Name(f"l{arg}", ast.Load())
        if op == O.CONST:
            return self.const(arg)
        if op == O.UNDEF:
            return ast.Constant(None)
        if op == O.THIS and self.code.kind in FIXED_THIS_KINDS:
            return ast.Name("_this", ast.Load())
        if op == O.DUP:
            return self.pending.get(depth - 1) or ast.Name(f"s{depth - 1}", ast.Load())
        return None

    def pops(self, op: int, arg: int) -> int:
        """The operand slots instruction (op, arg) pops (0 where its template is not bound:
        the instructions that jump through hand-written lines)."""
        if op in (O.JUMP, O.ITER_NEXT, O.END_FINALLY):
            return 0
        if op == O.CALL:
            return arg + 2
        if op in (O.NEW, O.REST_OBJECT):
            return arg + 1
        if op == O.NEW_ARRAY:
            return arg
        pops = O.OPS[op].pops
        if pops < 0:
            raise Unsupported(f"variable pops of {O.OPS[op].name}")
        return pops

    def materialize(self, below: int) -> list[str]:
        """Store the pending slots under ``below``."""
        return self.materialize_slots([k for k in self.pending if k < below])

    def materialize_slots(self, slots: list[int]) -> list[str]:
        pending = self.pending
        return [f"s{k} = {ast.unparse(pending.pop(k))}" for k in sorted(slots)]

    def bind(self, stmts: list[ast.stmt]) -> tuple[list[str], list[ast.stmt]]:
        """The popped pending slots read as their expressions in the instruction ``stmts``
        where that is the same value and the slot is dead or rewritten after it; the others
        are stored first (the returned lines)."""
        pre = []
        for k, e in self.consumed.items():
            done = substitute(stmts, f"s{k}", e)
            if done is not None and (k >= self.live_after or done[1] == ALL):
                stmts = done[0]
            else:
                pre.append(f"s{k} = {ast.unparse(e)}")
        self.consumed = {}
        return pre, stmts

    def regions(self, cases: list[int]) -> list[tuple[int, int, list]]:
        """Loop regions: [header, last backward jump to it], as a forest of properly nested
        ranges (partial overlaps are merged). Each node is (lo, hi, children)."""
        spans: dict[int, int] = {}
        for pc, (op, arg) in enumerate(self.code.code):
            if self.a.depth[pc] is None:
                continue
            for t, _ in edges(self.code, pc, self.a.depth[pc]):
                if t <= pc:
                    spans[t] = max(spans.get(t, pc), pc)
        merged: list[list[int]] = []
        for lo in sorted(spans):  # outermost first; a partial overlap extends the earlier span
            hi = spans[lo]
            for m in merged:
                if m[0] <= lo <= m[1] < hi:
                    m[1] = hi
            merged.append([lo, hi])
        merged.sort(key=lambda m: (m[0], -m[1]))
        roots: list = []
        stack: list = []
        for lo, hi in merged:
            while stack and not (stack[-1][0] <= lo and hi <= stack[-1][1]):
                stack.pop()
            node = (lo, hi, [])
            (stack[-1][2] if stack else roots).append(node)
            stack.append(node)
        return roots

    def region_at(self, pc: int) -> tuple | None:
        """The innermost loop region holding ``pc`` (None: the function's top level)."""
        region, level = None, self.roots
        while True:
            inner = next((r for r in level if r[0] <= pc <= r[1]), None)
            if inner is None:
                return region
            region, level = inner, inner[2]

    def select_inlined(self, cases: list[int]) -> None:
        """Blocks compiled at their jumps (see ``inlinable``): those with a single incoming
        edge that is a forward jump from the same loop region (never the entry, a handler or a
        loop header, which dispatch or OSR enter), and short blocks that return."""
        a, code = self.a, self.code
        preds: dict[int, list[int]] = {}
        for pc, d in enumerate(a.depth):
            if d is not None:
                for t, _ in edges(code, pc, d):
                    preds.setdefault(t, []).append(pc)
        for c in cases:
            p = preds.get(c, [])
            if (c != 0 and c not in a.handler_entry and len(p) == 1 and p[0] < c
                    and self.region_at(p[0]) is self.region_at(c)):
                self.inline_once.add(c)
            for pc in range(c, min(c + SHORT_RETURN, len(code.code))):
                if pc != c and pc in a.targets:
                    break
                op = code.code[pc][0]
                if op == O.RETURN:
                    self.short_return.add(c)
                if op in TERMINATORS:
                    break

    def level_items(self, cases: list[int], lo: int, hi: int, children: list) -> list:
        """The dispatch items of one level: its block starts outside child regions, and the
        child regions (keyed by their header)."""
        items: list = [c for c in cases if lo <= c <= hi and not any(r[0] <= c <= r[1] for r in children)]
        items += children
        return sorted(items, key=_start)

    def emit_level(self, items: list, ind: str, region: tuple | None) -> None:
        """A binary if-tree over ``items`` (block starts and loop regions); ``_b`` is known to
        be in this level's range, so each test is ``_b < next item``."""
        if len(items) <= 3:
            for i, it in enumerate(items):
                if len(items) == 1:
                    self.lines.append(f"{ind}if True:")
                elif i == len(items) - 1:
                    self.lines.append(f"{ind}else:")
                else:
                    self.lines.append(f"{ind}{'if' if i == 0 else 'elif'} _b < {_start(items[i + 1])}:")
                self.emit_item(it, ind + "    ", region)
            return
        mid = len(items) // 2
        self.lines.append(f"{ind}if _b < {_start(items[mid])}:")
        self.emit_level(items[:mid], ind + "    ", region)
        self.lines.append(f"{ind}else:")
        self.emit_level(items[mid:], ind + "    ", region)

    def emit_item(self, it: Any, ind: str, region: tuple | None) -> None:
        if type(it) is int:
            self.lines += [f"{ind}{ln}" for ln in self.blocks[it]]
            return
        lo, hi, children = it
        self.lines.append(f"{ind}while True:")
        self.emit_level(self.level_items(self.cases, lo, hi, children), ind + "    ", it)
        if region is None:
            self.lines.append(f"{ind}continue")
        else:  # left the loop: re-dispatch here when the target is in this level
            self.lines += [f"{ind}if {region[0]} <= _b <= {region[1]}:", f"{ind}    continue", f"{ind}break"]

    def handlers(self, ind: str, returning: bool = False) -> None:
        """The exception table: the value in flight is ``_v``; ``pc`` is the faulting pc + 1.
        As tier 0's unwind, catching checks the time limit (a loop of caught stack overflows
        must stop in time). ``returning``: a return completion (generator ``return()``), which
        only finally blocks see."""
        if any(self.a.depth[h[2]] is not None for h in self.code.handlers):
            self.lines.append(f"{ind}R_check_deadline()")
        for start, end, handler, depth, is_finally in self.code.handlers:
            if self.a.depth[handler] is None or (returning and not is_finally):
                continue
            self.lines.append(f"{ind}if {start + 1} <= pc <= {end}:")
            if is_finally:
                self.lines.append(f"{ind}    s{depth} = {2 if returning else 1}")
            self.lines += [f"{ind}    s{depth + int(is_finally)} = _v", f"{ind}    _b = {handler}",
                           f"{ind}    continue"]

    def direct_prologue(self) -> list[str]:
        """The frame of a direct call from compiled code (``f`` is None): what make_frame /
        make_construct_frame do, specialized to this code object (FC: runtime.frame_class)."""
        code = self.code
        if self.frame_locals:  # the arguments object aliases f.locals: the generic frame
            return ["f = R_make_frame(_fn, _this, _args, _parent)", "if _nt is not None:",
                    "    f.construct = True", "    f.new_target = _nt",
                    "cx = f.ctx", "_this = f.this", "lv = f.locals", "_b = 0"]
        out = ["f = T_new(FC)", "f.func = _fn"]
        if self.stores_args:
            out.append("f.args = _args")
        mode = code.this_mode
        if mode == 2:
            out.append("f.this_frame = _fn.outer_frame")
        if mode == 1:
            out += ["if not isinstance(_this, R_JSObject):", "    _this = T_sloppy_this(_fn, _this)"]
        out.append("f.this = _this")
        if code.kind in ("normal", "classctor"):
            out += ["if _nt is not None:", "    f.construct = True", "    f.new_target = _nt"]
        if code.has_context:
            out.append("f.ctx = cx = [_fn.ctx" + ", None" * code.context_size + "]")
        else:
            out.append("f.ctx = cx = _fn.ctx")
        out += ["f.depth = _d = _parent.depth + 1", f"if _d > {MAX_DEPTH}:", "    T_too_deep()"]
        n = code.nlocals
        np = min(code.simple_params, n)
        if np:
            names = ", ".join(f"l{i}" for i in range(np))
            out.append(f"{names}, = _args if len(_args) == {np} else T_pad(_args, {np})")
        if n > np:
            out.append(" = ".join(f"l{i}" for i in range(np, n)) + " = None")
        return out + ["_b = 0"]

    def frame_prologue(self) -> list[str]:
        """Entry from tier 0 with a prepared frame ``f``: at the start (``_osr`` < 0) or, for
        on-stack replacement, at the loop header ``_osr`` with the frame's locals and stack."""
        a = self.a
        code = self.code
        out = ["cx = f.ctx", "_this = f.this"]
        if self.suspendable:  # started by engine/interp/generators.py, never entered by OSR
            if self.frame_locals:
                return out + ["lv = f.locals", "_b = 0"]
            n = self.code.nlocals
            return out + ([", ".join(f"l{i}" for i in range(n)) + ", = f.locals"] if n else []) + ["_b = 0"]
        if self.frame_locals:
            out += ["lv = f.locals", "if _osr < 0:", "    _b = 0", "else:"]
        else:
            n = code.nlocals
            np = min(code.simple_params, n)
            out.append("if _osr < 0:")
            if np:
                out.append("    " + ", ".join(f"l{i}" for i in range(np)) + f", = f.locals[:{np}]")
            if n > np:
                out.append("    " + " = ".join(f"l{i}" for i in range(np, n)) + " = None")
            out += ["    _b = 0", "else:"]
            if n:
                out.append("    " + ", ".join(f"l{i}" for i in range(n)) + ", = f.locals")
        depths = sorted({a.depth[t] for t in a.backedges if a.depth[t]})
        if depths:
            out.append("    _st = f.stack")
            for d in depths:
                out += [f"    if len(_st) == {d}:", "        " + ", ".join(f"s{i}" for i in range(d)) + ", = _st"]
        out.append("    _b = _osr")
        return out

    def source(self, fname: str) -> str:
        a = self.a
        self.cases = cases = sorted(pc for pc in a.targets if a.depth[pc] is not None)
        self.roots = roots = self.regions(cases)
        self.select_inlined(cases)
        self.blocks = {}
        todo = [c for c in cases if c not in self.inline_once]
        while todo:  # a block meant to be inlined but reached too deep is dispatched after all
            for c in todo:
                self.cur_region = self.region_at(c)
                self.blocks[c] = self.block(c)
            todo = sorted(self.refused - set(self.blocks))
        self.cases = cases = sorted(self.blocks)
        L = self.lines
        L.append(f"def {fname}(f, _osr=-1, _fn=None, _this=None, _args=None, _parent=None, _nt=None):")
        L += ["    pc = 0", "    _tk = 1024"]
        if self.promote:
            L += ["    CO.call_count += 1", f"    if CO.call_count >= {Policy.promote_calls}:",
                  "        T_promote_call(CO)"]
        if self.suspendable:
            L += ["    " + ln for ln in self.frame_prologue()]
        else:
            L.append("    if f is None:")
            L += ["        " + ln for ln in self.direct_prologue()]
            L.append("    else:")
            L += ["        " + ln for ln in self.frame_prologue()]
        L += ["    while True:", "        try:"]
        self.emit_level(self.level_items(cases, 0, len(self.code.code), roots), " " * 12, None)
        L += ["        except R_JSThrow as _e:", "            _v = _e.value"]
        self.handlers(" " * 12)
        L += ["            raise", "        except RecursionError:", "            _v = R_stack_overflow_error()"]
        self.handlers(" " * 12)
        L.append("            raise R_JSThrow(_v) from None")
        if self.suspendable:
            L += ["        except R_GenReturn as _e:", "            _v = _e.value"]
            self.handlers(" " * 12, returning=True)
            L.append("            return _v")
        return "\n".join(L) + "\n"


# The opcodes the instruction cache serves: those whose lines come from their snippet alone
# (no hand-written template, no inline cache), and the calls (snippet + FAST_CALLS).
CACHEABLE = frozenset(d.code for d in O.OPS if d is not None and (
    d.name in FAST_CALLS or (not hasattr(FunctionCodegen, "t_" + d.name)
                             and d.name not in ("GET_PROP", "GET_PROP_KEEP", "SET_PROP", "GET_GLOBAL"))))
