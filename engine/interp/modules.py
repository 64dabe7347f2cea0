"""Module records, linking and evaluation (16.2.1), the module namespace exotic object (10.4.6),
import() (13.3.10) and import.meta (13.3.12), with the host's loading as node does it for
files: relative and absolute paths and file: URLs, one module map per realm keyed by the
resolved path and the module type.

Loading is synchronous (the host reads files): a static import graph is loaded before linking,
and import() loads its graph, then links and evaluates it in a later job.
"""
from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote, unquote, urlparse

from ..bytecode.compiler import UNINIT, CompileError
from ..bytecode.modules import ALL, ALL_BUT_DEFAULT, NAMESPACE, ModuleCode, ModuleRequest, compile_module
from ..runtime import promise as P
from ..runtime.access import call
from ..runtime.errors import JSThrow, make_error
from ..runtime.objects import ABSENT, JSObject, PropertyDescriptor, same_value
from ..runtime.realm import current_realm
from ..runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from ..runtime.values import JSSymbol, WellKnown, from_host_str, to_host_str
from .functions import make_function

AMBIGUOUS = "ambiguous"
#: source text of every module read, by path (the shell shows the line of an error)
SOURCES: dict[str, str] = {}


class ResolvedBinding:
    """A ResolvedBinding Record (16.2.1.6.3): a module and one of its binding names, or
    NAMESPACE for its namespace object."""

    __slots__ = ("module", "name")

    def __init__(self, module: "ModuleRecord", name: str) -> None:
        self.module = module
        self.name = name

    def location(self) -> tuple[list, int]:
        """The (environment, slot) holding the binding's value."""
        m = self.module
        if self.name == NAMESPACE:
            return [get_module_namespace(m)], 0
        return m.env, m.code.slots[self.name]


def _error(kind: str, message: str, node: Any = None, path: str | None = None) -> JSThrow:
    """A JS error; with a node and a path it carries file:line:col for the shell."""
    err = make_error(kind, from_host_str(message))
    loc = getattr(node, "loc", None)
    if loc is not None and path is not None:
        err.__dict__["position"] = (path, loc.start.line, loc.start.column + 1)
    return JSThrow(err)


# ---- module records ---------------------------------------------------------------------------
class ModuleRecord:
    """A Cyclic Module Record (16.2.1.5): a Source Text Module Record, or a JSON module
    (a Synthetic Module Record, 16.2.1.8, whose only export is ``default``)."""

    def __init__(self, realm: Any, path: str, code: ModuleCode) -> None:
        self.realm = realm
        self.path = path
        self.code = code
        self.env: list = [None] * (code.context_size + 1)
        self.status = "new"            # new, unlinked, linking, linked, evaluating,
        #                                evaluating-async, evaluated
        self.loaded: dict[tuple, ModuleRecord] = {}  # [[LoadedModules]]
        self.namespace: JSObject | None = None
        self.meta: JSObject | None = None
        self.error: Any = ABSENT       # [[EvaluationError]]
        self.dfs_index = -1
        self.dfs_ancestor_index = -1
        self.cycle_root: ModuleRecord | None = None
        self.async_order: Any = None   # [[AsyncEvaluationOrder]]: None (unset), int, or "done"
        self.top_level_capability: Any = None
        self.async_parent_modules: list[ModuleRecord] = []
        self.pending_async_deps = 0
        self.synthetic_value: Any = ABSENT  # JSON and text modules: the default export

    def __repr__(self) -> str:
        return f"<module {self.path} {self.status}>"

    @property
    def has_tla(self) -> bool:
        return self.code.has_tla

    def imported(self, req: ModuleRequest) -> "ModuleRecord":
        """GetImportedModule (16.2.1.9)."""
        return self.loaded[req.key()]

    # -- GetExportedNames (16.2.1.6.2) --
    def exported_names(self, star_set: list | None = None) -> list[str]:
        star_set = [] if star_set is None else star_set
        if self in star_set:
            return []  # a cycle of `export *`
        star_set.append(self)
        code = self.code
        names = [e.export_name for e in code.local_exports] + [e.export_name for e in code.indirect_exports]
        for e in code.star_exports:
            for n in self.imported(e.request).exported_names(star_set):
                if n != "default" and n not in names:
                    names.append(n)
        return names

    # -- ResolveExport (16.2.1.6.3) --
    def resolve_export(self, name: str, resolve_set: list | None = None) -> Any:
        """A ResolvedBinding, None (not found or circular) or AMBIGUOUS."""
        resolve_set = [] if resolve_set is None else resolve_set
        for m, n in resolve_set:
            if m is self and n == name:
                return None  # a circular import request
        resolve_set.append((self, name))
        code = self.code
        for e in code.local_exports:
            if e.export_name == name:
                return ResolvedBinding(self, e.local_name)
        for e in code.indirect_exports:
            if e.export_name == name:
                imported = self.imported(e.request)
                if e.import_name == ALL:
                    return ResolvedBinding(imported, NAMESPACE)
                return imported.resolve_export(e.import_name, resolve_set)
        if name == "default":
            return None  # `export *` never provides a default export
        star: ResolvedBinding | None = None
        for e in code.star_exports:
            resolution = self.imported(e.request).resolve_export(name, resolve_set)
            if resolution is AMBIGUOUS:
                return AMBIGUOUS
            if resolution is not None:
                if star is None:
                    star = resolution
                elif resolution.module is not star.module or resolution.name != star.name:
                    return AMBIGUOUS
        return star

    # -- InitializeEnvironment (16.2.1.6.4) --
    def initialize_environment(self) -> None:
        code = self.code
        for e in code.indirect_exports:
            r = self.resolve_export(e.export_name)
            if r is None or r is AMBIGUOUS:
                raise self._link_error(e.request, e.import_name if e.import_name != ALL else e.export_name,
                                       r, e.node)
        env = self.env
        for i in range(1, len(env)):
            env[i] = None
        for ie in code.import_entries:
            imported = self.imported(ie.request)
            if ie.import_name == NAMESPACE:
                env[code.slots[ie.local_name]] = get_module_namespace(imported)
                continue
            r = imported.resolve_export(ie.import_name)
            if r is None or r is AMBIGUOUS:
                raise self._link_error(ie.request, ie.import_name, r, ie.node)
            cell = code.import_cells[ie.local_name]
            cell.env, cell.index = r.location()
        if code.init is not None:
            call(make_function(code.init, env, self.realm), None, [])

    def _link_error(self, req: ModuleRequest, name: str, r: Any, node: Any) -> JSThrow:
        what = "contains conflicting star exports for name" if r is AMBIGUOUS else "does not provide an export named"
        return _error("SyntaxError", f"The requested module '{to_host_str(req.specifier)}' {what} "
                      f"'{to_host_str(name)}'", node, self.path)

    # -- ExecuteModule (16.2.1.6.5) --
    def execute(self, capability: Any = None) -> None:
        """Run the module body; with a capability (a module with top-level await) the body
        runs as an async function whose completion settles it."""
        if self.synthetic_value is not ABSENT:
            self.env[1] = self.synthetic_value
            return
        fn = make_function(self.code.body, self.env, self.realm)
        if capability is None:
            call(fn, None, [])
            return
        result = call(fn, None, [])  # the async body's promise
        P.perform_promise_then(result, lambda v: call(capability.resolve, None, [v]),
                               lambda e: call(capability.reject, None, [e]), None)


# ---- Link (16.2.1.5.1) --------------------------------------------------------------------------
def link(module: ModuleRecord) -> None:
    stack: list[ModuleRecord] = []
    try:
        _inner_link(module, stack, 0)
    except JSThrow:
        for m in stack:
            m.status = "unlinked"
        raise


def _dfs_enter(module: ModuleRecord, status: str, stack: list, index: int) -> int:
    """The first steps of InnerModuleLinking and InnerModuleEvaluation: the module's status,
    [[DFSIndex]] and [[DFSAncestorIndex]], pushed on the stack; returns the next index."""
    module.status = status
    module.dfs_index = module.dfs_ancestor_index = index
    stack.append(module)
    return index + 1


def _inner_link(module: ModuleRecord, stack: list, index: int) -> int:
    """InnerModuleLinking (16.2.1.5.1.1)."""
    if module.status in ("linking", "linked", "evaluating-async", "evaluated"):
        return index
    index = _dfs_enter(module, "linking", stack, index)
    for req in module.code.requests:
        required = module.imported(req)
        index = _inner_link(required, stack, index)
        if required.status == "linking":
            module.dfs_ancestor_index = min(module.dfs_ancestor_index, required.dfs_ancestor_index)
    module.initialize_environment()
    if module.dfs_ancestor_index == module.dfs_index:
        while True:
            m = stack.pop()
            m.status = "linked"
            if m is module:
                break
    return index


# ---- Evaluate (16.2.1.5.3) ----------------------------------------------------------------------
class _Order:
    next = 0  # the host's counter of [[AsyncEvaluationOrder]]


def evaluate(module: ModuleRecord) -> Any:
    """Evaluate(): a promise settled when the module and its dependencies have run."""
    if module.status in ("evaluating-async", "evaluated"):
        module = module.cycle_root or module
    if module.top_level_capability is not None:
        return module.top_level_capability.promise
    stack: list[ModuleRecord] = []
    realm = module.realm
    cap = P.new_promise_capability(realm.intrinsics["%Promise%"])
    module.top_level_capability = cap
    try:
        _inner_evaluate(module, stack, 0)
    except JSThrow as e:
        for m in stack:
            m.status = "evaluated"
            m.error = e.value
        call(cap.reject, None, [e.value])
    else:
        if module.async_order is None or module.async_order == "done":
            call(cap.resolve, None, [None])
    return cap.promise


def _inner_evaluate(module: ModuleRecord, stack: list, index: int) -> int:
    """InnerModuleEvaluation (16.2.1.5.3.1)."""
    if module.status in ("evaluating-async", "evaluated"):
        if module.error is ABSENT:
            return index
        raise JSThrow(module.error)
    if module.status == "evaluating":
        return index
    index = _dfs_enter(module, "evaluating", stack, index)
    module.pending_async_deps = 0
    for req in module.code.requests:
        required = module.imported(req)
        index = _inner_evaluate(required, stack, index)
        if required.status == "evaluating":
            module.dfs_ancestor_index = min(module.dfs_ancestor_index, required.dfs_ancestor_index)
        else:
            required = required.cycle_root
            if required.error is not ABSENT:
                raise JSThrow(required.error)
        if type(required.async_order) is int:
            module.pending_async_deps += 1
            required.async_parent_modules.append(module)
    if module.pending_async_deps > 0 or module.has_tla:
        module.async_order = _Order.next
        _Order.next += 1
        if module.pending_async_deps == 0:
            _execute_async(module)
    else:
        module.execute()
    if module.dfs_ancestor_index == module.dfs_index:
        while True:
            m = stack.pop()
            m.status = "evaluated" if m.async_order is None else "evaluating-async"
            m.cycle_root = module
            if m is module:
                break
    return index


def _execute_async(module: ModuleRecord) -> None:
    """ExecuteAsyncModule (16.2.1.5.3.2)."""
    cap = P.new_promise_capability(module.realm.intrinsics["%Promise%"])
    P.perform_promise_then(cap.promise, lambda v: _async_fulfilled(module),
                           lambda e: _async_rejected(module, e), None)
    module.execute(cap)


def _gather_ancestors(module: ModuleRecord, exec_list: list) -> None:
    """GatherAvailableAncestors (16.2.1.5.3.3)."""
    for m in module.async_parent_modules:
        if m not in exec_list and m.cycle_root.error is ABSENT:
            m.pending_async_deps -= 1
            if m.pending_async_deps == 0:
                exec_list.append(m)
                if not m.has_tla:
                    _gather_ancestors(m, exec_list)


def _async_fulfilled(module: ModuleRecord) -> None:
    """AsyncModuleExecutionFulfilled (16.2.1.5.3.4)."""
    if module.status == "evaluated":
        return
    module.async_order = "done"
    module.status = "evaluated"
    if module.top_level_capability is not None:
        call(module.top_level_capability.resolve, None, [None])
    exec_list: list[ModuleRecord] = []
    _gather_ancestors(module, exec_list)
    exec_list.sort(key=lambda m: m.async_order)
    for m in exec_list:
        if m.status == "evaluated":
            continue
        if m.has_tla:
            _execute_async(m)
            continue
        try:
            m.execute()
        except JSThrow as e:
            _async_rejected(m, e.value)
            continue
        m.async_order = "done"
        m.status = "evaluated"
        if m.top_level_capability is not None:
            call(m.top_level_capability.resolve, None, [None])


def _async_rejected(module: ModuleRecord, error: Any) -> None:
    """AsyncModuleExecutionRejected (16.2.1.5.3.5)."""
    if module.status == "evaluated":
        return
    module.error = error
    module.status = "evaluated"
    module.async_order = "done"
    if module.top_level_capability is not None:
        call(module.top_level_capability.reject, None, [error])
    for m in module.async_parent_modules:  # leaf to root
        _async_rejected(m, error)


# ---- the module namespace exotic object (10.4.6) -------------------------------------------------
class ModuleNamespace(JSObject):
    """[[Module]], [[Exports]] (sorted by code units); its properties are the live bindings."""

    class_name = "Module"
    exotic = True

    def __init__(self, module: ModuleRecord, exports: list[str]) -> None:
        super().__init__(None)
        self.module = module
        self.exports = exports
        self.bindings: dict[str, tuple[list, int]] = {}
        self.define_data(WellKnown.toStringTag, "Module", 0)
        self.extensible = False

    def _value(self, key: str) -> Any:
        loc = self.bindings.get(key)
        if loc is None:
            loc = self.bindings[key] = self.module.resolve_export(key).location()
        v = loc[0][loc[1]]
        if v is UNINIT:
            raise _error("ReferenceError", f"Cannot access '{to_host_str(key)}' before initialization")
        return v

    def set_prototype_of(self, v: Any) -> bool:
        return v is None

    def prevent_extensions(self) -> bool:
        return True

    def get_own_property(self, key: Any) -> PropertyDescriptor | None:
        if isinstance(key, JSSymbol):
            return JSObject.get_own_property(self, key)
        if key not in self.exports:
            return None
        return PropertyDescriptor(value=self._value(key), writable=True, enumerable=True, configurable=False)

    def define_own_property(self, key: Any, desc: PropertyDescriptor) -> bool:
        if isinstance(key, JSSymbol):
            return JSObject.define_own_property(self, key, desc)
        current = self.get_own_property(key)
        if current is None:
            return False
        if desc.configurable is True or desc.enumerable is False or desc.is_accessor() or desc.writable is False:
            return False
        if desc.value is not ABSENT:
            return same_value(desc.value, current.value)
        return True

    def has_property(self, key: Any) -> bool:
        if isinstance(key, JSSymbol):
            return JSObject.get_own_property(self, key) is not None
        return key in self.exports

    def get_exotic(self, key: Any, receiver: Any) -> Any:
        if isinstance(key, JSSymbol):
            return JSObject.get_exotic(self, key, receiver)
        if key not in self.exports:
            return None
        return self._value(key)

    def get(self, key: Any, receiver: Any = None) -> Any:
        return self.get_exotic(key, receiver)

    def set(self, key: Any, value: Any, receiver: Any = None) -> bool:
        return False

    def delete(self, key: Any) -> bool:
        if isinstance(key, JSSymbol):
            return JSObject.delete(self, key)
        return key not in self.exports

    def own_property_keys(self) -> list:
        return list(self.exports) + JSObject.own_property_keys(self)


def get_module_namespace(module: ModuleRecord) -> ModuleNamespace:
    """GetModuleNamespace (16.2.1.10)."""
    if module.namespace is None:
        names = [n for n in module.exported_names()
                 if isinstance(module.resolve_export(n), ResolvedBinding)]
        module.namespace = ModuleNamespace(module, sorted(names))
    return module.namespace


# ---- the host: resolution and loading (16.2.1.8 HostLoadImportedModule) --------------------------
def path_to_url(path: str) -> str:
    return "file://" + quote(path)


def resolve_specifier(specifier: str, referrer: str | None) -> str:
    """The absolute path a specifier names, as node resolves files: './x', '../x', '/x' and
    file: URLs; bare names (packages) are not supported."""
    spec = to_host_str(specifier)
    if spec.startswith("file:"):
        return os.path.normpath(unquote(urlparse(spec).path))
    if spec.startswith("/"):
        return os.path.normpath(spec)
    if spec.startswith(("./", "../")) or spec in (".", ".."):
        base = os.getcwd()
        if referrer and not referrer.startswith("<") and os.path.isabs(referrer):
            base = os.path.dirname(referrer)
        elif referrer and not referrer.startswith("<"):
            base = os.path.dirname(os.path.abspath(referrer))
        return os.path.normpath(os.path.join(base, spec))
    raise _error("TypeError", f"Cannot resolve module specifier '{spec}': only relative and absolute "
                 "file paths and file: URLs are supported")


def _module_map(realm: Any) -> dict:
    m = getattr(realm, "module_map", None)
    if m is None:
        m = realm.module_map = {}
    return m


def _module_type(attributes: tuple) -> str | None:
    """The module type an import asks for (`with { type: "json" }`, `"text"` (the import-text
    proposal) or `"bytes"` (import-bytes)); other keys are unsupported
    (HostGetSupportedImportAttributes: only `type`)."""
    kind = None
    for key, value in attributes:
        if key != "type":
            raise _error("SyntaxError", f"Import attribute '{to_host_str(key)}' is not supported")
        if value not in ("json", "text", "bytes"):
            raise _error("TypeError", f"Import attribute type '{to_host_str(value)}' is not supported")
        kind = value
    return kind


def host_load(realm: Any, referrer: str | None, specifier: str, attributes: tuple,
              node: Any = None) -> ModuleRecord:
    """HostLoadImportedModule for files: the module map's record, or a new one parsed from
    the file (its dependencies are not loaded here)."""
    kind = _module_type(attributes)
    path = resolve_specifier(specifier, referrer)
    key = (path, kind)
    mmap = _module_map(realm)
    rec = mmap.get(key)
    if rec is not None:
        return rec
    if not realm.module_files:
        raise _error("TypeError", f"Cannot load module '{path}': module files are not granted to this context",
                     node, referrer)
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
        source = raw if kind == "bytes" else raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        ref = referrer if referrer and not referrer.startswith("<") else os.getcwd()
        raise _error("Error", f"Cannot find module '{path}' imported from {ref}", node, referrer) from None
    if kind is None and path.endswith(".json"):
        raise _error("TypeError", f'Module "{path_to_url(path)}" needs an import attribute of "type: json"',
                     node, referrer)
    rec = parse_module_file(realm, path, source, kind)
    mmap[key] = rec
    return rec


def parse_module_file(realm: Any, path: str, source: str | bytes, kind: str | None = None) -> ModuleRecord:
    """ParseModule (16.2.1.6.1), or a synthetic module whose default export is the value
    of the file: ParseJSONModule (16.2.1.7), its text (import-text), or its bytes (``source``
    is then bytes: CreateBytesModule of import-bytes, a Uint8Array over an immutable
    ArrayBuffer)."""
    if kind != "bytes":
        SOURCES[path] = source
    if kind is not None:
        from ..bytecode.modules import ExportEntry
        code = ModuleCode()
        code.local_exports.append(ExportEntry("default", None, None, "default", None))
        code.slots["default"] = 1
        code.context_size = 1
        rec = ModuleRecord(realm, path, code)
        if kind == "json":
            from ..runtime.builtins.json import json_parse_text
            rec.synthetic_value = json_parse_text(realm, from_host_str(source))
        elif kind == "bytes":
            from ..runtime.builtins.typedarray import immutable_uint8_array
            rec.synthetic_value = immutable_uint8_array(realm, source)
        else:
            rec.synthetic_value = from_host_str(source)
        rec.status = "unlinked"
        return rec
    rec = ModuleRecord(realm, path, ModuleCode())
    try:
        rec.code = compile_module(from_host_str(source), path, rec)
    except CompileError as e:
        from .evaluation import syntax_error
        raise syntax_error(e, path) from None
    rec.env = [None] * (rec.code.context_size + 1)
    return rec


def load_requested_modules(module: ModuleRecord) -> None:
    """LoadRequestedModules (16.2.1.5.1), synchronously: every module of the graph is read."""
    seen: set[int] = set()
    todo = [module]
    while todo:
        m = todo.pop()
        if id(m) in seen:
            continue
        seen.add(id(m))
        for req in m.code.requests:
            dep = m.loaded.get(req.key())
            if dep is None:
                dep = host_load(m.realm, m.path, req.specifier, req.attributes, req.node)
                m.loaded[req.key()] = dep
            todo.append(dep)
        if m.status == "new":
            m.status = "unlinked"


def entry_module(path: str, source: str | None, realm: Any) -> ModuleRecord:
    """The record of the program's main module (read from ``path`` unless ``source`` is
    given), in the realm's module map."""
    path = os.path.abspath(path)
    if source is None:
        return host_load(realm, None, from_host_str(path), ())
    rec = parse_module_file(realm, path, source)
    _module_map(realm)[(path, None)] = rec
    return rec


# ---- import() and import.meta -------------------------------------------------------------------
def dynamic_import(referrer: str | None, specifier: Any, options: Any) -> Any:
    """EvaluateImportCall (13.3.10.1) steps after evaluating the arguments; loading is
    synchronous, linking and evaluation happen in a job (ContinueDynamicImport, 16.2.1.11)."""
    from ..runtime.access import enumerable_own_properties
    from ..runtime.conversions import to_string
    realm = current_realm()
    cap = P.new_promise_capability(realm.intrinsics["%Promise%"])
    try:
        spec = to_string(specifier)
        attributes: list = []
        if options is not None:
            if not isinstance(options, JSObject):
                raise _error("TypeError", "The second argument of import() must be an object")
            with_ = options.get("with", options)
            if with_ is not None:
                if not isinstance(with_, JSObject):
                    raise _error("TypeError", "The 'with' option of import() must be an object")
                for entry in enumerable_own_properties(with_, "key+value"):
                    k, v = entry.elements
                    if type(v) is not str:
                        raise _error("TypeError", "Import attribute values must be strings")
                    attributes.append((k, v))
        module = host_load(realm, referrer, spec, tuple(sorted(attributes)))
        load_requested_modules(module)
    except JSThrow as e:
        call(cap.reject, None, [e.value])
        return cap.promise
    P.enqueue_job(lambda: _link_and_evaluate(module, cap))
    return cap.promise


def _link_and_evaluate(module: ModuleRecord, cap: Any) -> None:
    """ContinueDynamicImport's linkAndEvaluateClosure."""
    try:
        link(module)
    except JSThrow as e:
        call(cap.reject, None, [e.value])
        return
    evaluated = evaluate(module)

    def fulfilled(v: Any) -> None:
        call(cap.resolve, None, [get_module_namespace(module)])
    P.perform_promise_then(evaluated, fulfilled, lambda e: call(cap.reject, None, [e]), None)


def import_meta(module: ModuleRecord) -> JSObject:
    """import.meta (13.3.12.1): created once per module; HostGetImportMetaProperties gives
    url, filename and dirname as node does."""
    if module.meta is None:
        meta = JSObject(None)
        for key, value in (("dirname", os.path.dirname(module.path)), ("filename", module.path),
                           ("url", path_to_url(module.path))):
            meta.define_data(key, from_host_str(value), WRITABLE | ENUMERABLE | CONFIGURABLE)
        module.meta = meta
    return module.meta

