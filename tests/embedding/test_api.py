"""The Context API: eval, eval_file, call, globals, expose, and the error mapping."""
from __future__ import annotations

from pathlib import Path

import pytest

import pyjs


def test_eval_and_eval_file(ctx: pyjs.Context, tmp_path: Path) -> None:
    assert ctx.eval("var counter = 40; counter + 2") == 42
    script = tmp_path / "lib.js"
    script.write_text("function inc() { return ++counter; }\nfunction fail() { throw new Error('in file'); }\n",
                      encoding="utf-8")
    assert ctx.eval_file(script) is None
    assert ctx.call("inc") == 41
    with pytest.raises(pyjs.JSError) as info:
        ctx.call("fail")
    assert f"at fail ({script}:2:" in info.value.stack


def test_call_by_path_binds_this(ctx: pyjs.Context) -> None:
    ctx.eval("const api = { base: 10, add(x) { return this.base + x } }; let late = () => 'let'")
    assert ctx.call("api.add", 5) == 15
    assert ctx.call("late") == "let"  # a let binding of the script
    assert ctx.call("JSON.stringify", {"a": [1, None]}) == '{"a":[1,null]}'
    with pytest.raises(pyjs.JSError, match="ReferenceError: nowhere is not defined"):
        ctx.call("nowhere")
    with pytest.raises(pyjs.JSError, match="TypeError"):
        ctx.call("api.base")


def test_globals_mapping(ctx: pyjs.Context) -> None:
    ctx.globals["answer"] = 42
    assert ctx.eval("answer") == 42 and ctx.globals["answer"] == 42 and "answer" in ctx.globals
    ctx.eval("let lexical = 'L'; var v = 1")
    assert ctx.globals["lexical"] == "L" and "lexical" in list(ctx.globals)
    del ctx.globals["answer"]
    assert ctx.eval("typeof answer") == "undefined"
    with pytest.raises(KeyError):
        ctx.globals["answer"]
    with pytest.raises(KeyError):
        del ctx.globals["answer"]
    assert ctx.globals.get("Math") is not None and len(ctx.globals) >= 2


def test_globals_assign_lexical_bindings(ctx: pyjs.Context) -> None:
    ctx.eval("let counter = 1; const LIMIT = 10; class Shape {}\n"
             "function read() { return [counter, typeof Shape] }")
    for _ in range(300):  # warm `read` up: the tiers must not keep a stale binding
        ctx.call("read")
    ctx.globals["counter"] = 5
    ctx.globals["Shape"] = "replaced"  # a class declaration's binding is mutable, as in JS
    assert ctx.globals["counter"] == 5 and ctx.call("read") == [5, "string"]
    assert ctx.eval("counter + 1") == 6 and ctx.eval("'counter' in globalThis") is False
    with pytest.raises(pyjs.JSError, match="TypeError: Assignment to constant variable"):
        ctx.globals["LIMIT"] = 11
    assert ctx.globals["LIMIT"] == 10
    with pytest.raises(pyjs.JSError, match="ReferenceError: Cannot access 'later' before initialization"):
        ctx.expose("assignLater", lambda: ctx.globals.__setitem__("later", 2))
        ctx.eval("assignLater(); let later = 1")
    ctx.globals["fresh"] = [1]  # no binding yet: a property of the global object
    assert ctx.eval("globalThis.fresh") == [1]


def test_expose_and_decorator(ctx: pyjs.Context) -> None:
    calls = []
    ctx.expose("record", lambda *args: calls.append(args))

    @ctx.expose("greet")
    def greet(name: str) -> str:
        return f"hello {name}"
    assert greet("x") == "hello x"  # the decorator returns the function
    assert ctx.eval("record(1, 'a', [true]); greet('js')") == "hello js"
    assert calls == [(1, "a", [True])]
    assert ctx.eval("greet.name + greet.length") == "greet1"
    assert ctx.eval("['a', 'b'].map(greet)") == ["hello a", "hello b"]  # extra arguments dropped
    assert ctx.eval("record.length") == 0 and ctx.eval("record(1, 2, 3); 0") == 0 and calls[-1] == (1, 2, 3)
    with pytest.raises(TypeError):
        ctx.expose("nope", 5)


def test_js_errors_become_jserror(ctx: pyjs.Context) -> None:
    with pytest.raises(pyjs.JSError) as info:
        ctx.eval("function inner() { null.x }\nfunction outer() { inner() }\nouter()", "app.js")
    e = info.value
    assert e.name == "TypeError" and "Cannot read properties of null" in e.message
    assert e.stack.splitlines()[1:] == ["    at inner (app.js:1:25)", "    at outer (app.js:2:20)", "    at app.js:3:1"]
    assert isinstance(e.value, pyjs.JSObjectProxy) and e.value["name"] == "TypeError"
    with pytest.raises(pyjs.JSError) as info:
        ctx.eval("throw {code: 7}")
    assert info.value.name is None and info.value.value == {"code": 7}
    with pytest.raises(pyjs.JSError, match="SyntaxError"):
        ctx.eval("let let = 1")
    with pytest.raises(pyjs.JSError, match="UnhandledPromiseRejection|boom"):
        ctx.eval("Promise.reject(new Error('boom')); 1")


def test_python_exceptions_become_js_errors(ctx: pyjs.Context) -> None:
    def fail(kind: str) -> None:
        raise {"type": TypeError("bad type"), "value": ValueError("bad value"),
               "key": KeyError("k"), "other": ZeroDivisionError("div"),
               "custom": pyjs.JSError("QuotaError", "too many")}[kind]
    ctx.expose("fail", fail)
    caught = ctx.eval("""['type', 'value', 'key', 'other', 'custom'].map(k => {
        try { fail(k) } catch (e) { return [e instanceof Error, e.name, e.message] } })""")
    assert caught == [[True, "TypeError", "bad type"], [True, "RangeError", "bad value"],
                      [True, "ReferenceError", "'k'"], [True, "Error", "ZeroDivisionError: div"],
                      [True, "QuotaError", "too many"]]
    with pytest.raises(pyjs.JSError) as info:
        ctx.eval("fail('value')")
    assert isinstance(info.value.__cause__, ValueError)  # the host keeps the Python exception


def test_js_error_through_host_keeps_its_identity(ctx: pyjs.Context) -> None:
    ctx.eval("globalThis.thrower = () => { throw new RangeError('deep') }")
    ctx.expose("relay", lambda: ctx.call("thrower"))
    assert ctx.eval("const err = (() => { try { relay() } catch (e) { return e } })(); "
                    "err instanceof RangeError && err.message") == "deep"


def test_console_goes_to_the_host_writers(engine_tier: str) -> None:
    out, err = [], []
    ctx = pyjs.Context(tier=engine_tier, stdout=out.append, stderr=err.append)
    ctx.eval("console.log('a', {b: 1}); console.error('oops')")
    assert out == ["a { b: 1 }"] and err == ["oops"]
    pyjs.Context(tier=engine_tier).eval("console.log('discarded by default')")


def test_promise_jobs_run_after_each_call(ctx: pyjs.Context) -> None:
    ctx.eval("globalThis.log = []; Promise.resolve(1).then(v => log.push(v))")
    assert ctx.globals["log"] == [1]
