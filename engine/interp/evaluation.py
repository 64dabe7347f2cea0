"""Running source text: scripts, direct and indirect eval (19.2.1), dynamic functions (20.2.1.1)."""
from __future__ import annotations

from typing import Any

from ..bytecode.compiler import CompileError
from ..bytecode.funcs import compile_eval, compile_function_source, compile_script
from ..runtime.errors import JSThrow, make_error
from ..runtime.realm import current_realm
from . import functions
from .frame import Frame
from .functions import make_function


def syntax_error(e: CompileError, filename: str) -> JSThrow:
    """A CompileError as a JS SyntaxError whose message carries file:line:col."""
    err = make_error("SyntaxError", str(e))
    node = e.node
    loc = getattr(node, "loc", None) if node is not None else None
    if loc is not None:
        err.__dict__["position"] = (filename, loc.start.line, loc.start.column + 1)
    return JSThrow(err)


def run_script(source: str, filename: str, realm: Any = None, allow_await: bool = False) -> Any:
    """ScriptEvaluation (16.1.6). With ``allow_await`` (the REPL) a script that awaits at
    its top level runs as async code and this returns the promise of its completion value."""
    realm = realm or current_realm()
    try:
        code = compile_script(source, filename, allow_await=allow_await)
    except CompileError as e:
        raise syntax_error(e, filename) from None
    fn = make_function(code, None, realm)
    f = Frame(code, fn, realm.global_object, [], None, None)
    if code.is_async:
        from .generators import start_async
        return start_async(fn, f)
    return functions.run_frame(f)


def indirect_eval(this: Any, args: list) -> Any:
    """%eval% called indirectly: global code."""
    x = args[0] if args else None
    if type(x) is not str:
        return x
    realm = current_realm()
    from .loop import active_referrer
    try:
        code = compile_eval(x, None, False, referrer=active_referrer())
    except CompileError as e:
        raise syntax_error(e, "<eval>") from None
    fn = make_function(code, None, realm)
    ctx = [None] + [None] * code.context_size if code.has_context else None
    f = Frame(code, fn, realm.global_object, [], ctx, None)
    return functions.run_frame(f)


def direct_eval(caller: Any, x: Any, site: Any) -> Any:
    """PerformEval with direct = true: compiled against the caller's scope chain."""
    if type(x) is not str:
        return x
    this_fn = caller.this_frame.func  # GetThisEnvironment's function (PerformEval step 10)
    try:
        code = compile_eval(x, site, caller.strict, referrer=caller.code.referrer,
                            in_method=this_fn is not None and this_fn.home_object is not None,
                            in_derived_ctor=this_fn is not None and this_fn.code.kind == "derivedctor")
    except CompileError as e:
        raise syntax_error(e, "<eval>") from None
    fn = make_function(code, caller.ctx, caller.func.realm)
    ctx = caller.ctx
    if code.has_context:
        ctx = [ctx] + [None] * code.context_size
    f = Frame(code, fn, caller.this_frame.this, caller.args, ctx, caller)
    f.this_frame = caller.this_frame
    if code.kind == "script":
        f.ctx = None
    return functions.run_frame(f)


def create_dynamic_function(args: list, kind: str) -> Any:
    """CreateDynamicFunction (20.2.1.1.1)."""
    from ..runtime.conversions import to_string
    strs = [to_string(a) for a in args]
    params = ",".join(strs[:-1]) if len(strs) > 1 else ""
    body = strs[-1] if strs else ""
    try:
        code = compile_function_source(params, body, kind)
    except CompileError as e:
        raise syntax_error(e, "<anonymous>") from None
    return make_function(code, None, current_realm())
