"""The web platform globals where node 20 departs from the standards (so the differential
corpus, tests/corpus/host_*.js, cannot cover them), and the embedding switch."""
from __future__ import annotations

import pytest

from pyjs.engine.api import Context


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


def test_fixed_offset_time_zones(run_js, pyjs_only) -> None:
    # ECMA-402 (2024) accepts UTC offsets as time zones; node 20's ICU does not yet
    out = run_js("""
        const d = new Date(Date.UTC(2024, 0, 5, 23, 30));
        for (const timeZone of ["+05:30", "-0800", "+00:00"]) {
          const f = new Intl.DateTimeFormat("en-US", {timeZone, dateStyle: "medium", timeStyle: "long"});
          console.log(f.format(d), f.resolvedOptions().timeZone);
        }
        try { new Intl.DateTimeFormat("en", {timeZone: "+25:00"}); } catch (e) { console.log(e.name); }
    """)
    assert out == ("Jan 6, 2024, 5:00:00 AM GMT+5:30 +05:30\n"
                   "Jan 5, 2024, 3:30:00 PM GMT-8 -08:00\n"
                   "Jan 5, 2024, 11:30:00 PM GMT +00:00\n"
                   "RangeError\n")


def test_other_locales_fall_back_to_en_us(run_js, pyjs_only) -> None:
    # ECMA-402 9.2.7: a locale without data resolves to the default locale
    out = run_js("""
        const nf = new Intl.NumberFormat("de-DE");
        console.log(nf.format(1234.5), nf.resolvedOptions().locale, (1234.5).toLocaleString("fr"));
        console.log(new Intl.DateTimeFormat("ja", {timeZone: "UTC"}).format(0), Intl.Collator.supportedLocalesOf(["de", "en-GB"]));
    """)
    assert out == "1,234.5 en-US 1,234.5\n1/1/1970 [ 'en-GB' ]\n"


def test_without_web_apis_the_ecma262_locale_methods_stay() -> None:
    lines: list[str] = []
    ctx = Context(stdout=lines.append, web_apis=False)
    ctx.eval("console.log(typeof Intl, typeof URL, (1234.5).toLocaleString(), 'a'.localeCompare('b'))")
    assert lines == ["undefined undefined 1,234.5 -1"]


def test_a_missing_python_package_is_a_type_error(monkeypatch) -> None:
    import sys
    from pyjs.engine.runtime.host.intl import collator
    monkeypatch.setitem(sys.modules, "pyuca", None)  # an import of it fails
    caches = (collator._uca, collator._sort_levels)
    for cache in caches:
        cache.cache_clear()
    try:
        lines: list[str] = []
        ctx = Context(stdout=lines.append)
        ctx.eval('try { new Intl.Collator().compare("a", "b"); } catch (e) { console.log(e.name, e.message); }')
    finally:
        for cache in caches:
            cache.cache_clear()
    assert lines == ["TypeError Intl.Collator (the DUCET) needs the Python package pyuca (pip install pyuca)"]
