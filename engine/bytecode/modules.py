"""Module code (16.2): the static records of a Source Text Module Record (ParseModule,
16.2.1.6.1) and its two code objects: ``init`` instantiates the hoisted functions and puts the
lexical bindings in their TDZ (InitializeEnvironment, 16.2.1.6.4), ``body`` evaluates the
module (ExecuteModule; an async function when the module has a top-level ``await``).

Both run with the module environment as the frame's context: a list ``[None, slot1, ...]``
that the host creates when it parses the module, so that other modules can bind to it before
it is initialized (cycles). A named import is an ``ImportCell`` that linking points at the
exporting module's environment slot; code reads it with GET_IMPORT.
"""
from __future__ import annotations

from typing import Any

from ..frontend.scope import Analyzer, Scope, allocate, declared_name, unexport
from .code import CodeObject
from .compiler import CompileError, Unit, UNINIT
from .funcs import FunctionCompiler, _collect_scopes, nesting_limited, parse

NAMESPACE = "*namespace*"  # ImportName / binding name of a namespace (16.2.1.6)
ALL = "*all*"              # `export * as ns`: ExportEntry.[[ImportName]] all
ALL_BUT_DEFAULT = "*all-but-default*"


class ImportCell:
    """The indirection of one named import binding: ``env[index]`` of the module the import
    resolves to (set by linking)."""

    __slots__ = ("env", "index", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self.env: list = [UNINIT]
        self.index = 0


class ModuleRequest:
    """A ModuleRequest Record: the specifier and the import attributes (16.2.1.3)."""

    __slots__ = ("specifier", "attributes", "node")

    def __init__(self, specifier: str, attributes: tuple, node: Any) -> None:
        self.specifier = specifier
        self.attributes = attributes  # ((key, value), ...) sorted by key
        self.node = node

    def key(self) -> tuple:
        return (self.specifier, self.attributes)


class ImportEntry:
    __slots__ = ("request", "import_name", "local_name", "node")

    def __init__(self, request: ModuleRequest, import_name: str, local_name: str, node: Any) -> None:
        self.request = request
        self.import_name = import_name
        self.local_name = local_name
        self.node = node


class ExportEntry:
    __slots__ = ("export_name", "request", "import_name", "local_name", "node")

    def __init__(self, export_name: str | None, request: ModuleRequest | None, import_name: str | None,
                 local_name: str | None, node: Any) -> None:
        self.export_name = export_name
        self.request = request
        self.import_name = import_name
        self.local_name = local_name
        self.node = node


class ModuleCode:
    """What the host needs of a parsed module."""

    def __init__(self) -> None:
        self.requests: list[ModuleRequest] = []
        self.import_entries: list[ImportEntry] = []
        self.local_exports: list[ExportEntry] = []
        self.indirect_exports: list[ExportEntry] = []
        self.star_exports: list[ExportEntry] = []
        self.slots: dict[str, int] = {}          # module binding -> environment slot
        self.import_cells: dict[str, ImportCell] = {}
        self.context_size = 0
        self.has_tla = False
        self.init: CodeObject | None = None
        self.body: CodeObject | None = None


def _name(node: Any) -> str:
    """ModuleExportName: an IdentifierName or a string literal."""
    from ..runtime.values import from_host_str
    if node.type == "Literal":
        v = from_host_str(node.value)
        if not _well_formed(v):
            raise CompileError("An export name cannot include a lone surrogate", node)
        return v
    return node.name


def _well_formed(s: str) -> bool:
    """IsStringWellFormedUnicode over UTF-16 code units."""
    i, n = 0, len(s)
    while i < n:
        c = ord(s[i])
        if 0xD800 <= c <= 0xDBFF:
            if i + 1 < n and 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                i += 2
                continue
            return False
        if 0xDC00 <= c <= 0xDFFF:
            return False
        i += 1
    return True


def _attributes(node: Any) -> tuple:
    """WithClauseToAttributes (16.2.2.4): sorted (key, value) pairs; duplicates are an early
    error."""
    from ..runtime.values import from_host_str
    seen: dict[str, str] = {}
    for a in getattr(node, "attributes", None) or ():
        key = a.key.name if a.key.type == "Identifier" else from_host_str(a.key.value)
        if key in seen:
            raise CompileError(f"Import attribute has duplicate key '{key}'", a)
        seen[key] = from_host_str(a.value.value)
    return tuple(sorted(seen.items()))


class _Records:
    """ParseModule steps 4-10: module requests, import and export entries."""

    def __init__(self, mc: ModuleCode) -> None:
        self.mc = mc
        self.by_key: dict[tuple, ModuleRequest] = {}
        self.exported: set[str] = set()

    def request(self, st: Any) -> ModuleRequest:
        from ..runtime.values import from_host_str
        req = ModuleRequest(from_host_str(st.source.value), _attributes(st), st.source)
        known = self.by_key.get(req.key())
        if known is not None:
            return known
        self.by_key[req.key()] = req
        self.mc.requests.append(req)
        return req

    def export_name(self, name: str, node: Any) -> None:
        if name in self.exported:
            raise CompileError(f"Duplicate export of '{name}'", node)
        self.exported.add(name)

    def collect(self, body: list, scope: Scope) -> None:
        mc = self.mc
        imports: dict[str, ImportEntry] = {}
        local_specs: list = []
        for st in body:
            t = st.type
            if t == "ImportDeclaration":
                req = self.request(st)
                for sp in st.specifiers:
                    if sp.type == "ImportNamespaceSpecifier":
                        name = NAMESPACE
                    elif sp.type == "ImportDefaultSpecifier":
                        name = "default"
                    else:
                        name = _name(sp.imported)
                    e = ImportEntry(req, name, sp.local.name, sp)
                    mc.import_entries.append(e)
                    imports[sp.local.name] = e
            elif t == "ExportAllDeclaration":
                req = self.request(st)
                if st.exported is None:
                    mc.star_exports.append(ExportEntry(None, req, ALL_BUT_DEFAULT, None, st))
                else:
                    name = _name(st.exported)
                    self.export_name(name, st.exported)
                    mc.indirect_exports.append(ExportEntry(name, req, ALL, None, st.exported))
            elif t == "ExportDefaultDeclaration":
                self.export_name("default", st)
                d = st.declaration
                local = declared_name(d) if d.type in ("FunctionDeclaration", "ClassDeclaration") else "*default*"
                mc.local_exports.append(ExportEntry("default", None, None, local, st))
            elif t == "ExportNamedDeclaration":
                if st.declaration is not None:
                    d = st.declaration
                    if d.type == "VariableDeclaration":
                        from ..frontend.scope import pattern_names
                        names = [i.name for dd in d.declarations for i in pattern_names(dd.id)]
                    else:
                        names = [d.id.name]
                    for n in names:
                        self.export_name(n, d)
                        mc.local_exports.append(ExportEntry(n, None, None, n, d))
                    continue
                req = self.request(st) if st.source is not None else None
                for sp in st.specifiers:
                    name = _name(sp.exported)
                    self.export_name(name, sp.exported)
                    if req is not None:
                        mc.indirect_exports.append(ExportEntry(name, req, _name(sp.local), None, sp))
                    else:
                        if sp.local.type == "Literal":
                            raise CompileError("A string export name needs 'from'", sp.local)
                        local_specs.append((name, sp.local.name, sp))
        # ParseModule step 10: an exported import is re-exported from its module
        for name, local, sp in local_specs:
            if local not in scope.bindings:
                raise CompileError(f"Export '{local}' is not defined in module", sp.local)
            ie = imports.get(local)
            if ie is None:
                mc.local_exports.append(ExportEntry(name, None, None, local, sp))
            else:  # a re-exported namespace import is `export * as name` of its module
                what = ALL if ie.import_name == NAMESPACE else ie.import_name
                mc.indirect_exports.append(ExportEntry(name, ie.request, what, None, sp))


def has_top_level_await(node: Any) -> bool:
    """Does module code await outside any function (`await`, `for await`, `await using`)?"""
    t = getattr(node, "type", None)
    if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"):
        return False
    if t == "AwaitExpression" or (t == "ForOfStatement" and node.allowAwait) or \
            (t == "VariableDeclaration" and getattr(node, "using", None) == "await using"):
        return True
    if t in ("ClassDeclaration", "ClassExpression"):
        # computed keys and the heritage run in module code; bodies of members do not
        parts = [node.superClass] + [m.key for m in node.body.body if getattr(m, "computed", False)]
        return any(p is not None and has_top_level_await(p) for p in parts)
    for key, v in vars(node).items():
        if key[0] == "_" or key in ("range", "loc", "type"):
            continue
        if isinstance(v, list):
            if any(getattr(x, "type", None) is not None and has_top_level_await(x) for x in v):
                return True
        elif getattr(v, "type", None) is not None and type(v.type) is str and has_top_level_await(v):
            return True
    return False


@nesting_limited
def compile_module(source: str, filename: str, record: Any) -> ModuleCode:
    """ParseModule (16.2.1.6.1) and compilation; ``record`` is the host's module record
    (the constant of import.meta)."""
    program = parse(source, filename, module=True)
    an = Analyzer()
    scope = an.analyze_module(program)
    mc = ModuleCode()
    _Records(mc).collect(program.body, scope)
    allocate(scope, _collect_scopes(an))
    unit = Unit(an, source, filename)
    unit.module = record
    for b in scope.bindings.values():
        if b.loc == "import":
            mc.import_cells[b.name] = unit.import_cells[b.name] = ImportCell(b.name)
        else:
            mc.slots[b.name] = b.index
    mc.context_size = scope.context_size
    mc.has_tla = has_top_level_await(program)
    mc.init = _module_code(unit, scope, "<module init>", filename)
    ic = FunctionCompiler(unit, scope, mc.init)
    ic.init_lexicals(scope)
    for st in map(unexport, program.body):
        if st.type == "FunctionDeclaration":
            ic.at(st)
            ic.function_value(st, "default")
            ic.store_binding(scope.bindings[declared_name(st)], 0, init=True)
    ic.emit("UNDEF")
    ic.emit("RETURN")
    mc.body = _module_code(unit, scope, "<module>", filename)
    mc.body.is_async = mc.has_tla
    bc = FunctionCompiler(unit, scope, mc.body)
    bc.statement_list(program.body)
    bc.emit("UNDEF")
    bc.emit("RETURN")
    for code in (mc.init, mc.body):
        code.nlocals = scope.nlocals
        code.source_text = source
    return mc


def _module_code(unit: Unit, scope: Scope, name: str, filename: str) -> CodeObject:
    code = CodeObject(name, filename, "module")
    code.strict = True
    code.this_mode = 0
    code.has_context = False  # the host provides the module environment
    code.context_size = scope.context_size
    return code
