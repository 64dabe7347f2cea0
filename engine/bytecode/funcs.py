"""Functions, classes and the compile entry points (scripts, eval code, the Function constructor)."""
from __future__ import annotations

import functools
import re
import sys
from typing import Any, Callable, TypeVar

import esprima

from ..frontend.parser import parse_source
from ..frontend.scope import Analyzer, Scope, allocate
from .code import CodeObject
from .compiler import UNINIT, CompileError, Unit
from .expr import ExpressionCompiler
from .patterns import PatternCompiler
from .stmt import StatementCompiler

NO_HERITAGE = ("no heritage",)


class ClassInfo:
    """Constant operand of CLASS: what the runtime needs to build the class."""

    def __init__(self, name: str, derived: bool) -> None:
        self.name = name
        self.derived = derived


class FunctionCompiler(StatementCompiler, ExpressionCompiler, PatternCompiler):
    """Compiles one function (or script / eval body) to a CodeObject."""

    # ---- function bodies -----------------------------------------------------------------
    def compile_params_and_body(self, node: Any) -> None:
        code, fs = self.code, self.fscope
        params = node.params
        self.at(node)
        code.length = 0
        for p in params:
            if p.type in ("AssignmentPattern", "RestElement"):
                break
            code.length += 1
        simple = 0
        for i, p in enumerate(params):
            if p.type != "Identifier":
                break
            b = fs.bindings[p.name]
            if b.loc != "local" or b.index != i or any(q.type == "Identifier" and q.name == p.name for q in params[i + 1:]):
                break
            simple += 1
        code.simple_params = simple
        code.has_context = fs.has_context
        if simple < len(params):
            copied = {p.name for p in params[:simple]}
            for b in fs.bindings.values():
                if b.tdz and b.name not in copied and b.loc in ("local", "ctx"):
                    self.emit("CONST", self.const(UNINIT))
                    self.store_binding(b, 0, init=True)
        # FunctionDeclarationInstantiation (10.2.11) step 22: the arguments object exists
        # before the parameters are bound (a default value may read it)
        ab = fs.bindings.get("arguments")
        if ab is not None and ab.kind == "arguments" and fs.kind == "function":
            mapped = not fs.strict and all(p.type == "Identifier" for p in params)
            # 1: mapped; 2: mapped, but there is no parameter to alias (an ordinary object)
            self.emit("ARGUMENTS", (1 if params else 2) if mapped else 0)
            self.store_binding(ab, 0, init=True)
        fstore = fs.bindings.get("%evalvars")
        if fstore is not None:
            # FunctionDeclarationInstantiation step 20: vars of a direct eval in a parameter
            # initializer live outside the parameters' environment (for the body too)
            self.emit("NEW_VAR_STORE")
            self.store_binding(fstore, 0, init=True)
        self.in_params = True
        for i, p in enumerate(params):
            if i < simple:
                continue
            if p.type == "RestElement":
                self.emit("REST", i)
                self.bind_pattern(p.argument, init=True, source="")
            else:
                self.emit("ARG", i)
                self.bind_pattern(p, init=True, source="")  # a parameter is named by its value
        self.in_params = False
        body = node.body
        bscope = self.scope_of(body) if body.type == "BlockStatement" else None
        if bscope is not None and bscope.kind == "body":
            self.enter_scope(bscope)
        else:
            self.init_lexicals(fs)
        var_scope = bscope if bscope is not None and bscope.kind == "body" else fs
        store = var_scope.bindings.get("%evalvars")
        if store is not None and var_scope is not fs:
            self.emit("NEW_VAR_STORE")
            self.store_binding(store, 0, init=True)
        if self.code.kind == "classctor":
            self.emit("INIT_FIELDS")
        if code.is_generator:
            self.emit("GEN_START")
        if body.type == "BlockStatement":
            self.hoist_functions(body.body)
            self.statement_list(body.body)
            self.emit("UNDEF")
            self.emit("RETURN")
        else:
            self.expr(body)
            self.emit("RETURN")

    def init_lexicals(self, s: Scope) -> None:
        """Put the scope's let/const/class bindings in their temporal dead zone."""
        for b in s.bindings.values():
            if b.tdz and b.kind != "param" and b.loc in ("local", "ctx"):
                self.emit("CONST", self.const(UNINIT))
                self.store_binding(b, 0, init=True)

    def child(self, node: Any, name: str, kind: str, definition: Any = None) -> CodeObject:
        """Compile a nested function node into a new CodeObject; ``definition`` is the method
        definition (property or class element) whose source text a method's toString shows."""
        fs = self.scope_of(node)
        code = CodeObject(name, self.unit.filename, kind)
        code.is_generator = bool(node.generator)
        code.is_async = bool(node.isAsync)
        code.source_text = self.source_of(node) if definition is None else self.method_source(definition)
        fc = FunctionCompiler(self.unit, fs, code)
        fc.line = self.line
        fc.compile_params_and_body(node)
        code.nlocals = fs.nlocals
        code.context_size = fs.context_size
        return code

    def method_source(self, m: Any) -> str:
        """The source text of a MethodDefinition: from its name (or get / set / async / *)
        to the end of its body; a class element's `static` is not part of it."""
        src = self.unit.source
        start, end = m.range
        if getattr(m, "static", False):
            start += len("static")
            while True:  # whitespace and comments after `static`
                while start < end and src[start].isspace():
                    start += 1
                if src.startswith("/*", start):
                    start = src.index("*/", start) + 2
                elif src.startswith("//", start):
                    start = src.index("\n", start)
                else:
                    break
        return src[start:end]

    def function_value(self, node: Any, name: str | None = None, method: Any = None,
                       accessor: str | None = None) -> None:
        """Push a new closure for the function ``node``; ``method`` is the method's definition
        (a Property or class element) when it is a method."""
        if node.id is not None:
            name = node.id.name
        kind = "arrow" if node.type == "ArrowFunctionExpression" else ("method" if method is not None else "normal")
        fname = name or ""
        if accessor and name is not None:  # a computed key's accessor is named when defined
            fname = f"{accessor} {fname}"
        code = self.child(node, fname, kind, method)
        if node.type == "FunctionExpression" and node.id is not None:
            cs = self.unit.analyzer.scopes.get(id(node.id))
            if cs is not None and cs.has_context:
                code.callee_context = True
        self.emit("CLOSURE", self.const_obj(code))

    # ---- classes -------------------------------------------------------------------------
    def class_value(self, node: Any, name: str | None = None) -> None:
        """Push the class constructor built from the class ``node``."""
        cname = node.id.name if node.id is not None else (name or "")
        cs = self.scope_of(node)
        outer_scope = self.scope
        members = node.body.body
        for m in members:
            if (m.type == "PropertyDefinition" and m.computed) or \
                    (m.type == "MethodDefinition" and m.key.type == "PrivateIdentifier"):
                # computed field keys and private methods (created once per class evaluation)
                # live in hidden class-context slots for the initializers
                cs.context_size += 1
                cs.has_context = True
                m._key_slot = cs.context_size
        self.enter_scope(cs)
        # private names are created once per class evaluation
        made = set()
        for m in members:
            key = getattr(m, "key", None)
            if key is not None and key.type == "PrivateIdentifier" and key.name not in made:
                made.add(key.name)
                self.emit("PRIVATE_NAME", self.const("#" + key.name))
                self.store_binding(cs.bindings["#" + key.name], 0, init=True)
        if node.superClass is not None:
            self.expr(node.superClass)
        else:
            self.emit("CONST", self.const_obj(NO_HERITAGE))
        ctor = next((m for m in members if m.type == "MethodDefinition" and m.kind == "constructor"), None)
        derived = node.superClass is not None
        if ctor is not None:
            code = self.child(ctor.value, cname, "derivedctor" if derived else "classctor")
        else:
            code = self.default_constructor(cname, derived)
        code.is_class_constructor = True
        code.source_text = self.source_of(node)
        self.emit("CLOSURE", self.const_obj(code))
        self.emit("CLASS", self.const_obj(ClassInfo(cname, derived)))
        proto_t, ctor_t = self.temp(), self.temp()
        self.emit("PUT_LOCAL", ctor_t)
        self.emit("PUT_LOCAL", proto_t)
        if node.id is not None:
            self.emit("GET_LOCAL", ctor_t)
            self.store_binding(cs.bindings[node.id.name], 0, init=True)
        # InitializeInstanceElements / ClassDefinitionEvaluation: private methods are added
        # before any field is defined
        instance_methods: list = []
        instance_fields: list = []
        static_methods: list = []
        static_parts: list = []
        for m in members:
            self.at(m)
            if m.type == "MethodDefinition":
                if m.kind == "constructor":
                    continue
                if m.key.type == "PrivateIdentifier":
                    self.emit("GET_LOCAL", ctor_t if m.static else proto_t)
                    self.function_value(m.value, "#" + m.key.name, method=m,
                                        accessor=m.kind if m.kind in ("get", "set") else None)
                    self.emit("SET_HOME_OBJECT")
                    self.emit("PUT_CTX", m._key_slot)
                    (static_methods if m.static else instance_methods).append(m)
                    continue
                self.emit("GET_LOCAL", ctor_t if m.static else proto_t)
                self.property_key(m)
                accessor = m.kind if m.kind in ("get", "set") else None
                self.function_value(m.value, self.static_key_name(m), method=m, accessor=accessor)
                self.emit("DEFINE_METHOD", {"method": 0, "get": 1, "set": 2}[m.kind])
                self.emit("POP")
            elif m.type == "PropertyDefinition":
                if m.computed:
                    # computed field keys are evaluated once, at class definition time
                    self.expr(m.key)
                    self.emit("TO_PROPKEY")
                    self.emit("PUT_CTX", m._key_slot)
                (static_parts if m.static else instance_fields).append(m)
            elif m.type == "StaticBlock":
                static_parts.append(m)
        instance_fields = instance_methods + instance_fields
        static_parts = static_methods + static_parts
        if instance_fields:
            self.emit("GET_LOCAL", ctor_t)
            self.initializer(node, instance_fields, "fields", proto_t)
            self.emit("SET_FIELDS")
            self.emit("POP")
        if static_parts:
            self.emit("GET_LOCAL", ctor_t)
            self.initializer(node, static_parts, "static", ctor_t)
            # call the static initializer with this = the constructor: [this fn] CALL 0
            self.emit("CALL", 0, -1)
            self.emit("POP")
        self.emit("GET_LOCAL", ctor_t)
        self.free(proto_t)
        self.free(ctor_t)
        self.leave_scope(cs)
        self.scope = outer_scope

    def initializer(self, node: Any, parts: list, which: str, home_t: int) -> None:
        """Push the synthetic function that defines instance fields / runs static elements."""
        fs = self.unit.analyzer.scopes[id(node), which]
        code = CodeObject("<fields>" if which == "fields" else "<static>", self.unit.filename, "method")
        code.source_text = ""
        fc = FunctionCompiler(self.unit, fs, code)
        fc.line = self.line
        fc.init_lexicals(fs)
        for m in parts:
            fc.at(m)
            if m.type == "StaticBlock":
                fc.emit("THIS")
                sb = self.unit.analyzer.scopes[id(m)]
                bcode = CodeObject("<static block>", self.unit.filename, "method")
                bc = FunctionCompiler(self.unit, sb, bcode)
                bc.line = fc.line
                bc.init_lexicals(sb)
                bc.hoist_functions(m.body)
                bc.statement_list(m.body)
                bc.emit("UNDEF")
                bc.emit("RETURN")
                bcode.nlocals = sb.nlocals
                bcode.context_size = sb.context_size
                bcode.has_context = sb.has_context
                fc.emit("CLOSURE", fc.const_obj(bcode))
                fc.emit("CALL", 0, -1)
                fc.emit("POP")
                continue
            fc.emit("THIS")
            key = m.key
            if key.type == "PrivateIdentifier":
                fc.private_name(key)
                if m.type == "MethodDefinition":  # the class's one closure (see class_value)
                    fc.emit("GET_CTX", fc.binding_depth_to_scope(fs.parent) << 16 | m._key_slot)
                    fc.emit("ADD_PRIVATE", {"method": 1, "get": 2, "set": 3}[m.kind])
                else:
                    if m.value is None:
                        fc.emit("UNDEF")
                    else:
                        fc.expr_named(m.value, "#" + key.name)
                    fc.emit("ADD_PRIVATE", 0)
            else:
                if m.computed:
                    depth = fc.binding_depth_to_scope(fs.parent)
                    fc.emit("GET_CTX", depth << 16 | m._key_slot)
                else:
                    fc.emit("CONST", fc.const(self.static_key_name(m)))
                if m.value is None:
                    fc.emit("UNDEF")
                else:
                    fc.expr(m.value)
                    if m.value.type in ("FunctionExpression", "ArrowFunctionExpression", "ClassExpression") \
                            and getattr(m.value, "id", None) is None:
                        fc.emit("SET_FN_NAME", 0)
                fc.emit("DEFINE_ELEM")
            fc.emit("POP")
        fc.emit("UNDEF")
        fc.emit("RETURN")
        code.nlocals = fs.nlocals
        code.context_size = fs.context_size
        code.has_context = fs.has_context
        self.emit("CLOSURE", self.const_obj(code))
        # the initializer's home object is the prototype (fields) or the constructor (static)
        self.emit("GET_LOCAL", home_t)
        self.emit("SWAP")
        self.emit("SET_HOME_OBJECT")

    def binding_depth_to_scope(self, target: Scope) -> int:
        depth = 0
        s: Scope | None = self.scope
        while s is not None and s is not target:
            if s.has_context:
                depth += 1
            s = s.parent
        return depth

    def default_constructor(self, name: str, derived: bool) -> CodeObject:
        code = CodeObject(name, self.unit.filename, "derivedctor" if derived else "classctor")
        fc = FunctionCompiler(self.unit, Scope("function", self.scope, None, True), code)
        fc.line = self.line
        if derived:
            fc.emit("REST", 0)
            fc.emit("SUPER_CALL")
            fc.emit("POP")
        else:
            fc.emit("INIT_FIELDS")
        fc.emit("UNDEF")
        fc.emit("RETURN")
        code.nlocals = fc.fscope.nlocals
        return code

    # ---- eval ----------------------------------------------------------------------------
    def eval_info(self) -> Any:
        """What a direct eval at this point needs: the scope chain and strictness."""
        return EvalSite(self.scope, self.scope.strict, self.fscope, self.in_params)


class EvalSite:
    """A direct eval call site: its scope chain, strictness, and whether it sits in a
    parameter initializer (whose eval code gets a variable environment of its own)."""

    __slots__ = ("scope", "strict", "fscope", "in_params")

    def __init__(self, scope: Scope, strict: bool, fscope: Scope, in_params: bool) -> None:
        self.scope = scope
        self.strict = strict
        self.fscope = fscope
        self.in_params = in_params


# ---- entry points -------------------------------------------------------------------------
NESTING_RECURSION_LIMIT = 20000
F = TypeVar("F", bound=Callable[..., Any])


def nesting_limited(entry: F) -> F:
    """A parse or compile entry point that may recurse NESTING_RECURSION_LIMIT Python frames
    deep whatever the host's recursion limit: esprima recurses some 30 frames per nesting
    level (32 nested functions exceed Python's default limit of 1000), scope analysis and code
    generation a few. Deeper sources are a SyntaxError. Python-to-Python calls do not grow the
    C stack in 3.11 (the regexp compiler does the same)."""
    @functools.wraps(entry)
    def run(*args: Any, **kwargs: Any) -> Any:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, NESTING_RECURSION_LIMIT))
        try:
            return entry(*args, **kwargs)
        except RecursionError:
            raise CompileError("Maximum nesting depth exceeded while parsing", None) from None
        finally:
            sys.setrecursionlimit(limit)
    return run  # type: ignore[return-value]


@nesting_limited
def parse(source: str, filename: str, allow_await: bool = False, module: bool = False,
          **eval_context: Any) -> Any:
    """Parse a Script; esprima errors become CompileError with line/column. ``allow_await``
    a REPL input, where `await` may appear at the top level (as in node); ``module`` a
    Module; ``eval_context`` what a direct eval's code may use (parse_source's in_function,
    in_method, in_derived_ctor, private_names and strict)."""
    try:
        return parse_source(source, module=module, allow_await=allow_await, **eval_context)
    except esprima.Error as e:
        msg = _clean_message(e.message)
        if msg == "Unexpected identifier":
            msg = _unexpected_identifier(source, e.index)
        elif msg == "Unexpected reserved word" and source.startswith("super", e.index):
            msg = "'super' keyword unexpected here"  # V8's message for super outside any function
        raise CompileError(msg, _Pos(e.lineNumber, e.column)) from None
    except AssertionError:  # esprima's internal checks on some malformed input (`${}` in a case)
        raise CompileError("Unexpected token", None) from None


# esprima's wording -> V8's, where they differ
V8_MESSAGES = {
    "Strict mode function may not have duplicate parameter names":
        "Duplicate parameter name not allowed in this context",
    "Unexpected token ILLEGAL": "Invalid or unexpected token",  # a character no token starts with
    "super property access is not valid in this context": "'super' keyword unexpected here",
    "super() is only valid in a derived class constructor": "'super' keyword unexpected here",
}


def _clean_message(msg: str) -> str:
    if msg.startswith("Line ") and ": " in msg:
        msg = msg.split(": ", 1)[1]
    if msg.startswith("Duplicate export '"):
        return "Duplicate export of " + msg[len("Duplicate export "):]
    if msg.startswith("Export '") and msg.endswith("' is not defined"):
        return msg + " in module"
    if msg.startswith("Private name '") and msg.endswith("' is not declared in an enclosing class"):
        return f"Private field '{msg.split(chr(39))[1]}' must be declared in an enclosing class"
    if msg.startswith("Unexpected token ") and msg != "Unexpected token ILLEGAL":
        return f"Unexpected token '{msg[len('Unexpected token '):]}'"  # V8 quotes the token
    return V8_MESSAGES.get(msg, msg)


_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})")


def _unexpected_identifier(source: str, index: int) -> str:
    """V8's "Unexpected identifier 'name'" (its escapes decoded), from the token at ``index``."""
    try:
        token = esprima.tokenize(source[index:index + 256])[0]
    except (esprima.Error, IndexError, AssertionError):
        return "Unexpected identifier"
    if token.type != "Identifier":
        return "Unexpected identifier"
    return f"Unexpected identifier '{_ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)), token.value)}'"


class _Pos:
    """A node stand-in carrying only a position (for parse errors)."""

    def __init__(self, line: int, column: int) -> None:
        self.loc = type("L", (), {"start": type("P", (), {"line": line, "column": max(column - 1, 0)})()})()


def _collect_scopes(an: Analyzer) -> list:
    seen: dict[int, Scope] = {}
    for s in an.scopes.values():
        seen.setdefault(id(s), s)
    return list(seen.values())


@nesting_limited
def compile_script(source: str, filename: str, strict: bool = False, allow_await: bool = False) -> CodeObject:
    """Compile a Script to the CodeObject of its top level. With ``allow_await`` (the REPL),
    a script that awaits at its top level compiles to async code: running it gives a promise
    of its completion value."""
    program = parse(source, filename) if not allow_await else _parse_tla(source, filename)
    an = Analyzer()
    scope = an.analyze_script(program, strict)
    allocate(scope, _collect_scopes(an))
    code = CodeObject("<script>", filename, "script")
    if allow_await:
        from .modules import has_top_level_await
        code.is_async = has_top_level_await(program)
    unit = Unit(an, source, filename)
    fc = FunctionCompiler(unit, scope, code)
    fc.completion = fc.temp()
    declare_globals(fc, program, scope)
    fc.hoist_functions(program.body)
    fc.statements(program.body)
    fc.emit("GET_LOCAL", fc.completion)
    fc.emit("RETURN")
    code.nlocals = scope.nlocals
    code.source_text = source
    return code


def _parse_tla(source: str, filename: str) -> Any:
    """A script as such, else (when that fails) with top-level `await` allowed."""
    try:
        return parse(source, filename)
    except CompileError:
        try:
            return parse(source, filename, allow_await=True)
        except CompileError:
            pass
        raise


def declare_globals(fc: FunctionCompiler, program: Any, scope: Scope, is_eval: bool = False) -> None:
    """GlobalDeclarationInstantiation (16.1.7), or EvalDeclarationInstantiation for global
    eval code (whose vars are deletable): one DECLARE with every top-level name."""
    var_names = tuple(b.name for b in scope.bindings.values() if b.kind in ("var", "function"))
    fn_names = tuple(b.name for b in scope.bindings.values() if b.kind == "function")
    lex = [(b.name, b.kind) for b in scope.bindings.values()
           if b.kind in ("let", "const", "class") and b.loc == "global"]
    fc.emit("DECLARE", fc.const_obj((var_names, fn_names, tuple(lex), is_eval)))


@nesting_limited
def compile_eval(source: str, site: EvalSite | None, strict_caller: bool, filename: str = "<eval>",
                 referrer: str | None = None, in_method: bool = False, in_derived_ctor: bool = False) -> CodeObject:
    """Compile eval code. ``site`` is None for an indirect eval (global scope); ``referrer``
    is the script or module that import() in the eval code resolves against; ``in_method``
    and ``in_derived_ctor``: the direct eval's function has a super binding, is a derived
    constructor (19.2.1.1 PerformEval step 10.b)."""
    if site is None:
        program = parse(source, filename)
    else:
        private = frozenset(n for s in site.scope.chain() for n in s.bindings if n[0] == "#")
        program = parse(source, filename, in_function=in_ordinary_function(site.scope), in_method=in_method,
                        in_derived_ctor=in_derived_ctor, private_names=private, strict=site.strict or strict_caller)
    an = Analyzer()
    store_names: list = []
    global_names: list = []
    if site is None:
        scope = an.analyze_script(program, False)
        allocate(scope, _collect_scopes(an))
        code = CodeObject("<eval>", filename, "script")
        strict = scope.strict
        if strict:
            # strict indirect eval: its var names are local to the eval
            for b in scope.bindings.values():
                b.loc = ""
            scope.kind = "eval"
            scope.func = scope
            allocate(scope, _collect_scopes(an))
        else:
            # let/const/class of eval code live in a new lexical environment, not the global one
            for b in scope.bindings.values():
                if b.kind in ("let", "const", "class"):
                    scope.context_size += 1
                    b.loc, b.index = "ctx", scope.context_size
                    scope.has_context = True
    else:
        if in_field_initializer(site.scope) and contains_arguments(program):
            raise CompileError("'arguments' is not allowed in class field initializer or static "
                               "initialization block", None)
        strict = site.strict or strict_caller
        scope = an.analyze_script(program, strict, outer=site.scope, kind="eval")
        if site.in_params and not scope.strict:
            check_param_eval_vars(scope, site.fscope)
        if not scope.strict:
            global_functions = tuple(n for n, b in scope.bindings.items() if b.kind == "function")
            store_names, global_names = hoist_eval_vars(scope, site.scope)
        allocate(scope, _collect_scopes(an))
        code = CodeObject("<eval>", filename, "eval")
    unit = Unit(an, source, filename, referrer)
    fc = FunctionCompiler(unit, scope, code)
    fc.completion = fc.temp()
    fc.init_lexicals(scope)
    if scope.kind == "script":
        declare_globals(fc, program, scope, is_eval=True)
    else:
        if global_names:
            fc.emit("DECLARE_EVAL_GLOBALS", fc.const_obj((tuple(global_names), global_functions)))
        if store_names:
            store = var_scope_of(site.scope).bindings["%evalvars"]
            fc.load_binding(store, fc.binding_depth(store), False)
            fc.emit("DECLARE_EVAL_VARS", fc.const_obj(tuple(store_names)))
    code.has_context = scope.has_context
    code.context_size = scope.context_size
    fc.hoist_functions(program.body, init=scope.kind == "script" or scope.strict)
    fc.statements(program.body)
    fc.emit("GET_LOCAL", fc.completion)
    fc.emit("RETURN")
    code.nlocals = scope.nlocals
    code.strict = scope.strict
    return code


def in_ordinary_function(scope: Scope) -> bool:
    """Whether code at ``scope`` sees a function's new.target (arrows see their outer one)."""
    s: Scope | None = scope
    while s is not None:
        if s.kind == "function":
            return True
        if s.kind in ("script", "eval") and s.parent is None:
            return False
        s = s.parent
    return False


def in_field_initializer(scope: Scope) -> bool:
    """Is code at ``scope`` in a class field initializer (arrow functions see through)?"""
    s: Scope | None = scope
    while s is not None and s.kind != "function":
        s = s.parent
    return s is not None and s.field_initializer


def contains_arguments(node: Any) -> bool:
    """Static Semantics: ContainsArguments (for PerformEval, 19.2.1.1): a reference to
    `arguments` outside non-arrow functions."""
    t = getattr(node, "type", None)
    if t == "Identifier":
        return node.name == "arguments"
    if t in ("FunctionDeclaration", "FunctionExpression"):
        return False
    for key, v in vars(node).items():
        if key[0] == "_" or key in ("range", "loc", "type"):
            continue
        if key in ("property", "key") and not getattr(node, "computed", False):
            continue  # a property name, not a reference
        for x in v if isinstance(v, list) else (v,):
            if type(getattr(x, "type", None)) is str and contains_arguments(x):
                return True
    return False


def var_scope_of(scope: Scope) -> Scope:
    """The variable environment a sloppy direct eval at ``scope`` declares its vars in."""
    s = scope
    while s.kind not in ("function", "arrow", "body", "script", "eval"):
        s = s.parent
    return s


def check_param_eval_vars(scope: Scope, fscope: Scope) -> None:
    """EvalDeclarationInstantiation (19.2.1.3) step 3.d for a sloppy direct eval in a parameter
    initializer: its vars go to the environment outside the parameters', so one named like a
    parameter (or `arguments`, bound with the parameters of a non-arrow function) is a
    SyntaxError."""
    for name, b in scope.bindings.items():
        if b.kind not in ("var", "function"):
            continue
        own = fscope.bindings.get(name)
        if (own is not None and own.kind == "param") or (name == "arguments" and fscope.kind == "function"):
            raise CompileError(f"Identifier '{name}' has already been declared", None)


def check_no_lexical(name: str, caller: Scope, target: Scope) -> None:
    """EvalDeclarationInstantiation (19.2.1.3) step 3: a var of sloppy eval code may not
    hoist past a lexical binding of its name, from the eval's scope up to its variable
    environment (catch parameters excepted, B.3.4)."""
    s = caller
    while True:
        b = s.bindings.get(name)
        if b is not None and s.kind not in ("with", "catch") and (
                s is not target or b.kind in ("let", "const", "class")):
            raise CompileError(f"Identifier '{name}' has already been declared", None)
        if s is target:
            return
        s = s.parent


def hoist_eval_vars(scope: Scope, caller: Scope) -> tuple[list, list]:
    """EvalDeclarationInstantiation (19.2.1.3) for sloppy direct eval: the eval's var and
    function names leave its own scope for the caller's variable environment. Returns the
    names to create in the function's eval var store and those to create as globals."""
    target = var_scope_of(caller)
    store_names: list = []
    global_names: list = []
    for name, b in list(scope.bindings.items()):
        if b.kind not in ("var", "function"):
            continue
        check_no_lexical(name, caller, target)
        del scope.bindings[name]
        if target.kind == "script":
            if name not in target.bindings:
                global_names.append(name)
        elif name not in target.bindings:
            store_names.append(name)
    return store_names, global_names


@nesting_limited
def compile_function_source(params: str, body: str, kind: str) -> CodeObject:
    """CreateDynamicFunction (20.2.1.1.1): compile ``(function anonymous(params\\n) {\\nbody\\n})``."""
    prefix = {"normal": "function", "generator": "function*", "async": "async function",
              "asyncgenerator": "async function*"}[kind]
    source = f"({prefix} anonymous({params}\n) {{\n{body}\n}})"
    # the parameters and body must each parse on their own (no injection through "){")
    program = parse(source, "<anonymous>")
    if len(program.body) != 1 or program.body[0].type != "ExpressionStatement":
        raise CompileError("Invalid function body", None)
    an = Analyzer()
    scope = an.analyze_script(program, False)
    allocate(scope, _collect_scopes(an))
    unit = Unit(an, source, "<anonymous>")
    fc = FunctionCompiler(unit, scope, CodeObject("<script>", "<anonymous>", "script"))
    node = program.body[0].expression
    code = fc.child(node, "anonymous", "normal")
    code.source_text = source[1:-1]
    return code
