"""Fixes found by the real test262 (docs/CONFORMANCE.md); expected values follow the spec."""
import pytest

CASES = [
    # proposal-upsert: Map / WeakMap getOrInsert, getOrInsertComputed
    ("(() => { const m = new Map([[1, 'a']]); return [m.getOrInsert(1, 'b'), m.getOrInsert(2, 'c'), m.size].join(); })()",
     "a,c,2"),
    ("(() => { const m = new Map(); let seen; const v = m.getOrInsertComputed(-0, k => (seen = Object.is(k, 0), m.set(0, 'x'), 'y'));"
     " return [v, seen, m.get(0), m.size].join(); })()", "y,true,y,1"),
    ("(() => { const w = new WeakMap(), k = {}; w.getOrInsert(k, 1); return w.getOrInsertComputed(k, () => 2); })()", "1"),
]


@pytest.mark.parametrize("expr,expected", CASES)
def test_expression(run_js, expr, expected):
    assert run_js(f"console.log({expr})") == expected + "\n"


@pytest.mark.parametrize("src", [
    "new Map().getOrInsertComputed(1, 2)",
    "new WeakMap().getOrInsert(1, 2)",
    "new WeakMap().getOrInsertComputed(Symbol.for('r'), () => 1)",
    "Map.prototype.getOrInsert.call(new WeakMap(), {}, 1)",
])
def test_type_errors(js_error, src):
    assert js_error(src).startswith("TypeError")


MORE = [
    # Error.isError, Math.sumPrecise, RegExp.escape
    ("[Error.isError(new TypeError()), Error.isError({ __proto__: Error.prototype })].join()", "true,false"),
    ("[Math.sumPrecise([1e20, 0.1, -1e20]), Object.is(Math.sumPrecise([]), -0), Math.sumPrecise([1e308, 1e308]),"
     " Math.sumPrecise([Infinity, -Infinity])].join()", "0.1,true,Infinity,NaN"),
    ("RegExp.escape('1a.b/c d,\\u2028\\ud800_')", "\\x31a\\.b\\/c\\x20d\\x2c\\u2028\\ud800_"),
    # Float16 in DataView and Float16Array
    ("(() => { const d = new DataView(new ArrayBuffer(2)); d.setFloat16(0, 1.337); return [d.getFloat16(0), d.getUint16(0)].join(); })()",
     "1.3369140625,15705"),
    ("[...new Float16Array([65520, 2.7, -0])].join()", "Infinity,2.69921875,0"),
    # SuppressedError and DisposableStack
    ("(() => { const e = new SuppressedError(1, 2, 'm'); return Object.getOwnPropertyNames(e).join() + e.error + e.suppressed; })()",
     "stack,message,error,suppressed12"),
    ("(() => { const log = [], s = new DisposableStack(); s.use({ [Symbol.dispose]() { log.push('a'); } });"
     " s.defer(() => log.push('b')); s.adopt(1, v => log.push(v)); s.dispose(); return log.join() + s.disposed; })()",
     "1,b,atrue"),
    ("(() => { const s = new DisposableStack(); s.defer(() => { throw 1; }); s.defer(() => { throw 2; });"
     " try { s.dispose(); } catch (e) { return [e.name, e.error, e.suppressed].join(); } })()", "SuppressedError,1,2"),
]


@pytest.mark.parametrize("expr,expected", MORE)
def test_more_expressions(run_js, expr, expected):
    assert run_js(f"console.log({expr})") == expected + "\n"


def test_async_disposable_stack_order(run_js):
    src = """
    const log = [], s = new AsyncDisposableStack();
    s.use({ async [Symbol.asyncDispose]() { log.push('async'); } });
    s.use(null);
    s.use({ [Symbol.dispose]() { log.push('sync'); } });
    s.disposeAsync().then(v => console.log(v, log.join(), s.disposed));
    """
    assert run_js(src) == "undefined sync,async true\n"


def test_detach_array_buffer():
    from engine.api import Context
    from engine.runtime.builtins.typedarray import detach_array_buffer
    ctx = Context()
    buf = ctx.eval("globalThis.b = new ArrayBuffer(8); globalThis.a = new Uint8Array(b); b")
    detach_array_buffer(buf, None)
    assert ctx.eval("[b.detached, b.byteLength, a.length].join()") == "true,0,0"
