"""AST -> bytecode. One FunctionCompiler per function body; statements and expressions are
compiled by the mixins in stmt.py, expr.py and patterns.py; functions and classes by funcs.py.

Control flow that leaves a block early (break, continue, return) walks the compiler's control
stack outward: it pops context scopes, closes for-of iterators and routes through finally
blocks, whose END_FINALLY dispatches to a per-exit trampoline emitted after the finally body.
"""
from __future__ import annotations

from typing import Any, Callable

from ..frontend.scope import Analyzer, Binding, Scope, allocate
from ..runtime.values import JSNull
from .code import CodeObject
from .emitter import Emitter, Label


class CompileError(Exception):
    """An early error found while compiling; becomes a JS SyntaxError."""

    def __init__(self, message: str, node: Any = None) -> None:
        super().__init__(message)
        self.node = node


class UninitMarker:
    """The value of a let/const/class binding in its temporal dead zone."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<uninitialized>"


UNINIT = UninitMarker()


class Control:
    """One entry of the control stack: a loop, label, switch, context scope, for-of/in iterator
    or finally block."""

    __slots__ = ("kind", "labels", "break_label", "continue_label", "depth", "finally_exits",
                 "finally_label", "is_async")

    def __init__(self, kind: str, labels: tuple = (), depth: int = 0) -> None:
        self.kind = kind  # loop, block (labelled statement), switch, ctx, iter, enum, finally, finbody
        self.labels = labels
        self.break_label: Label | None = None
        self.continue_label: Label | None = None
        self.depth = depth
        self.finally_exits: list[tuple[int, Callable[[], None]]] = []
        self.finally_label: Label | None = None
        self.is_async = False


class Unit:
    """State shared by the compilers of one script: analyzer results, source, file name;
    for module code the host's module record (import.meta) and the import cells; the
    referrer that import() resolves against (the script or module the code belongs to)."""

    def __init__(self, analyzer: Analyzer, source: str, filename: str, referrer: str | None = None) -> None:
        self.analyzer = analyzer
        self.source = source
        self.filename = filename
        self.referrer = filename if referrer is None else referrer
        self.module: Any = None
        self.import_cells: dict[str, Any] = {}


class FunctionCompilerBase(Emitter):
    """Scopes, name resolution, control stack and the function prologue."""

    def __init__(self, unit: Unit, scope: Scope, code: CodeObject) -> None:
        super().__init__(code)
        self.unit = unit
        self.fscope = scope
        self.scope = scope
        self.controls: list[Control] = []
        self.pending_labels: tuple = ()
        self.in_params = False  # compiling parameter initializers (direct eval needs to know)
        self.temps_free: list[int] = []
        self.disposables: list[int] = []  # locals of the enclosing using-declaration scopes
        self.last_call: tuple | None = None  # (CallExpression, pc of its CALL): see iter_site
        code.strict = scope.strict
        code.scope = scope
        code.referrer = unit.referrer

    # ---- errors and positions ------------------------------------------------------------
    def error(self, msg: str, node: Any) -> CompileError:
        return CompileError(msg, node)

    def at(self, node: Any) -> None:
        loc = getattr(node, "loc", None)
        if loc is not None:
            self.line = (loc.start.line, loc.start.column + 1)

    def source_of(self, node: Any) -> str:
        r = node.range
        return self.unit.source[r[0]:r[1]]

    # ---- temporaries ---------------------------------------------------------------------
    def temp(self) -> int:
        if self.temps_free:
            return self.temps_free.pop()
        i = self.fscope.nlocals
        self.fscope.nlocals += 1
        return i

    def free(self, t: int) -> None:
        self.temps_free.append(t)

    # ---- scopes --------------------------------------------------------------------------
    def scope_of(self, node: Any) -> Scope | None:
        return self.unit.analyzer.scopes.get(id(node))

    def enter_scope(self, s: Scope) -> None:
        """Enter a block-like scope: push its context, set let/const to TDZ, hoist functions."""
        self.scope = s
        if s.has_context:
            self.emit("PUSH_CTX", s.context_size)
            self.controls.append(Control("ctx"))
        for b in s.bindings.values():
            if b.tdz and self.needs_tdz_init(b):
                self.emit("CONST", self.const(UNINIT))
                self.store_binding(b, 0, init=True)

    def leave_scope(self, s: Scope) -> None:
        if s.has_context:
            self.emit("POP_CTX")
            self.controls.pop()
        self.scope = s.parent

    def needs_tdz_init(self, b: Binding) -> bool:
        return b.loc in ("local", "ctx")

    def lookup(self, name: str, var_scope: Scope | None = None) -> tuple[Binding | None, int, list]:
        """The binding ``name`` resolves to from the current scope, its context depth and the
        ``with`` scopes (with their depths) crossed on the way. With ``var_scope``, the
        bindings of the scopes inside it are passed over (Annex B's var of a block function)."""
        depth = 0
        withs: list = []
        s: Scope | None = self.scope
        while var_scope is not None and s is not var_scope:
            if s.has_context:
                depth += 1
            s = s.parent
        while s is not None:
            if s.kind == "with":
                withs.append((s.bindings["%with"], depth))
            b = s.bindings.get(name)
            if b is not None and s.kind != "with" and b.kind != "evalvars":
                return b, depth, withs
            store = s.bindings.get("%evalvars")
            if store is not None:
                # vars created by a sloppy direct eval in this function (19.2.1.3)
                withs.append((store, depth))
            if s.has_context:
                depth += 1
            s = s.parent
        return None, depth, withs

    def lookup_static(self, name: str) -> tuple[Binding | None, int, list]:
        """Like lookup, ignoring `with` objects and eval var stores (the static fallback)."""
        b, depth, _ = self.lookup(name)
        return b, depth, []

    def binding_depth(self, target: Binding) -> int:
        depth = 0
        s: Scope | None = self.scope
        while s is not None and s is not target.scope:
            if s.has_context:
                depth += 1
            s = s.parent
        return depth

    def same_function(self, b: Binding) -> bool:
        return b.scope.func is self.fscope

    def tdz_check_needed(self, b: Binding, node: Any) -> bool:
        if not b.tdz:
            return False
        if not self.same_function(b) or b.scope.kind == "switch":
            return True
        r = getattr(node, "range", None)
        return r is None or b.decl_end < 0 or r[0] < b.decl_end

    # ---- loads and stores ----------------------------------------------------------------
    def load_binding(self, b: Binding, depth: int, check: bool) -> None:
        if check:
            self.code.site_text[self.pc] = b.name  # for the TDZ ReferenceError message
        if b.loc == "local":
            self.emit("GET_LOCAL_CHECK" if check else "GET_LOCAL", b.index)
        elif b.loc == "ctx":
            self.emit("GET_CTX_CHECK" if check else "GET_CTX", depth << 16 | b.index)
        elif b.loc == "import":
            self.code.site_text[self.pc] = b.name
            self.emit("GET_IMPORT", self.const_obj(self.unit.import_cells[b.name]))
        else:
            self.emit("GET_GLOBAL", self.const(b.name))

    def store_binding(self, b: Binding, depth: int, init: bool = False, keep: bool = False,
                      node: Any = None) -> None:
        """Store the top of stack into ``b`` (popping it unless ``keep``)."""
        if not init:
            if b.kind in ("const", "import", "importns") or (b.kind == "callee" and self.scope.strict):
                if self.tdz_check_needed(b, node):
                    self.check_binding(b, depth)
                self.emit("THROW_ERROR", self.const(("TypeError", "Assignment to constant variable.")))
                if not keep:
                    self.emit("POP")
                return
            if b.kind == "callee":
                if not keep:
                    self.emit("POP")
                return
            if b.tdz and self.tdz_check_needed(b, node):
                self.check_binding(b, depth)
        if b.loc == "local":
            self.emit("SET_LOCAL" if keep else "PUT_LOCAL", b.index)
        elif b.loc == "ctx":
            self.emit("SET_CTX" if keep else "PUT_CTX", depth << 16 | b.index)
        elif init and b.kind in ("let", "const", "class"):
            if keep:
                self.emit("DUP")
            self.emit("INIT_GLOBAL_LEX", self.const(b.name))
        else:
            self.emit("SET_GLOBAL", self.const(b.name))
            if not keep:
                self.emit("POP")

    def check_binding(self, b: Binding, depth: int) -> None:
        self.code.site_text[self.pc] = b.name
        if b.loc == "local":
            self.emit("CHECK_LOCAL", b.index)
        elif b.loc == "ctx":
            self.emit("CHECK_CTX", depth << 16 | b.index)
        else:  # an import, or a global lexical (read by name): reading it throws in its TDZ
            self.load_binding(b, depth, False)
            self.emit("POP")

    def with_dispatch(self, withs: list, name: str, on_object: Callable[[Binding], None],
                      on_static: Callable[[], None]) -> None:
        """Emit: for each enclosing `with` object (or eval var store) that has ``name``, run
        ``on_object(binding)`` with the object on the stack; otherwise ``on_static``. Each
        branch leaves the same stack depth."""
        end = Label()
        for wb, depth in withs:
            nxt = Label()
            self.load_binding(wb, self.binding_depth(wb), False)
            self.emit("DUP")
            self.emit("WITH_HAS", self.const(name))
            self.jump("JUMP_IF_FALSE", nxt)
            base = self.depth
            on_object(wb)
            self.jump("JUMP", end)
            self.depth = base
            self.mark(nxt)
            self.emit("POP")
        on_static()
        self.mark(end)

    def load_name(self, name: str, node: Any) -> None:
        b, depth, withs = self.lookup(name)

        def static() -> None:
            if b is None:
                self.emit("GET_GLOBAL", self.const(name))
            else:
                self.load_binding(b, depth, self.tdz_check_needed(b, node))
        if withs:
            self.with_dispatch(withs, name, lambda wb: self.emit("WITH_GET", self.const(name)), static)
        else:
            static()

    def store_static(self, name: str, node: Any, b: Binding | None, depth: int, keep: bool = False,
                     init: bool = False) -> None:
        """Store the top of stack into binding ``b`` of ``name`` (None: the global object),
        passing over any `with` object."""
        if b is None:
            self.emit("SET_GLOBAL", self.const(name))
            if not keep:
                self.emit("POP")
        else:
            self.store_binding(b, depth, init=init, keep=keep, node=node)

    def store_name(self, name: str, node: Any, keep: bool = False, init: bool = False,
                   var_scope: Scope | None = None) -> None:
        """Store the top of stack into the variable ``name`` (as seen from ``var_scope``, when
        given, instead of the current scope)."""
        b, depth, withs = self.lookup(name, var_scope)

        def static() -> None:
            self.store_static(name, node, b, depth, keep=keep, init=init)
        if withs and not init:
            t = self.temp()
            self.emit("PUT_LOCAL", t)

            def on_obj(wb: Binding) -> None:
                self.emit("GET_LOCAL", t)
                self.emit("WITH_SET", self.const(name))
                if not keep:
                    self.emit("POP")
            self.with_dispatch(withs, name, on_obj, lambda: (self.emit("GET_LOCAL", t), static()))
            self.free(t)
        else:
            static()

    # ---- control stack -------------------------------------------------------------------
    def exit_to(self, level: int, final: Callable[[], None]) -> None:
        """Leave every control entry above ``level`` (contexts, iterators, finally blocks), then
        run ``final`` (the jump or return)."""
        depth = self.depth
        for i in range(len(self.controls) - 1, level - 1, -1):
            c = self.controls[i]
            if c.kind == "ctx":
                self.emit("POP_CTX")
            elif c.kind in ("finbody", "switch"):
                while self.depth > c.depth:
                    self.emit("POP")
            elif c.kind in ("iter", "enum"):
                while self.depth > c.depth + 1:
                    self.emit("POP")
                if c.kind == "iter":
                    # close with the iterator still on the stack: this code sits inside the
                    # loop's abrupt-completion handler, which expects it there if return() throws
                    self.emit("DUP")
                    if c.is_async:
                        self.close_async_iter(0)
                    else:
                        self.emit("ITER_CLOSE")
                self.emit("POP")
            elif c.kind == "finally":
                while self.depth > c.depth:
                    self.emit("POP")
                saved = list(self.controls)
                rest_level = level
                kind = 3 + len(c.finally_exits)

                def trampoline(i=i, saved=saved, rest_level=rest_level) -> None:
                    outer = self.controls
                    self.controls = saved[:i]
                    self.exit_to(rest_level, final)
                    self.controls = outer
                c.finally_exits.append((kind, trampoline))
                self.emit("CONST", self.const(kind))
                self.emit("UNDEF")
                self.jump("JUMP", c.finally_label)
                self.depth = depth
                return
        final()
        self.depth = depth

    def close_async_iter(self, kind: int | None) -> None:
        """AsyncIteratorClose (7.4.13) of the iterator on the stack: ``iter -> -`` for a normal
        completion (``kind`` 0), or ``iter kind value -> kind value`` under the completion on
        the stack (``kind`` None: a throw or return). return()'s result is awaited when there
        is one; after a throw completion the throw wins over errors of return() and of the
        awaited result, otherwise the result must be an object."""
        if kind is not None:
            self.emit("CONST", self.const(float(kind)))
            self.emit("UNDEF")
        done = Label()
        self.emit("ITER_RETURN_CALL")        # kind value result awaits
        self.jump("JUMP_IF_FALSE", done)     # kind value result
        depth = self.depth
        start = self.pc
        self.emit("AWAIT")
        failed = Label()
        self.code.handlers.append((start, start + 1, -1, depth - 1, False))
        patch = len(self.code.handlers) - 1
        self.emit("ITER_RETURN_CHECK")
        self.mark(done)
        self.emit("POP")                     # kind value
        after = Label()
        self.jump("JUMP", after)
        self.mark(failed)
        self.code.handlers[patch] = (start, start + 1, failed.pc, depth - 1, False)
        self.depth = depth                   # kind value error
        self.emit("ITER_RETURN_FAILED")
        self.mark(after)
        self.depth = depth - 1
        if kind is not None:
            self.emit("POP")
            self.emit("POP")

    def find_target(self, label: Any, is_continue: bool, node: Any) -> int:
        for i in range(len(self.controls) - 1, -1, -1):
            c = self.controls[i]
            if label is None:
                if c.kind == "loop" or (c.kind == "switch" and not is_continue):
                    return i
            elif label.name in c.labels:
                if is_continue and c.kind != "loop":
                    raise self.error(f"Illegal continue statement: '{label.name}' does not denote an iteration statement", node)
                return i
        if label is not None:
            raise self.error(f"Undefined label '{label.name}'", node)
        raise self.error("Illegal continue statement: no surrounding iteration statement" if is_continue
                         else "Illegal break statement", node)


def is_nullish_literal(v: Any) -> bool:
    return v is None or v is JSNull
