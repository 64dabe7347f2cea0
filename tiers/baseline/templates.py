"""Per-instruction code templates derived from the opcode table's snippets.

A snippet (engine/bytecode/opcodes.py) manipulates ``stack``; tier 1 keeps the operand stack in
Python locals ``s0, s1, ...`` whose names follow from the static stack depth, so expanding a
snippet for one instruction is an AST rewrite with the depth known at every point:
``stack.append(x)`` becomes ``s<d> = x``, ``stack.pop()`` / ``stack[-i]`` name ``s<d-1>`` /
``s<d-i>``, the operand ``arg``, ``pc``, ``K[arg]`` and ``lv[arg]`` become constants and locals,
``if`` / ``for`` on constants are folded, ``f.ctx`` becomes the cached local ``cx`` and
``R.name`` the global ``R_name``. The macros expand as tier 1 needs: ``JUMP(t)`` via a callback
(block dispatch), ``RAISE(v)`` to ``raise R_JSThrow(v)``, ``LEAVE(v)`` to ``return v``;
``ENTER`` and ``SUSPEND`` have hand-written templates (or make the function uncompilable).
"""
from __future__ import annotations

import ast
import copy
import operator
import re
from functools import lru_cache
from typing import Any, Callable

from pyjs.engine.bytecode import opcodes as O


class Unsupported(Exception):
    """The instruction (or snippet form) has no tier-1 template: the function stays in tier 0."""


MACROS = ("JUMP", "ENTER", "LEAVE", "RAISE", "SUSPEND")
# The snippets' ``pc`` (the index of the next instruction, as in tier 0) expands to this name;
# codegen writes the number into the generated lines, so that one expansion serves every
# instruction that differs only in its pc (codegen's instruction cache).
PC = "_PC"
# Operators folded when their operands are constants (the operand, pc).
BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.RShift: operator.rshift,
          ast.LShift: operator.lshift, ast.BitAnd: operator.and_, ast.BitOr: operator.or_}
UNOPS = {ast.USub: operator.neg, ast.Not: operator.not_}
CMPOPS = {ast.Lt: operator.lt, ast.Gt: operator.gt, ast.LtE: operator.le, ast.GtE: operator.ge,
          ast.Eq: operator.eq, ast.NotEq: operator.ne}


@lru_cache(maxsize=None)
def parsed(name: str) -> list[ast.stmt]:
    return ast.parse(O.BY_NAME[name].body).body


def _name(n: str, store: bool = False) -> ast.Name:
    return ast.Name(n, ast.Store() if store else ast.Load())


def _assign(targets: list[ast.expr], value: ast.expr) -> ast.Assign:
    return ast.Assign(targets, value, lineno=0)


def _is(node: Any, cls: type, **attrs: Any) -> bool:
    return isinstance(node, cls) and all(getattr(node, k) == v for k, v in attrs.items())


def _stack_method(node: Any) -> str | None:
    """'append' for ``stack.append(...)`` etc."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and _is(node.func.value, ast.Name, id="stack")):
        return node.func.attr
    return None


def _store(node: ast.expr) -> ast.expr:
    """``node`` turned into an assignment target."""
    node = copy.copy(node)
    if isinstance(node, (ast.Tuple, ast.List)):
        node.elts = [_store(e) for e in node.elts]
    node.ctx = ast.Store()
    return node


class Expander:
    """Expands one snippet for one instruction at a known stack depth.

    ``local(i)`` gives the expression of JS local ``i``; ``const(i)`` the expression of
    ``K[i]``; ``jump(target, depth)`` the statements of a jump taken at ``depth``."""

    def __init__(self, arg: int, depth: int, local: Callable[[int], ast.expr],
                 const: Callable[[int], ast.expr], jump: Callable[[int, int], list[ast.stmt]],
                 hooks: dict[str, Callable[["Expander"], list[ast.stmt]]] | None = None) -> None:
        self.hooks = hooks or {}
        self.arg = arg
        self.d = depth
        self.local = local
        self.const = const
        self.jump = jump

    def s(self, i: int, store: bool = False) -> ast.Name:
        if i < 0:
            raise Unsupported("stack underflow")
        return _name(f"s{i}", store)

    # ---- expressions ----------------------------------------------------------------------
    def fold(self, node: ast.expr) -> Any:
        """The constant value of an (already expanded) expression, or raise Unsupported."""
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in BINOPS:
            return BINOPS[type(node.op)](self.fold(node.left), self.fold(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in UNOPS:
            return UNOPS[type(node.op)](self.fold(node.operand))
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in CMPOPS:
            return CMPOPS[type(node.ops[0])](self.fold(node.left), self.fold(node.comparators[0]))
        raise Unsupported(f"not a constant: {ast.unparse(node)}")

    def ex(self, node: ast.expr) -> ast.expr:
        m = _stack_method(node)
        if m == "pop" and not node.args:
            self.d -= 1
            return self.s(self.d)
        if isinstance(node, ast.Name):
            if node.id == "arg":
                return ast.Constant(self.arg)
            if node.id == "pc":  # the placeholder PC: the caller writes the number in
                return _name(PC)
            if node.id in ("stack", "lv", "K") + MACROS:
                raise Unsupported(f"snippet form using {node.id}")
            return node
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            base = node.value.id
            if base == "stack":
                sl = node.slice
                if isinstance(sl, ast.Slice):
                    if sl.upper is not None or sl.step is not None:
                        raise Unsupported("stack slice form")
                    n = -self.fold(self.ex(sl.lower))
                    return ast.List([self.s(self.d - n + j) for j in range(n)], ast.Load())
                i = self.fold(self.ex(sl))
                if not (type(i) is int and i < 0):
                    raise Unsupported("stack index form")
                return self.s(self.d + i)
            if base == "K":
                return self.const(self.fold(self.ex(node.slice)))
            if base == "lv":
                return self.local(self.fold(self.ex(node.slice)))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "R":
                return _name("R_" + node.attr)
            if node.value.id == "f" and node.attr == "ctx":
                return _name("cx")
        if isinstance(node, ast.IfExp):
            test = self.ex(node.test)
            if isinstance(test, ast.Constant):
                return self.ex(node.body if test.value else node.orelse)
        if isinstance(node, (ast.IfExp, ast.BoolOp)):
            d = self.d
            out = self._generic(node)
            if self.d != d:
                raise Unsupported("stack effect inside a conditional expression")
            return out
        out = self._generic(node)
        if isinstance(out, (ast.BinOp, ast.UnaryOp)):
            try:
                return ast.Constant(self.fold(out))
            except Unsupported:
                pass
        return out

    def _generic(self, node: ast.AST) -> Any:
        """Expand the children of ``node`` in evaluation order."""
        node = copy.copy(node)
        for field, value in ast.iter_fields(node):
            if isinstance(value, list):
                setattr(node, field, [self.ex(v) if isinstance(v, ast.expr) else v for v in value])
            elif isinstance(value, ast.expr):
                setattr(node, field, self.ex(value))
        return node

    def target(self, node: ast.expr) -> ast.expr:
        if isinstance(node, ast.Subscript) and _is(node.value, ast.Name, id="stack") and isinstance(node.slice, ast.Slice):
            return _store(ast.Tuple(self.ex(node).elts, ast.Load()))
        return _store(self.ex(node))

    # ---- statements -----------------------------------------------------------------------
    def block(self, stmts: list[ast.stmt]) -> tuple[list[ast.stmt], bool]:
        """Expand statements; returns them and whether the code path ended (jump/raise/leave)."""
        out: list[ast.stmt] = []
        for st in stmts:
            part, ended = self.stmt(st)
            out += part
            if ended:
                return out, True
        return out, False

    def stmt(self, st: ast.stmt) -> tuple[list[ast.stmt], bool]:
        if isinstance(st, ast.Expr):
            call = st.value
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
                if call.func.id in MACROS:
                    return self.macro(call.func.id, call.args)
                if call.func.id in self.hooks:
                    return self.hooks[call.func.id](self), False
            m = _stack_method(call)
            if m == "append":
                v = self.ex(call.args[0])
                self.d += 1
                return [_assign([self.s(self.d - 1, True)], v)], False
            if m == "pop":
                self.d -= 1
                return [], False
            if m == "extend":
                src = call.args[0]
                if isinstance(src, ast.Tuple):
                    vals = [self.ex(e) for e in src.elts]
                else:
                    v = self.ex(src)
                    vals = v.elts if isinstance(v, ast.List) else None
                    if vals is None:
                        raise Unsupported("stack.extend of an unknown length")
                n = len(vals)
                tgt = ast.Tuple([self.s(self.d + j, True) for j in range(n)], ast.Store())
                self.d += n
                return [_assign([tgt], ast.Tuple(vals, ast.Load()))], False
            if m == "insert":
                k = -self.fold(self.ex(call.args[0]))
                if _stack_method(call.args[1]) != "pop":
                    raise Unsupported("stack.insert form")
                d = self.d
                names = list(range(d - 1 - k, d))
                tgt = ast.Tuple([self.s(i, True) for i in names], ast.Store())
                val = ast.Tuple([self.s(d - 1)] + [self.s(i) for i in names[:-1]], ast.Load())
                return [_assign([tgt], val)], False
            return [ast.Expr(self.ex(call))], False
        if isinstance(st, ast.Assign):
            value = self.ex(st.value)
            if (len(st.targets) == 1 and isinstance(st.targets[0], ast.Attribute)
                    and _is(st.targets[0].value, ast.Name, id="f") and st.targets[0].attr == "ctx"):
                return [_assign([_name("cx", True)], value),
                        _assign([ast.Attribute(_name("f"), "ctx", ast.Store())], _name("cx"))], False
            return [_assign([self.target(t) for t in st.targets], value)], False
        if isinstance(st, ast.Delete):
            t = st.targets[0]
            if isinstance(t, ast.Subscript) and _is(t.value, ast.Name, id="stack") and isinstance(t.slice, ast.Slice):
                self.d -= len(self.ex(t).elts)
                return [], False
            raise Unsupported("del form")
        if isinstance(st, ast.If):
            test = self.ex(st.test)
            try:
                taken = self.fold(test)
            except Unsupported:
                pass
            else:
                return self.block(st.body if taken else st.orelse)
            d0 = self.d
            body, body_ended = self.block(st.body)
            d_body, self.d = self.d, d0
            orelse, else_ended = self.block(st.orelse)
            if body_ended:
                pass
            elif else_ended:
                self.d = d_body
            elif d_body != self.d:
                raise Unsupported("branches with different stack effects")
            return [ast.If(test, body or [ast.Pass()], orelse)], body_ended and else_ended
        if isinstance(st, ast.For):
            it = st.iter
            if not (isinstance(it, ast.Call) and _is(it.func, ast.Name, id="range") and len(it.args) == 1):
                raise Unsupported("for loop form")
            out: list[ast.stmt] = []
            for _ in range(self.fold(self.ex(it.args[0]))):
                part, ended = self.block(st.body)
                out += part
                if ended:
                    return out, True
            return out, False
        if isinstance(st, ast.Pass):
            return [], False
        raise Unsupported(f"statement {type(st).__name__}")

    def macro(self, name: str, args: list[ast.expr]) -> tuple[list[ast.stmt], bool]:
        if name == "JUMP":
            return self.jump(self.fold(self.ex(args[0])), self.d), True
        if name == "RAISE":
            return [ast.Raise(ast.Call(_name("R_JSThrow"), [self.ex(args[0])], []), None)], True
        if name == "LEAVE":
            return [ast.Return(self.ex(args[0]))], True
        raise Unsupported(f"{name} needs a hand-written template")


@lru_cache(maxsize=None)
def with_fast_path(name: str, hook: str, test: str | None = None) -> list[ast.stmt]:
    """The snippet of ``name`` whose final ``if`` keeps its else branch (the generic path) and
    its test (unless ``test`` replaces it) but has its body replaced by the hook statement
    ``hook()`` (tier 1's fast path)."""
    body = copy.deepcopy(parsed(name))
    last = body[-1]
    if not isinstance(last, ast.If):
        raise Unsupported(f"{name} has no fast-path if")
    last.body = [ast.Expr(ast.Call(_name(hook), [], []))]
    if test is not None:
        last.test = ast.parse(test, mode="eval").body
    return body


def expand(name: str, arg: int, depth: int, local: Callable[[int], ast.expr],
           const: Callable[[int], ast.expr], jump: Callable[[int, int], list[ast.stmt]],
           body: list[ast.stmt] | None = None, hooks: dict | None = None) -> tuple[list[ast.stmt], int, bool]:
    """The statements of opcode ``name`` (or of ``body``, a variant of its snippet) with operand
    ``arg`` at stack ``depth``; the snippet's ``pc`` is the name PC in the statements.
    Returns (statements, depth after, ended)."""
    e = Expander(arg, depth, local, const, jump, hooks)
    out, ended = e.block(parsed(name) if body is None else body)
    return out, e.d, ended


# ---- copy propagation ----------------------------------------------------------------------
# Names of the generated function that are not a template's temporaries: operand-stack slots,
# JS locals, and the function's own state.
_NOT_TEMP = re.compile(r"^(s\d+|l\d+|cx|pc|f|lv|_\w*)$")
NONE, SOME, ALL = 0, 1, 2  # on how many paths a name has been written so far


_EMPTY: frozenset = frozenset()


def _scan(node: ast.AST) -> tuple[set[str], set[str]]:
    """The names ``node`` loads and stores (memoized on the node: nodes are never mutated after
    a scan, and renamed copies drop it)."""
    found = node.__dict__.get("_names")
    if found is None:
        if type(node) is ast.Name:
            found = ({node.id}, _EMPTY) if type(node.ctx) is ast.Load else (_EMPTY, {node.id})
        else:
            loads: set[str] = set()
            stores: set[str] = set()
            for child in ast.iter_child_nodes(node):
                c_loads, c_stores = _scan(child)
                loads |= c_loads
                stores |= c_stores
            found = (loads, stores)
        node._names = found
    return found


def names(node: ast.AST, ctx: type) -> set[str]:
    return _scan(node)[0 if ctx is ast.Load else 1]


def _replaced(node: ast.AST, t: str, src: ast.expr) -> ast.AST:
    """``node`` with its loads of ``t`` replaced by ``src``, sharing the subtrees without one."""
    if type(node) is ast.Name:
        return copy.copy(src) if node.id == t and type(node.ctx) is ast.Load else node
    if t not in _scan(node)[0]:
        return node
    new = copy.copy(node)
    del new._names
    for field, value in ast.iter_fields(node):
        if isinstance(value, list):
            setattr(new, field, [_replaced(v, t, src) if isinstance(v, ast.AST) else v for v in value])
        elif isinstance(value, ast.AST):
            setattr(new, field, _replaced(value, t, src))
    return new


class _Fail(Exception):
    pass


class _Substitution:
    """Replaces the reads of name ``t`` that see the value it has on entry by ``src`` (a name
    or a constant), path by path through ``if`` statements; fails (_Fail) where a read could
    see either value or ``src`` has been overwritten before the read."""

    def __init__(self, t: str, src: ast.expr) -> None:
        self.t = t
        self.src_name = src.id if isinstance(src, ast.Name) else None
        self.literal = isinstance(src, ast.Constant) and type(src.value) not in (bool, type(None))
        self.src = src

    def reads(self, node: ast.AST, written: int, clobbered: bool) -> ast.AST:
        if written == ALL or self.t not in names(node, ast.Load):
            return node
        if written == SOME or clobbered or (self.literal and self.compared_by_identity(node)):
            raise _Fail
        return _replaced(node, self.t, self.src)

    def compared_by_identity(self, node: ast.AST) -> bool:
        """Whether ``t`` is an operand of ``is``: a number or string literal there would draw
        CPython's SyntaxWarning."""
        return any(isinstance(n, ast.Compare) and any(isinstance(o, (ast.Is, ast.IsNot)) for o in n.ops)
                   and any(isinstance(x, ast.Name) and x.id == self.t for x in [n.left, *n.comparators])
                   for n in ast.walk(node))

    def body(self, stmts: list[ast.stmt], written: int, clobbered: bool) -> tuple[list[ast.stmt], int, bool]:
        out = []
        for st in stmts:
            if isinstance(st, ast.If):
                test = self.reads(st.test, written, clobbered)
                b1, w1, c1 = self.body(st.body, written, clobbered)
                b2, w2, c2 = self.body(st.orelse, written, clobbered)
                st = ast.If(test, b1, b2)
                written = w1 if w1 == w2 else SOME
                clobbered = c1 or c2
            elif isinstance(st, (ast.Assign, ast.Expr, ast.Return, ast.Raise, ast.Pass, ast.Break, ast.Continue)):
                stores = names(st, ast.Store)
                st = self.reads(st, written, clobbered)  # a statement reads before it stores
                if self.t in stores:
                    written = ALL
                if self.src_name in stores:
                    clobbered = True
            else:
                raise _Fail
            out.append(st)
        return out, written, clobbered


def substitute(stmts: list[ast.stmt], t: str, src: ast.expr) -> tuple[list[ast.stmt], int] | None:
    """``stmts`` with the reads of ``t``'s entry value replaced by ``src``, and on how many
    paths (NONE / SOME / ALL) they write ``t``; None when that is not provably the same."""
    try:
        out, written, _ = _Substitution(t, src).body(stmts, NONE, False)
    except _Fail:
        return None
    return out, written


def propagate_copies(stmts: list[ast.stmt], after: frozenset = frozenset()) -> list[ast.stmt]:
    """Remove ``temp = name`` / ``temp = constant`` copies of a template (``b = s1``) by using
    the source in the temporary's reads, where that is provably the same value. ``after``:
    the names read after ``stmts`` (when they are a branch), whose copies must stay."""
    out: list[ast.stmt] = []
    todo = list(stmts)
    while todo:
        st = todo.pop(0)
        if (isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name)
                and not _NOT_TEMP.match(st.targets[0].id) and st.targets[0].id not in after
                and (isinstance(st.value, ast.Constant)
                     or (isinstance(st.value, ast.Name) and st.value.id != st.targets[0].id))):
            done = substitute(todo, st.targets[0].id, st.value)
            if done is not None:
                todo = done[0]
                continue
        if isinstance(st, ast.If):
            live = after.union(*(names(later, ast.Load) for later in todo))
            st = ast.If(st.test, propagate_copies(st.body, live), propagate_copies(st.orelse, live))
        out.append(st)
    return out
