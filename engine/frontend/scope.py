"""Scope analysis: gives every binding a home before bytecode is emitted.

One pass over the whole AST declares bindings (var and function declarations hoisted to their
function scope, let/const/class to their block) and resolves every identifier reference to its
binding, marking a binding *captured* when a reference crosses a function boundary. Then
``allocate`` places uncaptured bindings in frame slots and captured ones in the context of their
scope (a heap list ``[parent, slot1, ...]``). A function that contains ``with`` or a direct
``eval`` forces every binding it can see into contexts, so that eval code compiled later can
resolve names against the recorded scope chain.
"""
from __future__ import annotations

from typing import Any, Iterator

LEXICAL = ("let", "const", "class")


class Binding:
    """One declared name."""

    __slots__ = ("name", "kind", "scope", "captured", "loc", "index", "decl_end", "tdz")

    def __init__(self, name: str, kind: str, scope: "Scope", decl_end: int = -1) -> None:
        self.name = name
        # var, let, const, class, function, param, catch, callee, arguments, import (a named
        # import: an indirection to another module's binding), importns (a namespace import)
        self.kind = kind
        self.scope = scope
        self.captured = False
        self.loc = ""             # "local", "ctx", "global" or "import" (set by allocate)
        self.index = -1
        self.decl_end = decl_end  # source offset after which same-function uses need no TDZ check
        self.tdz = kind in LEXICAL

    def __repr__(self) -> str:
        return f"<{self.kind} {self.name} {self.loc}{self.index}>"


class Scope:
    """A function, block, catch, class, script, with or switch scope."""

    def __init__(self, kind: str, parent: "Scope | None", node: Any = None, strict: bool = False) -> None:
        self.kind = kind  # function, arrow, block, catch, class, script, eval, module, with, switch
        self.parent = parent
        self.node = node
        self.strict = strict
        self.bindings: dict[str, Binding] = {}
        self.func: Scope = self if kind in ("function", "arrow", "script", "eval", "module") or parent is None else parent.func
        self.has_eval = False      # contains a direct eval call (function scopes)
        self.dynamic = False       # names here may be looked up at run time (eval / with)
        self.context_size = 0
        self.nlocals = 0           # function scopes: frame slot count
        self.has_context = False
        self.field_initializer = False  # the synthetic function of a class's field initializers

    @property
    def is_function(self) -> bool:
        return self.func is self

    def declare(self, name: str, kind: str, decl_end: int = -1) -> Binding:
        if kind == "var" and name == "arguments" and self.kind == "function":
            # FunctionDeclarationInstantiation steps 22.f, 27: `var arguments` names the
            # arguments object's binding (a parameter, function or lexical declaration of
            # the name is what disables the object)
            kind = "arguments"
        b = self.bindings.get(name)
        if b is None:
            b = self.bindings[name] = Binding(name, kind, self, decl_end)
        elif kind == "function" and b.kind in ("var", "param", "function", "arguments"):
            b.kind = "function" if b.kind != "param" else "param"
        return b

    def lookup_local(self, name: str) -> Binding | None:
        return self.bindings.get(name)

    def chain(self) -> Iterator["Scope"]:
        s: Scope | None = self
        while s is not None:
            yield s
            s = s.parent

    def __repr__(self) -> str:
        return f"<Scope {self.kind} {list(self.bindings)}>"


def is_strict_body(body: list) -> bool:
    """True when a directive prologue contains 'use strict'."""
    for st in body:
        if st.type != "ExpressionStatement" or getattr(st, "directive", None) is None:
            return False
        if st.directive == "use strict":
            return True
    return False


def pattern_names(p: Any) -> Iterator[Any]:
    """The Identifier nodes bound by a binding pattern."""
    t = p.type
    if t == "Identifier":
        yield p
    elif t == "ObjectPattern":
        for prop in p.properties:
            yield from pattern_names(prop.argument if prop.type == "RestElement" else prop.value)
    elif t == "ArrayPattern":
        for e in p.elements:
            if e is not None:
                yield from pattern_names(e)
    elif t == "AssignmentPattern":
        yield from pattern_names(p.left)
    elif t == "RestElement":
        yield from pattern_names(p.argument)


def lexically_declared_names(body: list) -> set[str]:
    """The let, const and class names a statement list declares."""
    names: set[str] = set()
    for s in map(unlabel, body):
        if s.type == "VariableDeclaration" and s.kind != "var":
            names.update(i.name for d in s.declarations for i in pattern_names(d.id))
        elif s.type == "ClassDeclaration" and s.id is not None:
            names.add(s.id.name)
    return names


FUNCTION_TYPES = ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression")


def unexport(st: Any) -> Any:
    """The declaration inside ``export`` (module items), else the statement itself."""
    t = st.type
    if t == "ExportNamedDeclaration" and st.declaration is not None:
        return st.declaration
    if t == "ExportDefaultDeclaration" and st.declaration.type in ("FunctionDeclaration", "ClassDeclaration"):
        return st.declaration
    return st


def declared_name(st: Any) -> str:
    """The binding a function or class declaration creates (``*default*`` for the anonymous
    one of ``export default``, 16.2.3.7)."""
    return st.id.name if st.id is not None else "*default*"


def unlabel(st: Any) -> Any:
    """The statement under any labels (a labelled function declaration is hoisted, B.3.1)."""
    while st.type == "LabeledStatement":
        st = st.body
    return st


class Analyzer:
    """Builds the scope tree: ``scopes`` maps id(node) -> Scope for every scope-creating node,
    ``refs`` maps id(Identifier) -> Binding or None (global / dynamic)."""

    def __init__(self) -> None:
        self.scopes: dict[int, Scope] = {}
        self.refs: dict[int, Binding | None] = {}
        self.keep: list = []  # keep nodes alive so ids stay unique

    # ---- entry points --------------------------------------------------------------------
    def analyze_script(self, program: Any, strict: bool = False, outer: Scope | None = None,
                       kind: str = "script") -> Scope:
        strict = strict or is_strict_body(program.body)
        scope = Scope(kind, outer, program, strict)
        self._set(program, scope)
        self.hoist(program.body, scope)
        self.visit_list(program.body, scope)
        return scope

    def analyze_module(self, program: Any) -> Scope:
        """Module code (16.2.1.6.4 InitializeEnvironment): imports, hoisted declarations and
        the ``*default*`` binding of ``export default <expression>``."""
        scope = Scope("module", None, program, True)
        self._set(program, scope)
        for st in program.body:
            if st.type == "ImportDeclaration":
                for sp in st.specifiers:
                    ns = sp.type == "ImportNamespaceSpecifier"
                    b = scope.declare(sp.local.name, "importns" if ns else "import")
                    b.tdz = False
            elif st.type == "ExportDefaultDeclaration" and st.declaration.type not in (
                    "FunctionDeclaration", "ClassDeclaration"):
                scope.declare("*default*", "const", st.range[1])
        self.hoist([unexport(st) for st in program.body], scope)
        self.visit_list(program.body, scope)
        return scope

    def v_ImportDeclaration(self, node: Any, scope: Scope) -> None:
        pass

    v_ExportAllDeclaration = v_ImportDeclaration

    def v_ExportNamedDeclaration(self, node: Any, scope: Scope) -> None:
        if node.declaration is not None:
            self.visit(node.declaration, scope)
        elif node.source is None:
            for sp in node.specifiers:  # `export { x }` reads x (it must be declared)
                if sp.local.type == "Identifier":
                    self.reference(sp.local, scope)

    def v_ExportDefaultDeclaration(self, node: Any, scope: Scope) -> None:
        self.visit(node.declaration, scope)

    def _set(self, node: Any, scope: Scope) -> None:
        self.scopes[id(node)] = scope
        self.keep.append(node)

    # ---- declarations --------------------------------------------------------------------
    def hoist(self, body: list, scope: Scope) -> None:
        """Declare the var-scoped names of a function/script body and its top-level lexicals."""
        self.hoist_body(body, scope.func)
        self.declare_lexical(body, scope)

    def hoist_body(self, body: list, fscope: Scope) -> None:
        """hoist_var over a function, script or eval body, whose let/const/class names block
        Annex B var bindings."""
        blocked = frozenset(lexically_declared_names(body))
        for st in body:
            self.hoist_var(unlabel(st), fscope, True, blocked)

    def hoist_var(self, st: Any, fscope: Scope, top: bool, blocked: frozenset = frozenset()) -> None:
        """Declare the var-scoped names of ``st`` in ``fscope``. ``blocked``: the names bound
        lexically by the blocks around ``st`` (inside ``fscope``), which an Annex B var
        binding for a block function would clash with."""
        if st is None:
            return
        t = st.type
        if t == "VariableDeclaration":
            if st.kind == "var":
                for d in st.declarations:
                    for ident in pattern_names(d.id):
                        fscope.declare(ident.name, "var")
            return
        if t == "FunctionDeclaration":
            if not top and not fscope.strict and not st.generator and not st.isAsync:
                # Annex B.3.3: a block-level function also gets a var binding, unless a `var`
                # of its name would be an early error (B.3.3.1 step ii) or it is a parameter
                name = st.id.name
                b = fscope.bindings.get(name)
                if fscope.kind == "body":  # B.3.2.1: not a parameter's name
                    b = b or fscope.parent.bindings.get(name)
                skip = name in blocked or (name == "arguments" and fscope.kind in ("function", "body"))
                if not skip and (b is None or b.kind in ("var", "function")):
                    fscope.declare(name, "var")
                    st.annexb_scope = fscope
            return
        if t in ("IfStatement",):
            for clause in ("consequent", "alternate"):
                c = getattr(st, clause)
                if c is not None and c.type == "FunctionDeclaration":
                    # B.3.4: a function declaration as an if clause is a block of its own
                    from esprima import nodes
                    from .parser import copy_position
                    setattr(st, clause, copy_position(nodes.BlockStatement([c]), c))
            self.hoist_var(st.consequent, fscope, False, blocked)
            self.hoist_var(st.alternate, fscope, False, blocked)
        elif t in ("ForStatement", "ForInStatement", "ForOfStatement"):
            head = st.init if t == "ForStatement" else st.left
            if head is not None and head.type == "VariableDeclaration":
                self.hoist_var(head, fscope, False)
                if head.kind != "var":
                    blocked = blocked | {i.name for d in head.declarations for i in pattern_names(d.id)}
            self.hoist_var(st.body, fscope, False, blocked)
        elif t in ("WhileStatement", "DoWhileStatement", "LabeledStatement", "WithStatement"):
            self.hoist_var(st.body, fscope, False, blocked)
        elif t == "BlockStatement" or t == "StaticBlock":
            self.hoist_list(st.body, fscope, blocked)
        elif t == "TryStatement":
            self.hoist_var(st.block, fscope, False, blocked)
            h = st.handler
            if h is not None:
                if h.param is not None and h.param.type != "Identifier":  # B.3.4: only a simple
                    blocked = blocked | {i.name for i in pattern_names(h.param)}  # parameter
                self.hoist_var(h.body, fscope, False, blocked)
            self.hoist_var(st.finalizer, fscope, False, blocked)
        elif t == "SwitchStatement":
            self.hoist_list([s for c in st.cases for s in c.consequent], fscope, blocked)

    def hoist_list(self, body: list, fscope: Scope, blocked: frozenset) -> None:
        """The statements of a block (or case block): its let/const/class names block the
        Annex B var bindings of functions in it, and its function names those of functions
        in nested blocks."""
        functions = {s.id.name for s in map(unlabel, body) if s.type == "FunctionDeclaration"}
        inner = blocked | lexically_declared_names(body)
        nested = inner | functions
        for s in body:
            self.hoist_var(s, fscope, False, inner if unlabel(s).type == "FunctionDeclaration" else nested)

    def declare_lexical(self, body: list, scope: Scope) -> None:
        for st in body:
            st = unlabel(st)
            t = st.type
            if t == "VariableDeclaration" and st.kind != "var":
                for d in st.declarations:
                    for ident in pattern_names(d.id):
                        scope.declare(ident.name, st.kind, d.range[1])
            elif t == "ClassDeclaration":
                scope.declare(declared_name(st), "class", st.range[1])
            elif t == "FunctionDeclaration":
                scope.declare(declared_name(st), "function")

    # ---- traversal -----------------------------------------------------------------------
    def visit_list(self, nodes: list, scope: Scope) -> None:
        for n in nodes:
            if n is not None:
                self.visit(n, scope)

    def visit(self, node: Any, scope: Scope) -> None:
        m = getattr(self, "v_" + node.type, None)
        if m is not None:
            m(node, scope)
        else:
            self.generic(node, scope)

    def generic(self, node: Any, scope: Scope) -> None:
        for key, v in vars(node).items():
            if key[0] == "_" or key in ("type", "range", "loc", "leadingComments", "trailingComments",
                                          "innerComments"):
                continue
            if isinstance(v, list):
                for x in v:
                    if x is not None and type(getattr(x, "type", None)) is str:
                        self.visit(x, scope)
            elif v is not None and type(getattr(v, "type", None)) is str:
                self.visit(v, scope)

    def reference(self, ident: Any, scope: Scope) -> None:
        self.refs[id(ident)] = self.resolve(ident.name, scope)
        self.keep.append(ident)

    def resolve(self, name: str, scope: Scope) -> Binding | None:
        crossed = False
        s: Scope | None = scope
        while s is not None:
            b = s.bindings.get(name)
            if b is not None:
                if crossed:
                    b.captured = True
                return b
            if name == "arguments" and s.kind == "function":
                b = s.declare("arguments", "arguments")
                if crossed:
                    b.captured = True
                return b
            if s.kind in ("with",) or (s.is_function and s.has_eval):
                pass
            if s.is_function and s.kind != "script":
                crossed = True
            if s.kind == "eval":
                crossed = True
            s = s.parent
        return None

    def v_Identifier(self, node: Any, scope: Scope) -> None:
        self.reference(node, scope)

    def v_MemberExpression(self, node: Any, scope: Scope) -> None:
        self.visit(node.object, scope)
        if node.computed or node.property.type == "PrivateIdentifier":
            self.visit(node.property, scope)

    def v_MetaProperty(self, node: Any, scope: Scope) -> None:
        pass

    def v_PrivateIdentifier(self, node: Any, scope: Scope) -> None:
        self.refs[id(node)] = self.resolve("#" + node.name, scope)
        self.keep.append(node)

    def _key_and_value(self, node: Any, scope: Scope) -> None:
        if node.computed:
            self.visit(node.key, scope)
        if node.value is not None:
            self.visit(node.value, scope)

    def v_Property(self, node: Any, scope: Scope) -> None:
        if node.shorthand and node.value.type == "Identifier":
            self.reference(node.value, scope)
            return
        self._key_and_value(node, scope)

    v_MethodDefinition = _key_and_value

    def v_PropertyDefinition(self, node: Any, scope: Scope) -> None:
        if node.computed:
            self.visit(node.key, scope)
        if node.value is not None:
            # field initializers run inside the class's synthetic initializer function
            self.visit(node.value, self.scopes[id(scope.node), "static" if node.static else "fields"])

    def v_LabeledStatement(self, node: Any, scope: Scope) -> None:
        self.visit(node.body, scope)

    def v_BreakStatement(self, node: Any, scope: Scope) -> None:
        pass

    v_ContinueStatement = v_BreakStatement

    def v_BlockStatement(self, node: Any, scope: Scope) -> None:
        bs = Scope("block", scope, node, scope.strict)
        self._set(node, bs)
        self.declare_lexical(node.body, bs)
        self.visit_list(node.body, bs)

    def v_StaticBlock(self, node: Any, scope: Scope) -> None:
        fs = Scope("function", scope, node, True)
        self._set(node, fs)
        self.hoist(node.body, fs)
        self.visit_list(node.body, fs)

    def v_SwitchStatement(self, node: Any, scope: Scope) -> None:
        self.visit(node.discriminant, scope)
        ss = Scope("switch", scope, node, scope.strict)
        self._set(node, ss)
        for c in node.cases:
            self.declare_lexical(c.consequent, ss)
        for c in node.cases:
            if c.test is not None:
                self.visit(c.test, ss)
            self.visit_list(c.consequent, ss)

    def _loop_scope(self, node: Any, decl: Any, scope: Scope) -> Scope:
        if decl is not None and decl.type == "VariableDeclaration" and decl.kind != "var":
            ls = Scope("block", scope, node, scope.strict)
            self._set(node, ls)
            right = getattr(node, "right", None)  # for-in/of: the head's expression sees the TDZ
            for d in decl.declarations:
                for ident in pattern_names(d.id):
                    ls.declare(ident.name, decl.kind, right.range[1] if right is not None else d.range[1])
            return ls
        return scope

    def v_ForStatement(self, node: Any, scope: Scope) -> None:
        ls = self._loop_scope(node, node.init, scope)
        for part in (node.init, node.test, node.update, node.body):
            if part is not None:
                self.visit(part, ls)

    def v_ForInStatement(self, node: Any, scope: Scope) -> None:
        ls = self._loop_scope(node, node.left, scope)
        # the right-hand side sees the loop's lexical names in TDZ
        self.visit(node.right, ls)
        self.visit(node.left, ls)
        self.visit(node.body, ls)

    v_ForOfStatement = v_ForInStatement

    def v_VariableDeclaration(self, node: Any, scope: Scope) -> None:
        for d in node.declarations:
            self.visit(d.id, scope)
            if d.init is not None:
                self.visit(d.init, scope)

    def v_CatchClause(self, node: Any, scope: Scope) -> None:
        cs = Scope("catch", scope, node, scope.strict)
        self._set(node, cs)
        if node.param is not None:
            for ident in pattern_names(node.param):
                cs.declare(ident.name, "catch")
            self.visit(node.param, cs)
        self.v_BlockStatement(node.body, cs)

    def v_WithStatement(self, node: Any, scope: Scope) -> None:
        self.visit(node.object, scope)
        ws = Scope("with", scope, node, scope.strict)
        self._set(node, ws)
        ws.declare("%with", "with")
        ws.dynamic = True
        self.mark_dynamic(scope)
        self.visit(node.body, ws)

    def mark_dynamic(self, scope: Scope) -> None:
        """Every scope visible from here may be searched by name at run time."""
        for s in scope.chain():
            s.dynamic = True

    def v_CallExpression(self, node: Any, scope: Scope) -> None:
        c = node.callee
        if c.type == "Identifier" and c.name == "eval" and not node.optional:
            scope.func.has_eval = True
            self.mark_dynamic(scope)
            if not scope.strict:
                # a sloppy direct eval may create vars in the caller's variable environment
                for s in scope.chain():
                    if s.kind in ("function", "arrow", "body"):
                        s.declare("%evalvars", "evalvars")
                        break
                    if s.kind in ("script", "eval"):
                        break
            # a direct eval may read `arguments`
            for s in scope.chain():
                if s.kind == "function":
                    s.declare("arguments", "arguments")
                    break
        self.generic(node, scope)

    def v_ClassDeclaration(self, node: Any, scope: Scope) -> None:
        self.visit_class(node, scope)

    def v_ClassExpression(self, node: Any, scope: Scope) -> None:
        self.visit_class(node, scope)

    def visit_class(self, node: Any, scope: Scope) -> None:
        cs = Scope("class", scope, node, True)
        self._set(node, cs)
        if node.id is not None:
            cs.declare(node.id.name, "const", node.range[1])
        for m in node.body.body:
            if getattr(m, "key", None) is not None and m.key.type == "PrivateIdentifier":
                # read by the field initializer and method definitions, which are functions
                cs.declare("#" + m.key.name, "private").captured = True
        for part in ("fields", "static"):
            fs = Scope("function", cs, node, True)
            fs.field_initializer = True
            self.scopes[id(node), part] = fs
        if node.superClass is not None:
            self.visit(node.superClass, cs)
        for m in node.body.body:
            self.visit(m, cs)

    def visit_function(self, node: Any, scope: Scope) -> None:
        kind = "arrow" if node.type == "ArrowFunctionExpression" else "function"
        body = node.body
        strict = scope.strict or (body.type == "BlockStatement" and is_strict_body(body.body))
        outer = scope
        if node.type == "FunctionExpression" and node.id is not None:
            outer = Scope("block", scope, None, strict)
            outer.declare(node.id.name, "callee")
            self.scopes[id(node.id)] = outer
            self.keep.append(node.id)
        fs = Scope(kind, outer, node, strict)
        self._set(node, fs)
        for p in node.params:
            for ident in pattern_names(p):
                fs.declare(ident.name, "param")
        simple = all(p.type == "Identifier" for p in node.params)
        if not simple:
            # parameters are in TDZ until their own initializer has run (10.2.11 step 28)
            for p in node.params:
                for ident in pattern_names(p):
                    b = fs.bindings[ident.name]
                    b.tdz = True
                    b.decl_end = p.range[1]
            # parameter expressions: the body's var/lexical names live in their own scope
            for p in node.params:
                self.visit(p, fs)
            bs = Scope("block", fs, body, strict)
            bs.func = fs
            self._set(body, bs)
            bs.kind = "body"
            if body.type == "BlockStatement":
                self.hoist_body(body.body, bs)
                self.declare_lexical(body.body, bs)
                self.visit_list(body.body, bs)
            else:
                self.visit(body, bs)
            return
        for p in node.params:
            self.visit(p, fs)
        if body.type == "BlockStatement":
            self.hoist(body.body, fs)
            self.visit_list(body.body, fs)
        else:
            self.visit(body, fs)

    def v_FunctionDeclaration(self, node: Any, scope: Scope) -> None:
        self.visit_function(node, scope)

    v_FunctionExpression = v_FunctionDeclaration
    v_ArrowFunctionExpression = v_FunctionDeclaration


def allocate(root: Scope, all_scopes: list[Scope]) -> None:
    """Give every binding a home: frame slot, context slot or global."""
    for s in all_scopes:
        if s.kind == "script":
            for b in s.bindings.values():
                b.loc = "global"
            continue
        if s.kind == "module":
            # the module environment is created by the host before any code runs (for
            # cycles), so every binding lives in it; named imports are indirections
            for b in s.bindings.values():
                if b.kind == "import":
                    b.loc = "import"
                    continue
                b.loc = "ctx"
                s.context_size += 1
                b.index = s.context_size
            s.has_context = True
            continue
        force = s.dynamic or s.func.has_eval
        for b in s.bindings.values():
            if b.captured or force:
                b.loc = "ctx"
                s.context_size += 1
                b.index = s.context_size  # slot 0 holds the parent context
                s.has_context = True
            else:
                f = s.func if s.kind != "body" else s.func
                b.loc = "local"
                b.index = f.nlocals
                f.nlocals += 1
