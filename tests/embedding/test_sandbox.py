"""The sandbox: script code reaches no file, process, network or Python object unless the host
grants it. Each test is an escape attempt that must fail."""
from __future__ import annotations

from pathlib import Path

import pytest

import pyjs

SHELL_AND_NODE_NAMES = ["print", "load", "read", "quit", "require", "process", "module", "Deno", "fetch",
                        "XMLHttpRequest", "WebSocket", "importScripts", "os", "__import__", "open"]


def test_no_host_capabilities_by_default(ctx: pyjs.Context) -> None:
    present = ctx.eval(f"{SHELL_AND_NODE_NAMES!r}.filter(n => typeof globalThis[n] !== 'undefined')")
    assert present == []


def test_granted_capabilities(engine_tier: str, tmp_path: Path) -> None:
    (tmp_path / "data.txt").write_text("file text", encoding="utf-8")
    printed: list[str] = []
    ctx = pyjs.Context(tier=engine_tier, grant=("read", "print"), stdout=printed.append)
    assert ctx.eval(f"print('x', 1); read({str(tmp_path / 'data.txt')!r})") == "file text"
    assert printed == ["x 1"] and ctx.eval("typeof load") == "undefined"
    with pytest.raises(ValueError, match="unknown capabilities"):
        pyjs.Context(grant=("exec",))


def test_module_imports_cannot_reach_files(ctx: pyjs.Context, tmp_path: Path) -> None:
    secret = tmp_path / "secret.mjs"
    secret.write_text("export default 'secret'", encoding="utf-8")
    load = f"import({str(secret)!r}).then(m => {{ globalThis.r = m.default }}, e => {{ globalThis.r = e.name }})"
    ctx.eval(load)
    assert ctx.globals["r"] == "TypeError"  # no module files: the promise is rejected
    with pytest.raises(pyjs.JSError, match="SyntaxError"):
        ctx.eval("import x from '/etc/passwd'")
    granted = pyjs.Context(tier=ctx._eng.tier, grant=("import",))
    granted.eval(load)
    assert granted.globals["r"] == "secret"


def test_exposed_functions_show_no_python_attributes(ctx: pyjs.Context) -> None:
    def host(x: object) -> object:
        return x
    ctx.expose("host", host)
    ctx.globals["opaque"] = Path("/")
    names = ["__class__", "__globals__", "__code__", "__closure__", "__dict__", "__module__", "__self__",
             "__func__", "__builtins__", "__subclasses__", "__mro__", "__init__", "func_globals", "gi_frame",
             "f_back", "tb_frame", "host_callable", "host_value", "fn", "realm"]
    leaked = ctx.eval(f"""const names = {names!r}; const found = [];
        for (const target of [host, opaque, host.constructor, host.prototype, Object.getPrototypeOf(host)])
          for (const n of names)
            if (target != null && (n in Object(target))) found.push(n);
        found""")
    assert leaked == []
    assert ctx.eval("Object.getOwnPropertyNames(host).sort().join()") == "length,name"
    assert ctx.eval("Object.getOwnPropertyNames(opaque).length + Object.getOwnPropertySymbols(opaque).length") == 0


def test_constructor_chains_stay_in_the_realm(ctx: pyjs.Context) -> None:
    ctx.expose("host", lambda: None)
    result = ctx.eval("""
        const F = host.constructor;                       // %Function%: evaluates JS, in this realm
        const g = F('return this')();
        [F === Function, g === globalThis, F('return typeof load')(),
         host.constructor.constructor === Function,
         Object.getPrototypeOf(Object.getPrototypeOf(host)) === Object.prototype]""")
    assert result == [True, True, "undefined", True, True]


def test_prototype_pollution_does_not_reach_the_host(ctx: pyjs.Context) -> None:
    seen = []
    ctx.expose("host", lambda value: seen.append(value) or {"fresh": 1})
    ctx.eval("""
        Object.prototype.polluted = 'yes';
        Object.defineProperty(Object.prototype, 'fresh', { set(v) { globalThis.stolen = v } });
        Array.prototype.push = function () { throw new Error('hijacked') };
        Function.prototype.call = function () { throw new Error('hijacked') };
        host.__proto__.injected = 1;
        globalThis.back = host({own: 1});
    """)
    assert seen == [{"own": 1}]  # only own properties cross over
    assert ctx.eval("Object.getOwnPropertyNames(back).join() + typeof globalThis.stolen") == "freshundefined"
    assert ctx.call("host", [1, 2]) == {"fresh": 1}
    assert not hasattr(dict, "polluted") and "injected" not in dir(type(lambda: 0))


def test_errors_carry_no_python_frames(ctx: pyjs.Context) -> None:
    def explode() -> None:
        raise RuntimeError("host failure")
    ctx.expose("explode", explode)
    stack = ctx.eval("try { explode() } catch (e) { e.stack }")
    assert "host failure" in stack and "Traceback" not in stack and ".py" not in stack
    assert ctx.eval("try { explode() } catch (e) { Object.getOwnPropertyNames(e).sort().join() }") == "message,stack"
    stack = ctx.eval("try { [1].map(() => null.x) } catch (e) { e.stack }")
    assert ".py" not in stack and "Traceback" not in stack


def test_host_objects_cannot_be_modified(ctx: pyjs.Context) -> None:
    value = {"a": 1}
    holder = object()
    ctx.globals["opaque"] = holder
    ctx.globals["copy"] = value
    ctx.eval("""'use strict';
        try { opaque.x = 1 } catch (e) {}
        try { Object.defineProperty(opaque, 'y', {value: 1}) } catch (e) {}
        try { Object.setPrototypeOf(opaque, {evil: 1}) } catch (e) {}
        copy.a = 2; copy.b = 3""")
    assert value == {"a": 1}  # dicts are copied, never shared
    assert ctx.eval("Object.getOwnPropertyNames(opaque).length === 0 && !('evil' in opaque)") is True


def test_proxies_of_one_context_are_refused_by_another(engine_tier: str) -> None:
    a, b = pyjs.Context(tier=engine_tier), pyjs.Context(tier=engine_tier)
    fn = a.eval("(() => globalThis)")
    with pytest.raises(pyjs.JSError, match="another pyjs Context"):
        b.globals["leak"] = fn
    with pytest.raises(pyjs.JSError, match="another pyjs Context"):
        b.call("String", a.eval("({toString() { return 'x' }, __proto__: Map.prototype})"))
