"""The web platform globals where node 20 departs from the standards (so the differential
corpus, tests/corpus/host_*.js, cannot cover them), and the embedding switch."""
from __future__ import annotations

import pytest

from engine.api import Context


@pytest.fixture
def pyjs_only(tier: str) -> None:
    if tier == "node":
        pytest.skip("node 20 departs from the standard here")


def test_windows_1252_c1_bytes(run_js, pyjs_only) -> None:
    # Encoding 9, index-windows-1252: 0x80 is the euro sign; the five undefined bytes stay C1
    out = run_js("""
        const d = new TextDecoder("latin1");
        const s = d.decode(new Uint8Array([0x80, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x9f, 0x99, 0xa0, 0xff]));
        console.log(Array.from(s, c => c.charCodeAt(0).toString(16)).join(" "));
        console.log(d.decode(new Uint8Array([0xff, 0xfe, 0x41])).length);
    """)
    assert out == "20ac 81 8d 8f 90 9d 178 2122 a0 ff\n3\n"


def test_transferring_a_detached_buffer_is_a_data_clone_error(run_js, pyjs_only) -> None:
    # HTML StructuredSerializeWithTransfer: a detached transferable is a DataCloneError
    out = run_js("""
        const b = new ArrayBuffer(4);
        structuredClone(null, {transfer: [b]});
        try { structuredClone(1, {transfer: [b]}); } catch (e) { console.log(e.name, b.byteLength); }
    """)
    assert out == "DataCloneError 0\n"


def test_dom_exception_options_and_clone(run_js, pyjs_only) -> None:
    # WebIDL: the options dictionary's name defaults to "Error"; DOMException is serializable
    out = run_js("""
        console.log(new DOMException("m", {}).name);
        const c = structuredClone(new DOMException("gone", "AbortError"));
        console.log(c instanceof DOMException, c.name, c.message, c.code);
    """)
    assert out == "Error\ntrue AbortError gone 20\n"


def test_immediates_do_not_starve_timers(run_js, tier) -> None:
    # the virtual clock moves on while immediates keep coming, so the timer fires
    out = run_js("""
        let done = false, spins = 0;
        setTimeout(() => { done = true; }, 5);
        (function spin() { if (!done) { spins++; setImmediate(spin); } else console.log("stopped"); })();
    """)
    assert out == "stopped\n"


def test_structured_clone_of_deep_nesting_is_a_range_error(run_js) -> None:
    out = run_js("""
        let o = {};
        for (let i = 0; i < 100000; i++) o = {o};
        try { structuredClone(o); console.log("cloned"); } catch (e) { console.log(e.name); }
    """)
    assert out == "RangeError\n"  # as node: the maximum call stack size


def test_web_apis_can_be_left_out() -> None:
    lines: list[str] = []
    ctx = Context(stdout=lines.append, web_apis=False)
    ctx.eval("console.log(typeof atob, typeof TextEncoder, typeof structuredClone, typeof DOMException)")
    assert lines == ["undefined undefined undefined undefined"]
