"""Statement compilation (mixin of FunctionCompiler)."""
from __future__ import annotations

from typing import Any, Callable

from ..frontend.scope import declared_name, unlabel
from .compiler import CompileError, Control, FunctionCompilerBase
from .emitter import Label

LOOPS = ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement", "DoWhileStatement")
RESETS_COMPLETION = LOOPS + ("IfStatement", "SwitchStatement", "TryStatement", "WithStatement")


class StatementCompiler(FunctionCompilerBase):
    completion: int = -1  # local slot of the script/eval completion value, or -1

    def statements(self, body: list) -> None:
        for st in body:
            self.statement(st)

    def statement(self, node: Any) -> None:
        self.at(node)
        m = getattr(self, "s_" + node.type, None)
        if m is None:
            raise CompileError(f"Unsupported statement: {node.type}", node)
        if self.completion >= 0 and node.type in RESETS_COMPLETION:
            # UpdateEmpty(completion, undefined): these statements never complete empty
            self.emit("UNDEF")
            self.emit("PUT_LOCAL", self.completion)
        m(node)

    # ---- simple statements ---------------------------------------------------------------
    def s_EmptyStatement(self, node: Any) -> None:
        pass

    def s_DebuggerStatement(self, node: Any) -> None:
        self.emit("DEBUGGER")

    def s_ExpressionStatement(self, node: Any) -> None:
        self.expr(node.expression)
        if self.completion >= 0:
            self.emit("PUT_LOCAL", self.completion)
        else:
            self.emit("POP")

    def s_VariableDeclaration(self, node: Any) -> None:
        using = getattr(node, "using", None)
        if using is not None:
            if not self.disposables:
                raise CompileError(f"{using.capitalize()} declarations are not allowed at the top level of a script", node)
            for d in node.declarations:
                self.at(d)
                self.expr_named(d.init, d.id.name)
                self.emit("GET_LOCAL", self.disposables[-1])
                self.emit("ADD_DISPOSABLE", 1 if using == "await using" else 0)
                self.bind_pattern(d.id, init=True, source=self.destructured_source(d.init))
            return
        for d in node.declarations:
            self.at(d)
            if node.kind == "var" and d.init is not None and d.id.type == "Identifier":
                withs = self.lookup(d.id.name)[2]
                if withs:  # the binding is resolved before the initializer runs
                    self.with_assignment(d.id, "=", d.init, withs)
                    self.emit("POP")
                    continue
            if d.init is None:
                if node.kind == "var":
                    continue
                self.emit("UNDEF")
            else:
                self.expr_named(d.init, d.id.name if d.id.type == "Identifier" else None)
                if d.id.type == "ArrayPattern":
                    self.iter_site(d.init)  # GET_ITER is the pattern's first instruction
            self.bind_pattern(d.id, init=node.kind != "var",
                              source="undefined" if d.init is None else self.destructured_source(d.init))

    def s_FunctionDeclaration(self, node: Any) -> None:
        """Hoisted at scope entry; Annex B.3.3 copies a sloppy block function to its var
        binding (the analyzer marks the declarations that have one with ``annexb_scope``)."""
        var_scope = getattr(node, "annexb_scope", None)
        if var_scope is None:
            return
        name = node.id.name
        self.load_name(name, None)  # the block's binding, created at the block's entry
        if var_scope.kind == "script":
            self.emit("SET_GLOBAL", self.const(name))
            self.emit("POP")
        elif var_scope.kind == "eval":
            # sloppy direct eval: the var lives in the caller's variable environment
            self.store_name(name, None, var_scope=var_scope)
        else:
            target = var_scope.bindings[name]
            self.store_binding(target, self.binding_depth(target), init=True)

    def hoist_functions(self, body: list, init: bool = True) -> None:
        """Create the closures of the function declarations directly in ``body``."""
        for st in map(unlabel, body):
            if st.type == "FunctionDeclaration":
                self.at(st)
                self.function_value(st)
                self.store_name(st.id.name, st, init=init)

    def s_ClassDeclaration(self, node: Any) -> None:
        self.class_value(node, "default")  # the name of `export default class {}`
        self.store_name(declared_name(node), node, init=True)

    # ---- module items (16.2.3.7: only declarations and `export default` evaluate) ---------
    def s_ImportDeclaration(self, node: Any) -> None:
        pass

    s_ExportAllDeclaration = s_ImportDeclaration

    def s_ExportNamedDeclaration(self, node: Any) -> None:
        if node.declaration is not None:
            self.statement(node.declaration)

    def s_ExportDefaultDeclaration(self, node: Any) -> None:
        d = node.declaration
        if d.type in ("FunctionDeclaration", "ClassDeclaration"):
            self.statement(d)
            return
        self.expr_named(d, "default")
        self.store_name("*default*", node, init=True)

    def s_ReturnStatement(self, node: Any) -> None:
        if node.argument is None:
            self.emit("UNDEF")
        else:
            self.expr(node.argument)
            if self.code.is_async and self.code.is_generator:
                self.emit("AWAIT")  # 14.10.1 step 3: an async generator awaits the returned value
        if not any(c.kind in ("iter", "enum", "finally") for c in self.controls):
            self.emit("RETURN")
            return
        t = self.temp()
        self.emit("PUT_LOCAL", t)

        def final() -> None:
            self.emit("GET_LOCAL", t)
            self.emit("RETURN")
        self.exit_to(0, final)

    def s_ThrowStatement(self, node: Any) -> None:
        self.expr(node.argument)
        self.emit("THROW")

    def s_BlockStatement(self, node: Any) -> None:
        s = self.scope_of(node)
        if s is None or (not s.bindings and not s.has_context):
            self.statements(node.body)
            return
        self.enter_scope(s)
        self.hoist_functions(node.body)
        self.statement_list(node.body)
        self.leave_scope(s)

    def s_IfStatement(self, node: Any) -> None:
        else_l, end = Label(), Label()
        self.expr(node.test)
        self.jump("JUMP_IF_FALSE", else_l)
        self.statement(node.consequent)
        if node.alternate is not None:
            self.jump("JUMP", end)
            self.mark(else_l)
            self.statement(node.alternate)
        else:
            self.mark(else_l)
        self.mark(end)

    # ---- labels and loops ----------------------------------------------------------------
    def s_LabeledStatement(self, node: Any) -> None:
        labels = self.pending_labels + (node.label.name,)
        if node.body.type in LOOPS:
            self.pending_labels = labels
            self.statement(node.body)
            return
        self.pending_labels = ()
        c = Control("block", labels, self.depth)
        c.break_label = Label()
        self.controls.append(c)
        self.statement(node.body)
        self.controls.pop()
        self.mark(c.break_label)

    def loop_control(self) -> Control:
        c = Control("loop", self.pending_labels, self.depth)
        self.pending_labels = ()
        c.break_label, c.continue_label = Label(), Label()
        return c

    def s_BreakStatement(self, node: Any) -> None:
        i = self.find_target(node.label, False, node)
        c = self.controls[i]
        self.exit_to(i + 1, lambda: self.jump("JUMP", c.break_label))

    def s_ContinueStatement(self, node: Any) -> None:
        i = self.find_target(node.label, True, node)
        c = self.controls[i]
        self.exit_to(i + 1, lambda: self.jump("JUMP", c.continue_label))

    def s_WhileStatement(self, node: Any) -> None:
        c = self.loop_control()
        top = Label()
        self.mark(top)
        self.mark(c.continue_label)
        self.expr(node.test)
        self.jump("JUMP_IF_FALSE", c.break_label)
        self.controls.append(c)
        self.statement(node.body)
        self.controls.pop()
        self.jump("JUMP", top)
        self.mark(c.break_label)

    def s_DoWhileStatement(self, node: Any) -> None:
        c = self.loop_control()
        top = Label()
        self.mark(top)
        self.controls.append(c)
        self.statement(node.body)
        self.controls.pop()
        self.mark(c.continue_label)
        self.expr(node.test)
        self.jump("JUMP_IF_TRUE", top)
        self.mark(c.break_label)

    def s_ForStatement(self, node: Any) -> None:
        c = self.loop_control()
        ls = self.scope_of(node)
        if ls is not None:
            self.enter_scope(ls)
        if node.init is not None:
            if node.init.type == "VariableDeclaration":
                self.statement(node.init)
            else:
                self.expr(node.init)
                self.emit("POP")
        per_iter = ls is not None and ls.has_context
        if per_iter:  # ForBodyEvaluation step 2: closures of the initializer keep its environment
            self.emit("COPY_CTX")
        top = Label()
        self.mark(top)
        if node.test is not None:
            self.expr(node.test)
            self.jump("JUMP_IF_FALSE", c.break_label)
        self.controls.append(c)
        self.statement(node.body)
        self.controls.pop()
        self.mark(c.continue_label)
        if per_iter:
            self.emit("COPY_CTX")  # CreatePerIterationEnvironment
        if node.update is not None:
            self.expr(node.update)
            self.emit("POP")
        self.jump("JUMP", top)
        self.mark(c.break_label)
        if ls is not None:
            self.leave_scope(ls)

    def for_in_of_target(self, node: Any, ls: Any) -> None:
        """Bind the value on the stack to the loop's left-hand side."""
        left = node.left
        if left.type == "VariableDeclaration":
            if ls is not None:
                self.enter_scope(ls)
            self.bind_pattern(left.declarations[0].id, init=left.kind != "var", source=".for")  # V8's name
        else:
            self.assign_pattern(left)

    def s_ForInStatement(self, node: Any) -> None:
        c = self.loop_control()
        ls = self.scope_of(node)
        decl = node.left.declarations[0] if node.left.type == "VariableDeclaration" else None
        if decl is not None and decl.init is not None:
            # B.3.5 `for (var x = init in e)`: the initializer is stored before e runs
            self.expr_named(decl.init, decl.id.name)
            self.store_name(decl.id.name, decl.id)
        self.tdz_right(node, ls)
        self.emit("FOR_IN")
        e = Control("enum", (), self.depth - 1)
        self.controls.append(e)
        top, done = Label(), Label()
        self.mark(top)
        self.mark(c.continue_label)
        self.jump("FOR_IN_NEXT", done, 1)
        self.controls.append(c)
        self.loop_body(node, ls)
        self.controls.pop()
        self.jump("JUMP", top)
        self.mark(done)
        self.mark(c.break_label)
        self.controls.pop()
        self.emit("POP")

    def tdz_right(self, node: Any, ls: Any) -> None:
        """Evaluate the right-hand side with the loop's let/const names in TDZ."""
        if ls is not None and ls.bindings:
            self.enter_scope(ls)
            self.expr(node.right)
            self.leave_scope(ls)
        else:
            self.expr(node.right)

    def loop_body(self, node: Any, ls: Any) -> None:
        self.for_in_of_target(node, ls)
        self.statement(node.body)
        if ls is not None and node.left.type == "VariableDeclaration":
            self.leave_scope(ls)

    def s_ForOfStatement(self, node: Any) -> None:
        c = self.loop_control()
        ls = self.scope_of(node)
        is_async = bool(getattr(node, "allowAwait", False))
        self.tdz_right(node, ls)
        self.iter_site(node.right, is_async)
        self.emit("GET_ASYNC_ITER" if is_async else "GET_ITER")
        it = Control("iter", (), self.depth - 1)
        it.is_async = is_async
        self.controls.append(it)
        top, done, end = Label(), Label(), Label()
        self.mark(top)
        self.mark(c.continue_label)
        if is_async:
            self.emit("ITER_CALL_NEXT")
            self.emit("AWAIT")
            self.jump("ITER_RESULT", done, 0)
        else:
            self.jump("ITER_NEXT", done, 1)
        start = self.pc
        base = self.depth - 1
        self.controls.append(c)
        self.loop_body(node, ls)
        self.controls.pop()
        self.jump("JUMP", top)
        handler = self.pc
        self.code.handlers.append((start, handler, handler, base, True))
        self.depth = base + 2
        if is_async:
            self.close_async_iter(None)
            self.emit("ITER_ABRUPT_END")
        else:
            self.emit("ITER_ABRUPT")
        self.mark(done)
        self.depth = base
        self.emit("POP")
        self.jump("JUMP", end)
        self.mark(c.break_label)
        self.depth = base
        if is_async:
            self.close_async_iter(0)
        else:
            self.emit("ITER_CLOSE")
        self.controls.pop()
        self.mark(end)

    # ---- switch, try, with ---------------------------------------------------------------
    def s_SwitchStatement(self, node: Any) -> None:
        self.expr(node.discriminant)
        c = Control("switch", self.pending_labels, self.depth - 1)
        self.pending_labels = ()
        c.break_label = Label()
        s = self.scope_of(node)
        self.controls.append(c)
        self.enter_scope(s)
        for case in node.cases:
            self.hoist_functions(case.consequent)
            for st in case.consequent:
                if st.type == "VariableDeclaration" and getattr(st, "using", None):
                    raise CompileError(f"{st.using.capitalize()} declarations are not allowed directly "
                                       "in a case or default clause", st)
        labels = [Label() for _ in node.cases]
        default = None
        for case, lab in zip(node.cases, labels):
            if case.test is None:
                default = lab
                continue
            self.emit("DUP")
            self.expr(case.test)
            self.emit("SEQ")
            self.jump("JUMP_IF_TRUE", lab)
        no_match = Label()
        self.jump("JUMP", default or no_match)
        for case, lab in zip(node.cases, labels):
            self.mark(lab)
            self.statements(case.consequent)
        self.mark(no_match)
        self.leave_scope(s)
        self.controls.pop()
        self.mark(c.break_label)
        self.emit("POP")

    def s_TryStatement(self, node: Any) -> None:
        saved = self.temp()
        self.emit("SAVE_CTX", saved)
        base = self.depth

        def protected() -> None:
            start = self.pc
            self.statement(node.block)
            if node.handler is not None:
                after = Label()
                self.jump("JUMP", after)
                handler_pc = self.pc
                self.code.handlers.append((start, handler_pc, handler_pc, base, False))
                self.depth = base + 1
                self.emit("RESTORE_CTX", saved)
                self.catch_clause(node.handler)
                self.mark(after)
        if node.finalizer is None:
            protected()
        else:
            self.with_finally(protected, lambda: self.statement(node.finalizer), saved)
        self.free(saved)

    def with_finally(self, protected: Callable[[], None], finalizer: Callable[[], None], saved: int) -> None:
        """``protected`` then ``finalizer`` as try/finally: the finalizer runs with the pending
        completion (kind, value) on the stack, and END_FINALLY resumes it (the local ``saved``
        holds the context to restore when a throw reaches the finalizer)."""
        base = self.depth
        fin = Control("finally", (), base)
        fin.finally_label = Label()
        self.controls.append(fin)
        start = self.pc
        protected()
        self.controls.pop()
        end_region = self.pc
        self.emit("CONST", self.const(0))
        self.emit("UNDEF")
        self.jump("JUMP", fin.finally_label)
        handler_pc = self.pc
        self.code.handlers.append((start, end_region, handler_pc, base, True))
        self.emit("RESTORE_CTX", saved)
        self.mark(fin.finally_label)
        self.depth = base + 2
        # an exit from the finally body itself drops the pending completion (kind, value)
        self.controls.append(Control("finbody", (), base))
        if self.completion >= 0:
            # a normally completing finally keeps the try's value (F := B); an abrupt one
            # (break/continue) completes with its own value, or undefined (UpdateEmpty(F, undefined))
            kept = self.temp()
            self.emit("GET_LOCAL", self.completion)
            self.emit("PUT_LOCAL", kept)
            self.emit("UNDEF")
            self.emit("PUT_LOCAL", self.completion)
            finalizer()
            self.emit("GET_LOCAL", kept)
            self.emit("PUT_LOCAL", self.completion)
            self.free(kept)
        else:
            finalizer()
        self.controls.pop()
        table: list[int] = []
        self.emit("END_FINALLY", self.const_list(table))
        if fin.finally_exits:
            after = Label()
            self.jump("JUMP", after)  # normal completion skips the exit trampolines
            for kind, trampoline in fin.finally_exits:
                table.append(self.pc)
                self.depth = base
                trampoline()
            self.mark(after)
        self.depth = base

    # ---- using declarations (Explicit Resource Management) -------------------------------
    def statement_list(self, body: list) -> None:
        """A StatementList: when it declares `using` / `await using` bindings, their resources
        are disposed when it completes, normally or abruptly (DisposeResources)."""
        kinds = {getattr(st, "using", None) for st in body if st.type == "VariableDeclaration"}
        kinds.discard(None)
        if not kinds:
            self.statements(body)
            return
        resources = self.temp()
        self.emit("NEW_DISPOSABLES")
        self.emit("PUT_LOCAL", resources)
        saved = self.temp()
        self.emit("SAVE_CTX", saved)
        self.disposables.append(resources)

        self.with_finally(lambda: self.statements(body), lambda: self.dispose(resources, "await using" in kinds),
                          saved)
        self.disposables.pop()
        self.free(saved)
        self.free(resources)

    def dispose(self, resources: int, is_async: bool) -> None:
        """DisposeResources under the pending completion ``kind value`` on the stack; with
        async resources each awaited result is sent back (a rejection thrown) into the
        runtime's disposal until it is done."""
        if not is_async:
            self.emit("GET_LOCAL", resources)
            self.emit("DISPOSE_SYNC")
            return
        self.emit("UNDEF")
        self.emit("CONST", self.const(0))
        loop, done, failed = Label(), Label(), Label()
        self.mark(loop)
        self.emit("GET_LOCAL", resources)
        self.emit("DISPOSE_STEP")            # kind value x more
        self.jump("JUMP_IF_FALSE", done)     # kind value x
        depth = self.depth
        start = self.pc
        self.emit("AWAIT")                   # kind value result
        self.code.handlers.append((start, start + 1, -1, depth - 1, False))
        patch = len(self.code.handlers) - 1
        self.emit("CONST", self.const(0))    # send the result
        self.jump("JUMP", loop)
        self.mark(failed)
        self.code.handlers[patch] = (start, start + 1, failed.pc, depth - 1, False)
        self.depth = depth                   # kind value error
        self.emit("CONST", self.const(1))    # throw it in
        self.jump("JUMP", loop)
        self.mark(done)
        self.depth = depth
        self.emit("POP")

    def const_list(self, table: list) -> int:
        self.code.consts.append(table)
        return len(self.code.consts) - 1

    def catch_clause(self, h: Any) -> None:
        s = self.scope_of(h)
        self.enter_scope(s)
        if h.param is None:
            self.emit("POP")
        else:
            self.bind_pattern(h.param, init=True, source=".catch")  # V8's name for the caught value
        self.s_BlockStatement(h.body)
        self.leave_scope(s)

    def s_WithStatement(self, node: Any) -> None:
        if self.scope.strict:
            raise CompileError("Strict mode code may not include a with statement", node)
        self.expr(node.object)
        self.emit("WITH_ENTER")
        ws = self.scope_of(node)
        self.enter_scope(ws)
        wb = ws.bindings["%with"]
        self.store_binding(wb, 0, init=True)
        self.statement(node.body)
        self.leave_scope(ws)

