"""Immutable ArrayBuffers (the Immutable ArrayBuffer proposal) and bytes modules (import-bytes).
node 20 has neither, so every test here is spec_only; expected values follow the proposal."""
from __future__ import annotations

import textwrap

import pytest

pytestmark = pytest.mark.spec_only

FILL = "var src = new ArrayBuffer(4); new Uint8Array(src).set([1, 2, 3, 4]);\n"


def test_transfer_to_immutable(run_js):
    out = run_js(FILL + """
    var imm = src.transferToImmutable();
    console.log(src.detached, src.immutable, imm.immutable, imm.resizable, imm.byteLength,
                imm.maxByteLength, [...new Uint8Array(imm)].join());
    console.log(new ArrayBuffer(2).transferToImmutable(4).byteLength,
                [...new Uint8Array(new ArrayBuffer(3).transferToImmutable(1))].join());
    """)
    assert out == "true false true false 4 4 1,2,3,4\n4 0\n"


def test_slice_to_immutable_keeps_the_source(run_js):
    out = run_js(FILL + """
    var imm = src.sliceToImmutable(1, -1);
    new Uint8Array(src)[1] = 9;
    console.log(src.detached, imm.immutable, [...new Uint8Array(imm)].join(), new Uint8Array(src)[1]);
    console.log(imm.slice(0, 1).immutable, [...new Uint8Array(imm.sliceToImmutable())].join());
    """)
    assert out == "false true 2,3 9\nfalse 2,3\n"


def test_slice_to_immutable_bounds_after_a_shrink(js_error):
    err = js_error("""
    var rab = new ArrayBuffer(8, { maxByteLength: 8 });
    rab.sliceToImmutable(0, { valueOf() { rab.resize(2); return 6; } });
    """)
    assert err.startswith("RangeError")


@pytest.mark.parametrize("source", [
    "imm.transfer()", "imm.transferToFixedLength()", "imm.transferToImmutable()", "imm.resize(1)",
    "new DataView(imm).setUint8(0, 1)", "new Uint8Array(imm).fill(0)", "new Uint8Array(imm).reverse()",
    "new Uint8Array(imm).sort()", "new Uint8Array(imm).copyWithin(0, 1)", "new Uint8Array(imm).set([1])",
    "new Uint8Array(imm).setFromHex('00')", "new Uint8Array(imm).setFromBase64('AA==')",
    "(function () { 'use strict'; new Uint8Array(imm)[0] = 5; })()", "Object.defineProperty(new Uint8Array(imm), '0', {value: 5})",
    "Uint8Array.from.call(function () { return new Uint8Array(imm); }, [1])",
    "Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'immutable').get.call({})",
    "structuredClone(imm, { transfer: [imm] })",
    "new TextEncoder().encodeInto('a', new Uint8Array(imm))",
])
def test_writes_and_detaching_throw(js_error, source):
    err = js_error(FILL + "var imm = src.transferToImmutable();\n" + source)
    assert err.startswith(("TypeError", "DataCloneError")), err


def test_species_results_must_be_writable(js_error):
    err = js_error(FILL + """
    var imm = src.sliceToImmutable();
    class B extends ArrayBuffer { static get [Symbol.species]() { return function () { return imm; }; } }
    new B(4).slice(0, 1);
    """)
    assert err.startswith("TypeError")
    err = js_error(FILL + """
    var ta = new Uint8Array(4);
    ta.constructor = { [Symbol.species]: function () { return new Uint8Array(src.sliceToImmutable()); } };
    ta.map(x => x);
    """)
    assert err.startswith("TypeError")


def test_elements_are_frozen_data(run_js):
    out = run_js(FILL + """
    var ta = new Uint8Array(src.transferToImmutable());
    var d = Object.getOwnPropertyDescriptor(ta, 1);
    console.log(d.value, d.writable, d.configurable, d.enumerable);
    ta[1] = 7;
    console.log(ta[1], Reflect.set(ta, '1', 7), Reflect.set(ta, '9', 7), Reflect.set(ta, '-0', 7));
    console.log(Reflect.defineProperty(ta, '1', { value: 2 }), Reflect.defineProperty(ta, '1', { value: 3 }),
                Reflect.defineProperty(ta, '1', { value: 2, writable: true }));
    console.log(Object.isFrozen(Object.freeze(ta)), Object.isFrozen(new Uint8Array(2)));
    ta.x = 1;  // non-index properties stay ordinary (the array is frozen now, so this is ignored)
    var o = Object.create(ta); o[0] = 5;
    console.log(o[0], Object.hasOwn(o, '0'), ta.map(x => x * 2).join(), ta.slice(1, 3).join());
    """)
    assert out == ("2 false false true\n2 false false false\ntrue false false\ntrue false\n"
                   "1 false 2,4,6,8 2,3\n")


def test_immutable_views_after_hot_mutable_stores(run_js):
    """A store site warmed up on mutable typed arrays (tier 2 writes their buffers natively)
    must still refuse an immutable one."""
    out = run_js("""
    'use strict';
    function w(a, n) { for (var k = 0; k < n; k++) a[k & 3] = k; return a[3]; }
    var m = new Int32Array(4);
    for (var r = 0; r < 300; r++) w(m, 500);
    var imm = new Int32Array(new ArrayBuffer(16).transferToImmutable());
    try { w(imm, 10); } catch (e) { console.log(e.constructor.name); }
    console.log(imm.join(), w(m, 8));
    """)
    assert out == "TypeError\n0,0,0,0 7\n"


def test_structured_clone_of_immutable_buffer(run_js):
    out = run_js(FILL + """
    var ta = new Uint8Array(src.transferToImmutable(), 1, 2);
    var c = structuredClone(ta);
    console.log(c.buffer.immutable, c.join(), c.buffer === ta.buffer, Object.isFrozen(c));
    """)
    assert out == "true 2,3 false false\n"


def test_detach_hook_refuses_immutable_buffers():
    from pyjs.engine.api import Context
    from pyjs.engine.runtime.builtins.typedarray import detach_array_buffer
    from pyjs.engine.runtime.errors import JSThrow
    ctx = Context()
    buf = ctx.eval("new ArrayBuffer(2).transferToImmutable()")
    with pytest.raises(JSThrow):
        detach_array_buffer(buf)
    assert buf.data == bytearray(2)


def test_bytes_module(tier, tmp_path):
    if tier == "node":
        pytest.skip("runs pyjs's module loader")
    from pyjs.engine.api import Context
    (tmp_path / "data.bin").write_bytes(b"a\x00\xff\r\n")
    (tmp_path / "main.mjs").write_text(textwrap.dedent("""
        import bytes from './data.bin' with { type: 'bytes' };
        import again from './data.bin' with { type: 'bytes' };
        const ns = await import('./data.bin', { with: { type: 'bytes' } });
        console.log(bytes.join(), bytes === again, ns.default === bytes, bytes.buffer.immutable,
                    Object.getPrototypeOf(bytes) === Uint8Array.prototype);
        try { bytes.buffer.transfer(); } catch (e) { console.log(e.constructor.name); }
    """), encoding="utf-8")
    lines: list[str] = []
    ctx = Context(tier=tier, stdout=lines.append)
    ctx.module_outcome(ctx.run_module(str(tmp_path / "main.mjs")))
    ctx.run_jobs()
    assert lines == ["97,0,255,13,10 true true true true", "TypeError"]
