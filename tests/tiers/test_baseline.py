"""Tier 1 (tiers/baseline): every construct compiled and compared with tier 0, inline caches,
on-stack replacement, the tier-up policy, stack traces and --dump=baseline."""
from __future__ import annotations

import pytest

from pyjs.engine.api import Context
from pyjs.engine.runtime.errors import JSThrow
from pyjs.engine.interp import tierup
from tests.conftest import describe_error, run_cli

import pyjs.tiers.baseline as baseline


def run(source: str, tier: str, **install: object) -> tuple[str, list[str]]:
    """Run ``source`` in ``tier``; returns its output (and the uncaught error) and the trace."""
    lines: list[str] = []
    trace: list[str] = []
    ctx = Context(tier=tier, stdout=lines.append, stderr=lambda line: None)
    if tier != "interp":
        baseline.install(tier, trace=trace.append, **install)
    try:
        ctx.eval(source, "t.js")
        ctx.run_jobs()
    except JSThrow as e:
        lines.append("uncaught " + describe_error(e.value))
    finally:
        baseline.install("interp")
    return "\n".join(lines), trace


def same_as_tier0(source: str) -> list[str]:
    """Assert tier 1 prints what tier 0 prints; returns the tiering trace."""
    expected, _ = run(source, "interp")
    got, trace = run(source, "baseline")
    assert got == expected
    return trace


CONSTRUCTS = {
    "arith": """
function f(a, b) { return [a + b, a - b, a * b, a / b, a % b, a ** 2, -a, +b, a & b, a | b, a ^ b,
  a << 3, a >> 1, a >>> 0, ~a, a < b, a <= b, a > b, a >= b, a == b, a != b, a === b, a !== b]; }
console.log(f(7, 2).join(), f(-7.5, 0).join(), f("3", 4).join(), f(1n, 2n).map(String).join());
console.log(f(0, -0).join(), f(2 ** 40, 3).join(), f(-(2 ** 31), 33).join(), f(NaN, Infinity).join());
function g(x) { return [!x, typeof x, x == null, x ?? "d", x?.y]; }
console.log(JSON.stringify([g(0), g(null), g({y: 1}), g("s")]));""",
    "loops": """
function f(n) {
  let s = 0, i = 0;
  while (i < n) { i++; if (i % 3 === 0) continue; s += i; }
  do { s--; } while (s > 100);
  outer: for (let a = 0; a < 5; a++) { for (let b = 0; b < 5; b++) { if (b === 3) continue outer; if (a === 4) break outer; s += a * b; } }
  for (const v of [1, 2, 3]) { if (v === 3) break; s += v; }
  return s;
}
function keys(o) { let s = ""; for (const k in o) { if (k === "z") continue; s += k; } return s; }
console.log(f(10), f(50), keys({x: 1, y: 2, z: 3, w: 4}));""",
    "closures_and_contexts": """
function counter() { let c = 0; return { inc: () => ++c, get: function () { return c; } }; }
const c = counter(); c.inc(); c.inc();
const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(c.get(), fs.map(f => f()).join());
function tdz() { try { x; } catch (e) { console.log(e.message); } let x = 1; return x; }
console.log(tdz());""",
    "exceptions": """
function f(k) {
  const log = [];
  try {
    try { if (k === 1) throw new Error("one"); if (k === 2) return "ret"; log.push("body"); }
    catch (e) { log.push("catch " + e.message); if (k === 1) throw new TypeError("again"); }
    finally { log.push("inner finally"); }
  } catch (e) { log.push("outer " + e.name); }
  finally { log.push("outer finally"); }
  return log.join("; ");
}
console.log(f(0)); console.log(f(1)); console.log(f(2));
function g() { for (const x of [1, 2]) { try { return x; } finally { console.log("fin", x); } } }
console.log(g());
function h() { null.p; }
try { h(); } catch (e) { console.log(e.message); }""",
    "switch_and_labels": """
function f(x) {
  switch (x) { case 1: return "one"; case "a": case "b": x = "ab"; break; default: x = "other"; case 9: x += "!"; }
  blk: { if (x === "ab") break blk; x += "?"; }
  return x;
}
console.log([1, "a", 9, 5].map(f).join());""",
    "objects_and_calls": """
function P(x, y) { this.x = x; this.y = y; }
P.prototype.len = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
function sum(...xs) { let s = 0; for (const x of xs) s += x; return s; }
function args() { arguments[0] = 9; return [arguments.length, arguments[0]]; }
function mapped(a) { arguments[0] = 7; return a; }
const pts = [new P(3, 4), new P(6, 8), {x: 1, y: 1, len: P.prototype.len}];
console.log(pts.map(p => p.len()).join(), sum(...[1, 2, 3], 4), args(1, 2).join(), mapped(1));
const o = { get g() { return this.v * 2; }, set s(v) { this.v = v; }, v: 1 };
o.s = 21; console.log(o.g, delete o.v, o.v, "v" in o);
class A { constructor(n) { this.n = n; } m() { return this.n; } static s() { return "s"; } }
class B extends A { m() { return super.m() + 1; } }
console.log(new B(1).m(), A.s(), [..."ab"].join());""",
    "recursion_and_errors": """
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function inf() { return inf(); }
try { inf(); } catch (e) { console.log(e.name, e.message); }
console.log(fib(15), (() => { try { undefinedName; } catch (e) { return e.message; } })());""",
    "direct_calls": """
function S() { return this; }
function sloppyThis() { return [S() === globalThis, typeof S.call(5), S.call("x") instanceof String, S.call(null) === globalThis]; }
function strictThis() { "use strict"; return [typeof (function () { return this; })(), (function () { return this; }).call(5)]; }
function Ret() { this.a = 1; return {b: 2}; }
function RetPrim() { this.a = 1; return 5; }
function NT() { return new.target === NT; }
function pad(a, b, c) { return [a, b, c, arguments.length]; }
function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
class Base { constructor(v) { this.v = v; } get twice() { return this.v * 2; } }
class Sub extends Base { constructor() { super(21); } }
console.log(sloppyThis().join(), strictThis().join(), JSON.stringify([new Ret(), new RetPrim()]));
console.log(new NT() instanceof NT, NT(), pad(1).join(), pad(1, 2, 3, 4).join(), deep(3000));
console.log(new Sub().twice, new Base(1).twice, new Sub() instanceof Base);
try { (function r() { r(); })(); } catch (e) { console.log(e.name, e.message); }""",
    "loop_regions": """
function nested(n) {
  let t = 0;
  for (let i = 0; i < n; i++) { for (let j = 0; j < i; j++) { if (j % 3 === 0) continue; if (j > 50) break; t += j; } }
  let k = 0; do { t += k; k++; } while (k < 5);
  a: for (let x = 0; x < 10; x++) { for (let y = 0; y < 10; y++) { if (y === x) continue a; if (x === 8) break a; t += y; } }
  return t;
}
function inTry() {
  const r = [];
  for (let i = 0; i < 5; i++) {
    try { if (i === 2) throw new Error("x" + i); r.push(i); } catch (e) { r.push(e.message); continue; } finally { r.push("f"); }
  }
  for (let i = 0; ; i++) { try { if (i === 3) return r.join(); } finally { if (i === 3) r.push("last"); } }
}
function sw() { let i = 0, s = ""; while (true) { i++; switch (i % 3) { case 0: s += "a"; break; case 1: s += "b"; continue; default: s += "c"; } if (i > 10) break; } return s; }
function blk() { let t = 0; b: { for (let i = 0; i < 10; i++) { if (i === 5) break b; t += i; } t = -1; } return t; }
console.log(nested(100), inTry(), sw(), blk());""",
    "elements_and_equality": """
function get(a, i) { return a[i]; }
function set(a, i, v) { a[i] = v; return a; }
const a = [1, 2, 3], holes = [1, , 3];
console.log(get(a, 1.5), get(a, -0), get(a, 2), get(a, 3), get(holes, 1), get("abc", 1), get({1: "o"}, 1));
Array.prototype[1] = "P"; console.log(get(holes, 1)); delete Array.prototype[1];
console.log(set([1, 2], 1, 9).join(), set([1, 2], 2, 3).join(), set([1], 5, 1).length, set(Object.freeze([1, 2]), 0, 5)[0]);
function seq(x, y) { return [x === y, x !== y]; }
const o = {};
console.log([[NaN, NaN], ["ab", "a" + "b"], [o, o], [o, {}], [10n, 10n], [0, -0], [null, undefined], [1, "1"], [true, true]].map(p => seq(p[0], p[1]).join("/")).join());
const arr = [1]; arr.foo = 3;
function foo(x) { return x.foo; }
console.log(foo(arr), foo(arr), foo({foo: 1}), [1, 2].length, "abc".length, ({length: 4}).length);""",
}


@pytest.mark.parametrize("name", sorted(CONSTRUCTS))
def test_construct_matches_tier0(name: str) -> None:
    trace = same_as_tier0(CONSTRUCTS[name])
    assert any("-> baseline" in line for line in trace)
    assert not any("not compiled" in line for line in trace if "class constructor" not in line), trace


def test_inline_caches_follow_shape_and_prototype_changes() -> None:
    same_as_tier0("""
function getX(o) { return o.x; }
function setX(o, v) { o.x = v; return o; }
const shapes = [{x: 1}, {a: 0, x: 2}, {b: 0, x: 3}, {c: 0, x: 4}, {d: 0, x: 5}, {e: 0, x: 6}];
const r = []; for (let i = 0; i < 3; i++) for (const o of shapes) r.push(getX(o));
console.log(r.join());
function Q() {} Q.prototype.x = "proto";
const q = new Q(); console.log(getX(q), getX(q));
Q.prototype.x = "changed"; console.log(getX(q));
Object.setPrototypeOf(q, {x: "other proto"}); console.log(getX(q));
q.x = "own"; console.log(getX(q));
const frozen = Object.freeze({x: 1}); "use strict";
console.log(setX({}, 1).x, setX({}, 2).x, setX(frozen, 3).x);
const withSetter = Object.create({ set x(v) { this.seen = v; } });
console.log(setX({}, 4).x, setX(withSetter, 5).seen, Object.keys(withSetter).join());
console.log(getX([1]), getX("str"), getX(5));
try { getX(null); } catch (e) { console.log(e.message); }
try { setX(undefined, 1); } catch (e) { console.log(e.message); }""")


def test_global_cache_sees_new_lexical_bindings() -> None:
    ctx = Context(tier="baseline", stdout=(out := []).append)
    try:
        ctx.eval("globalThis.g = 'global'; function readG() { return g; } console.log(readG(), readG());")
        ctx.eval("let g = 'lexical'; console.log(readG());")
    finally:
        baseline.install("interp")
    assert out == ["global global", "lexical"]


def test_global_cache_reads_lexical_bindings_and_their_updates() -> None:
    same_as_tier0("""
const C = 1; let L = 2; class K {}
function read() { return [C, L, typeof K]; }
console.log(read().join()); L = 3; console.log(read().join());
function early() { return late; }
try { early(); } catch (e) { console.log(e.message); }
let late = "init"; console.log(early());""")


def test_polymorphic_prototype_caches_follow_changes() -> None:
    same_as_tier0("""
class A { m() { return 1; } } class B extends A {} class C extends B {}
const objs = [new A(), new B(), new C()];
function callM(x) { return x.m(); }
function total() { let t = 0; for (let i = 0; i < 30; i++) t += callM(objs[i % 3]); return t; }
console.log(total());
A.prototype.m = function () { return 2; }; console.log(total());
B.prototype.m = function () { return 3; }; console.log(total());
Object.setPrototypeOf(C.prototype, { m() { return 5; } }); console.log(total());
objs[2].m = () => 7; console.log(total());""")


def test_prototype_epoch_invalidates_cached_chains() -> None:
    same_as_tier0("""
class A { m() { return "A"; } } class B extends A {} class C extends B {}
const c = new C(), b = new B();
function callM(x) { return x.m(); }
function run() { const r = []; for (let i = 0; i < 4; i++) r.push(callM(i % 2 ? c : b)); return r.join(); }
console.log(run());
B.prototype.m = function () { return "B"; }; console.log(run());      // shadowed mid-chain
delete B.prototype.m; console.log(run());                              // unshadowed again
Object.defineProperty(A.prototype, "m", { get() { return () => "getter"; } }); console.log(run());
Object.setPrototypeOf(B.prototype, { m() { return "swapped"; } }); console.log(run());
const arr = [3, 1, 2]; function pushIt(a, v) { return a.push(v); }
console.log(pushIt(arr, 4), pushIt(arr, 5));
Array.prototype.push = function (v) { return "patched " + v; }; console.log(pushIt(arr, 6), arr.length);
const m = new Map([["k", 1]]); function look(x) { return x.get("k"); }
console.log(look(m), look(m)); Map.prototype.get = () => "own get"; console.log(look(m));
function len(x) { return x.length; } console.log(len("abc"), len([1, 2]), len({length: 7}));
function addY(o) { o.y = 1; return Object.keys(o).join(); }
const P = {}; const kid = Object.create(P); console.log(addY(Object.create(P)), addY(kid));
Object.defineProperty(P, "y", { set(v) { this.z = v; } }); console.log(addY(Object.create(P)));""")


def test_forward_jumps_compile_to_nested_code() -> None:
    same_as_tier0("""
function sign(x) { if (x > 0) return 1; else if (x < 0) return -1; return x === 0 ? 0 : NaN; }
function chain(n) { let s = ""; for (let i = 0; i < n; i++) {
  if (i % 15 === 0) s += "F"; else if (i % 5 === 0) s += "b"; else if (i % 3 === 0) s += "f";
  else if (i % 7 === 0) s += "s"; else if (i % 11 === 0) s += "e"; else if (i % 13 === 0) s += "t";
  else if (i % 17 === 0) s += "v"; else if (i % 19 === 0) s += "n"; else if (i % 23 === 0) s += "w";
  else s += i & 1 ? "." : ","; } return s; }
function sw(v) { switch (v) { case 1: return "one"; case 2: case 3: return "few"; default: return "many"; } }
function tryIt(x) { try { if (x) throw new Error("e" + x); return "none"; } catch (e) { return e.message; } finally { x = 0; } }
console.log(sign(3), sign(-2), sign(0), sign(NaN), chain(60), [0, 1, 2, 3, 9].map(sw).join(), tryIt(0), tryIt(2));""")
    src = "function f(x) { return x ? 1 : 2; } f(1); f(0);"
    baseline.install("baseline", dump=True)
    try:
        Context(tier="baseline", stdout=lambda line: None).eval(src)
        text = baseline.dump_text()
    finally:
        baseline.install("interp")
        baseline.DUMPS = None
    body = text.split("def js_f")[1].split("# ----")[0]
    # both arms are nested code ending in their own return: no jump through the dispatch
    assert "s0 = 2.0" in body and body.count("return s0") == 3 and "continue" not in body


def test_prototype_epoch_hook_of_the_runtime() -> None:
    from pyjs.engine.runtime.objects import JSObject
    from pyjs.engine.runtime.shapes import PROTO_EPOCH
    proto, other = JSObject(), JSObject()
    proto.define_data("m", 1.0)
    obj = JSObject(proto)
    ep = PROTO_EPOCH[0]
    proto.define_data("n", 2.0)
    assert PROTO_EPOCH[0] == ep  # unwatched shapes move freely
    proto.shape.watched = True
    proto.define_data("o", 3.0)
    assert PROTO_EPOCH[0] == ep + 1
    proto.shape.watched = True
    proto.delete("m")
    assert PROTO_EPOCH[0] > ep + 1
    ep = PROTO_EPOCH[0]
    proto.shape.watched = True
    assert proto.set_prototype_of(other) and PROTO_EPOCH[0] == ep + 1 and obj.get("o", obj) == 3.0


def test_feedback_keeps_flowing_from_compiled_code() -> None:
    ctx = Context(tier="baseline", stdout=lambda line: None)
    try:
        fn = ctx.eval("function get(o) { return o.p; } get({p: 1}); get({p: 2}); get")
    finally:
        baseline.install("interp")
    code = fn.code
    assert code.tier_entry is not None
    shapes = [fb for fb in code.feedback if type(fb) is tuple]
    assert shapes and shapes[0][0].table["p"] == shapes[0][1]


def test_stack_traces_match_tier0() -> None:
    src = """
function inner(o) {
  return o.missing.deeper;
}
function outer() { return inner({}); }
try { outer(); } catch (e) { console.log(e.stack); }
const thrower = { method() { throw new Error("boom"); } };
try { [1].map(() => thrower.method()); } catch (e) { console.log(e.stack.split("\\n").slice(0, 3).join("|")); }"""
    expected, _ = run(src, "interp")
    got, _ = run(src, "baseline")
    assert "inner (t.js:3:" in got
    assert got == expected


def test_tier_up_policy_counts_calls() -> None:
    src = "function f(x) { return x + 1; } let s = 0; for (let i = 0; i < N; i++) s = f(s); console.log(s);"
    out, trace = run(src.replace("N", "4"), "auto", threshold=10, loop_threshold=10 ** 6)
    assert out == "4" and not any(" f " in line for line in trace)
    out, trace = run(src.replace("N", "30"), "auto", threshold=10, loop_threshold=10 ** 6)
    assert out == "30" and [line for line in trace if line.startswith("[tiering] f ")]
    assert tierup.Policy.threshold == float("inf")  # run() restored tier 0


def test_on_stack_replacement_enters_running_loops() -> None:
    src = """
function once(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; } return s; }
function withIterator(xs) { let s = 0; for (const x of xs) { for (let j = 0; j < 3; j++) s += x * j; } return s; }
function thrower(n) { let i = 0; try { while (true) { if (++i > n) throw new Error("at " + i); } } catch (e) { return e.message; } }
console.log(once(5000), withIterator(Array.from({length: 2000}, (_, i) => i)), thrower(3000));
try { (function () { for (let i = 0; ; i++) if (i > 3000) null.x; })(); } catch (e) { console.log(e.stack.split("\\n")[1]); }"""
    expected, _ = run(src, "interp")
    got, trace = run(src, "auto", threshold=10 ** 6, loop_threshold=100)
    assert got == expected
    compiled = [line.split()[1] for line in trace if "-> baseline" in line or "-> opt" in line]
    assert {"once", "withIterator", "thrower"} <= set(compiled)  # `once` in tier 2 (a numeric loop)


def test_a_throw_escaping_osr_code_leaves_the_frame() -> None:
    """Fuzz finding (gen 10022-14): a loop inside a try entered by OSR, then a throw after the
    try. The compiled code ran the frame's handlers itself; tier 0 saw the throw at the loop
    header (inside the try) and ran the catch, or the finally, a second time."""
    src = """
function afterCatch(n) { var s = 0; try { for (var i = 0; i < n; i++) s += i; } catch (e) { console.log("wrong catch"); } null.x; }
function afterFinally(n) { var s = 0; try { for (var i = 0; i < n; i++) s += i; } finally { console.log("finally", s); } undefined.y; }
function insideCatch(n) { var s = 0; try { for (var i = 0; i < n; i++) { s += i; if (i == n - 1) throw new Error("in " + s); } } catch (e) { console.log("caught", e.message); } return s; }
function deep(n) { try { for (var i = 0; i < n; i++); return deep(n); } catch (e) { console.log("own catch"); throw e; } }
for (const f of [afterCatch, afterFinally]) { try { f(3000); } catch (e) { console.log("outer", e.message); } }
console.log(insideCatch(3000));
try { deep(300); } catch (e) { console.log("outer", e.name); }"""
    expected, _ = run(src, "interp")
    assert "wrong catch" not in expected and expected.count("finally") == 1
    for tier in ("auto", "opt"):
        got, trace = run(src, tier, threshold=10 ** 6, loop_threshold=100)
        assert got == expected
        assert any("afterCatch" in line and "-> baseline" in line for line in trace), trace


SUSPENDABLE = """
function* g(a) { try { yield a; yield a + 1; } finally { console.log("fin"); } return 9; }
for (const x of g(1)) console.log(x);
const it = g(5); console.log(JSON.stringify(it.next()), JSON.stringify(it.return(42)), JSON.stringify(it.next()));
const it2 = g(5); it2.next(); try { it2.throw(new Error("boom")); } catch (e) { console.log("caught " + e.message); }
function* h() { try { yield 1; } catch (e) { console.log("inner " + e); yield 2; } }
const i3 = h(); i3.next(); console.log(JSON.stringify(i3.throw("x")), JSON.stringify(i3.next()));
function* d() { yield* [1, 2]; const r = yield* g(7); console.log("r=" + r); }
console.log([...d()].join());
function* fin2() { try { try { yield 1; } finally { console.log("f1"); } } finally { console.log("f2"); } }
const i4 = fin2(); i4.next(); console.log(JSON.stringify(i4.return(3)));
function* fin3() { try { yield 1; } finally { yield "cleanup"; } }
const i5 = fin3(); i5.next(); console.log(JSON.stringify(i5.return(7)), JSON.stringify(i5.next()));
function* err() { throw new TypeError("in gen"); }
try { err().next(); } catch (e) { console.log(e.stack.split("\\n")[1].trim()); }
async function af(x) { const y = await x; console.log("await " + y);
  try { await Promise.reject(new Error("rej")); } catch (e) { console.log(e.message); } return y * 2; }
af(21).then(v => console.log("res " + v));
async function noAwait() { return 3; }
noAwait().then(v => console.log("noAwait " + v));
async function* ag() { yield 1; const v = await Promise.resolve(2); yield v; }
(async () => { for await (const v of ag()) console.log("ag " + v); })();
"""
# node's output of SUSPENDABLE
SUSPENDABLE_OUT = """1
2
fin
fin
{"value":5,"done":false} {"value":42,"done":true} {"done":true}
fin
caught boom
inner x
{"value":2,"done":false} {"done":true}
fin
r=9
1,2,7,8
f1
f2
{"value":3,"done":true}
{"value":"cleanup","done":false} {"value":7,"done":true}
at err (t.js:14:25)
await 21
noAwait 3
rej
ag 1
res 42
ag 2"""


def test_generators_and_async_functions_compile_to_python_generators() -> None:
    trace = same_as_tier0(SUSPENDABLE)
    out, _ = run(SUSPENDABLE, "baseline")
    assert out == SUSPENDABLE_OUT
    compiled = {line.split()[1] for line in trace if "-> baseline" in line}
    assert {"g", "h", "d", "fin2", "fin3", "err", "af", "noAwait", "ag"} <= compiled
    assert not any("not compiled" in line for line in trace)
    code = Context(tier="interp").eval("(function* () { yield 1; })").code
    baseline.compile_code(code)
    assert code.gen_entry is not None and code.tier_entry is None  # [[Call]] must not enter it


def test_dump_prints_generated_python(tmp_path) -> None:
    path = tmp_path / "d.js"
    path.write_text("function add(a, b) { return a + b; }\nconsole.log(add(2, 3));\n")
    proc = run_cli("--dump=baseline", "--trace-tiering", str(path), tier="baseline")
    assert proc.returncode == 0
    assert proc.stdout.startswith("5\n")
    assert "def js_add(f, _osr=-1, _fn=None" in proc.stdout and "return s0" in proc.stdout
    assert "[tiering] add" in proc.stderr and " ms" in proc.stderr


def test_threshold_option_of_the_shell(tmp_path) -> None:
    path = tmp_path / "t.js"
    path.write_text("function f() { return 1; }\nfor (let i = 0; i < 5; i++) f();\nconsole.log('done');\n")
    low = run_cli("--baseline-threshold", "2", "--trace-tiering", str(path), tier="auto")
    high = run_cli("--baseline-threshold", "100", "--trace-tiering", str(path), tier="auto")
    assert low.stdout == high.stdout == "done\n"
    assert "[tiering] f " in low.stderr and "[tiering] f " not in high.stderr


def test_copy_propagation_of_template_temporaries() -> None:
    import ast
    from pyjs.tiers.baseline.templates import propagate_copies

    def fold(src: str) -> str:
        return ast.unparse(ast.Module(propagate_copies(ast.parse(src).body), []))
    # the copies disappear when every read still sees the source's value
    assert fold("b = s1\na = s0\nif type(a) is float:\n    s0 = a < b\nelse:\n    s0 = R_lt(a, b)") == \
        "if type(s0) is float:\n    s0 = s0 < s1\nelse:\n    s0 = R_lt(s0, s1)"
    # a read after the source is overwritten keeps the copy
    kept = "o = s0\ns0 = R_get(o)\nif s0 is None:\n    s0 = R_slow(o)"
    assert fold(kept) == kept
    # a temporary reassigned inside a branch is left alone
    branch = "v = s0\nif c:\n    v = 1\nR_use(v)"
    assert fold(branch) == branch


def test_compiled_code_keeps_recording_type_feedback() -> None:
    from pyjs.engine.interp import ops_runtime as R
    baseline.install("baseline")
    try:
        ctx = Context(tier="baseline", stdout=lambda line: None)
        ctx.eval("""
function add1(x) { return x + 1; }
function site(o, k, v) { o[k] = v; return add1(o[k]); }
site([1], 0, 2); site({}, "a", "s");""")
        fb = ctx.eval("site").code.feedback
    finally:
        baseline.install("interp")
    assert ctx.eval("add1") in fb  # the call site's one target
    assert any(type(x) is int and x & R.E_OTHER_OBJECT for x in fb)  # o[k] on a non-array
    add_fb = ctx.eval("add1").code.feedback
    assert any(type(x) is int and x & R.type_bit("s") for x in add_fb)  # x + 1 with a string
