"""Conversions between Python and JS values, both ways (docs/EMBEDDING.md, "Conversions")."""
from __future__ import annotations

import datetime as dt
import math

import pytest

import pyjs


@pytest.mark.parametrize("source, expected", [
    ("undefined", None), ("null", pyjs.null), ("true", True), ("false", False),
    ("42", 42), ("-7", -7), ("0.5", 0.5), ("2 ** 53", 2 ** 53), ("2 ** 53 + 2", float(2 ** 53 + 2)),
    ("'abc'", "abc"), ("'\\u{1F600}x'", "\U0001F600x"), ("'\\u00e9'", "\u00e9"),
])
def test_js_primitives_to_python(ctx: pyjs.Context, source: str, expected: object) -> None:
    value = ctx.eval(source)
    assert value == expected and type(value) is type(expected)


def test_special_numbers_stay_floats(ctx: pyjs.Context) -> None:
    assert math.isnan(ctx.eval("NaN"))
    assert ctx.eval("Infinity") == math.inf and ctx.eval("-Infinity") == -math.inf
    z = ctx.eval("-0")
    assert type(z) is float and math.copysign(1.0, z) == -1.0


def test_bigint_both_ways(ctx: pyjs.Context) -> None:
    big = ctx.eval("2n ** 100n")
    assert isinstance(big, pyjs.BigInt) and big == 2 ** 100
    ctx.globals["b"] = pyjs.BigInt(5)
    assert ctx.eval("typeof b === 'bigint' && b * 2n === 10n") is True
    ctx.globals["huge"] = 2 ** 70  # beyond 2**53: exact as a BigInt
    assert ctx.eval("typeof huge === 'bigint' && huge === 2n ** 70n") is True
    ctx.globals["small"] = 12
    assert ctx.eval("typeof small") == "number"
    assert ctx.eval("1n") == 1 and repr(ctx.eval("1n")) == "BigInt(1)"


def test_python_primitives_to_js(ctx: pyjs.Context) -> None:
    ctx.globals["v"] = [None, pyjs.null, True, 1, 1.5, "s\U0001F600", -0.0]
    assert ctx.eval("v.map(x => x === null ? 'null' : typeof x).join()") == \
        "undefined,null,boolean,number,number,string,number"
    assert ctx.eval("v[5].length") == 3  # UTF-16 code units: an astral character is two
    assert ctx.eval("Object.is(v[6], -0)") is True


def test_lone_surrogates_survive_both_ways(ctx: pyjs.Context) -> None:
    s = ctx.eval("'a\\ud800b'")
    assert s == "a\ud800b"
    ctx.globals["s"] = s
    assert ctx.eval("s.charCodeAt(1)") == 0xD800


def test_containers(ctx: pyjs.Context) -> None:
    value = ctx.eval("({a: [1, 'x', {b: null}], 'ключ': true, [Symbol('hidden')]: 1})")
    assert value == {"a": [1, "x", {"b": pyjs.null}], "ключ": True}
    ctx.globals["data"] = {"list": [1, (2, 3)], "nested": {"k": "v"}, "__proto__": 5}
    assert ctx.eval("Array.isArray(data.list[1]) && data.nested.k") == "v"
    assert ctx.eval("Object.getPrototypeOf(data) === Object.prototype && Object.keys(data).join()") == \
        "list,nested,__proto__"
    with pytest.raises(pyjs.JSError, match="must be a str"):
        ctx.globals["bad"] = {1: 2}


def test_holes_and_cycles(ctx: pyjs.Context) -> None:
    assert ctx.eval("[1, , 3]") == [1, None, 3]
    cyclic = ctx.eval("const o = {name: 'o'}; o.self = o; o")
    assert cyclic["self"] is cyclic
    shared = ctx.eval("const x = [1]; [x, x]")
    assert shared[0] is shared[1]
    loop: list = [1]
    loop.append(loop)
    ctx.globals["loop"] = loop
    assert ctx.eval("loop[1] === loop && loop[1][1][0]") == 1


def test_bytes_and_uint8array(ctx: pyjs.Context) -> None:
    assert ctx.eval("new Uint8Array([1, 2, 255])") == b"\x01\x02\xff"
    assert ctx.eval("new Uint8Array(new ArrayBuffer(8), 2, 3).fill(7)") == b"\x07\x07\x07"
    for value in (b"ab", bytearray(b"ab"), memoryview(b"ab")):
        ctx.globals["b"] = value
        assert ctx.eval("b instanceof Uint8Array && b.length === 2 && b[1]") == ord("b")
    assert isinstance(ctx.eval("new Int16Array(2)"), pyjs.JSObjectProxy)


def test_datetime_and_date(ctx: pyjs.Context) -> None:
    d = ctx.eval("new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 250))")
    assert d == dt.datetime(2020, 2, 29, 12, 30, 15, 250000, tzinfo=dt.timezone.utc)
    ctx.globals["naive"] = dt.datetime(1999, 12, 31, 23, 59, 59)
    assert ctx.eval("naive.toISOString()") == "1999-12-31T23:59:59.000Z"
    plus2 = dt.timezone(dt.timedelta(hours=2))
    ctx.globals["aware"] = dt.datetime(2000, 1, 1, 2, 0, tzinfo=plus2)
    assert ctx.eval("aware.toISOString()") == "2000-01-01T00:00:00.000Z"
    assert isinstance(ctx.eval("new Date(NaN)"), pyjs.JSObjectProxy)  # an invalid Date stays a proxy


def test_symbols_keep_identity(ctx: pyjs.Context) -> None:
    sym = ctx.eval("globalThis.s = Symbol('tag')")
    assert isinstance(sym, pyjs.Symbol) and sym.description == "tag"
    assert ctx.call("Object.is", sym, ctx.globals["s"]) is True
    assert ctx.call("Object.is", sym, pyjs.Symbol("tag")) is False


def test_live_proxies(ctx: pyjs.Context) -> None:
    m = ctx.eval("new Map([['k', 1]])")
    assert isinstance(m, pyjs.JSObjectProxy)
    m.set("k2", [2])
    assert ctx.call("Array.from", m) == [["k", 1], ["k2", [2]]]
    assert m.size == 2 and m.get("k") == 1
    obj = ctx.eval("globalThis.inst = new (class P { constructor() { this.x = 1 } get y() { return this.x + 1 } })")
    assert obj["y"] == 2 and "x" in obj and list(obj) == ["x"]
    obj["x"] = 10
    assert ctx.eval("inst.y") == 11
    del obj["x"]
    assert ctx.eval("'x' in inst") is False
    assert obj == ctx.globals["inst"] and len({obj, ctx.globals["inst"]}) == 1


def test_functions_both_ways(ctx: pyjs.Context) -> None:
    add = ctx.eval("(function add(a, b) { return a + b })")
    assert isinstance(add, pyjs.JSFunction) and add(2, 3) == 5 and add("a", "b") == "ab"
    point = ctx.eval("(class Point { constructor(x) { this.x = x } })")
    assert point.new(4)["x"] == 4

    def twice(f, x):
        return f(f(x))
    ctx.globals["twice"] = twice
    assert ctx.eval("twice(x => x * 3, 2)") == 18
    assert ctx.globals["twice"] is twice  # a host function comes back as itself


def test_opaque_python_objects_round_trip(ctx: pyjs.Context) -> None:
    token = object()
    ctx.globals["token"] = token
    assert ctx.eval("typeof token") == "object"
    assert ctx.eval("Object.getOwnPropertyNames(token).length") == 0
    assert ctx.eval("Object.isExtensible(token)") is False
    assert ctx.globals["token"] is token
