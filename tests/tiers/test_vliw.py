"""Tier 2's VLIW backend (tiers/vliw): the machine table is consistent, every schedule keeps
every dependence, channel limit and latency (checked on the final code, independently of the
scheduler's own dependence graph), speculative loads never fault, and the simulator's results
equal tier 0's with every combination of techniques, bailouts included."""
from __future__ import annotations

import dataclasses

import pytest

from pyjs.tiers import opt
from pyjs.tiers.opt.nodes import NODES
from pyjs.tiers.vliw import backend
from pyjs.tiers.vliw.backend import NODES_SELECTED
from pyjs.tiers.vliw.isel import Selector
from pyjs.tiers.vliw.machine import CHANNELS, CLASSES, EFFECTFUL, MOPS, UNITS
from pyjs.tiers.vliw.schedule import Techniques
from pyjs.tiers.vliw.semantics import EXPR, NAT, SPEC, ENV, VLIWTrap
from pyjs.tiers.vliw.simulator import STATS
from tests.conftest import run_cli
from tests.tiers import test_opt

ALL_OFF = Techniques(ifconvert=False, speculate=False, prep=False, cross=False, unroll=False, pipeline=False)
CONFIGS = [Techniques(), ALL_OFF] + [dataclasses.replace(Techniques(), **{f.name: False})
                                     for f in dataclasses.fields(Techniques)]

KERNELS = {
    "mandelbrot": """
function mb(ci, cr) {
  var zr = 0, zi = 0, tr = 0, ti = 0, i = 0;
  for (; i < 50 && tr + ti <= 4; i++) { zi = 2 * zr * zi + ci; zr = tr - ti + cr; tr = zr * zr; ti = zi * zi; }
  return i;
}
var s = 0; for (var k = 0; k < 40; k++) s += mb(0.05 * k - 1, 0.03 * k - 0.5);
console.log(s);""",
    "arrays, if/else and Math in a loop": """
function f(a, b) {
  var s = 0, n = 0;
  for (var i = 0; i < a.length; i++) {
    var x = a[i] * b[i];
    if (x > 10) s += Math.sqrt(x); else s -= x / 3;
    n = x < 0 ? n - 1 : n + 1;
    b[i] = Math.floor(x) % 7;
  }
  return s + n;
}
var a = [], b = [];
for (var i = 0; i < 50; i++) { a.push(i * 1.5 - 20); b.push(i % 9 - 3); }
for (var r = 0; r < 6; r++) console.log(f(a, b).toFixed(6), b.join(","));""",
    "objects, bit operations, nested loops": """
function P(x, y) { this.x = x; this.y = y; }
function g(ps, m) {
  var h = 0;
  for (var i = 0; i < ps.length; i++)
    for (var j = 0; j < m; j++) h = (h * 31 + ((ps[i].x | 0) ^ (ps[i].y << j)) + (j >>> 1)) & 0xffffff;
  return h;
}
var ps = []; for (var i = 0; i < 12; i++) ps.push(new P(i * 3, 7 - i));
for (var r = 0; r < 5; r++) console.log(g(ps, r + 3));""",
    "calls, strings and a deopt mid-run": """
function sum(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i]; return s; }
function label(n) { return "n" + n; }
var xs = [1, 2, 3, 4.5];
for (var r = 0; r < 5; r++) console.log(sum(xs), label(r));
xs.push("!"); console.log(sum(xs)); console.log(sum([7, 8]));""",
    "int32 arithmetic, typed arrays, transitions, removed literals, a global": """
var K = 3;
function h(n) { var x = 0; for (var i = 0; i < n; i++) { x = (x + i * 7) % 1000; x = x | (i << 2); } return x - K; }
function f32(a) { for (var i = 0; i < a.length; i++) a[i] = a[i] * 0.5 + i * 1.1; return a[a.length - 1]; }
function c8(a) { for (var i = 0; i < a.length; i++) a[i] = i * 40.5 - 20; return a[1] + a[a.length - 1]; }
function i16(a) { for (var i = 0; i < a.length; i++) a[i] = (a[i] + i * 9000) | 0; return a[a.length - 1]; }
function P(x) { this.x = x; this.y = x + 1; }
function mk(n) { var s = 0; for (var i = 0; i < n; i++) { var p = new P(i); var q = {a: i, b: p.y}; s += q.a * q.b; } return s; }
var fa = new Float32Array(12), ca = new Uint8ClampedArray(9), ia = new Int16Array(10);
for (var r = 0; r < 5; r++) console.log(h(50 + r), f32(fa), c8(ca), i16(ia), mk(10));""",
    "software-pipelined loops, loop exits and bailouts mid-kernel": """
function f(a, n) { var s = 0, t = 1; for (var i = 0; i < n; i++) { t = t * 0.5 + a[i]; s = s + t * t; } return s; }
function g(a, b, n) { var m = 0; for (var i = 0; i < n; i++) { var d = a[i] - b[i]; m = Math.max(m, d * d); } return m; }
var a = [], b = [];
for (var i = 0; i < 40; i++) { a.push(i * 0.25 - 3); b.push(i % 7); }
for (var r = 0; r < 6; r++) console.log(f(a, 40 - r), f(a, r), g(a, b, 40 - 3 * r));
a[17] = "x"; console.log(f(a, 40), g(b, a, 40));
b[3] = {}; console.log(g(a, b, 10), f(b, 1));""",
}


@pytest.fixture(autouse=True)
def _once_per_ci_run(tier: str) -> None:
    """These tests choose the backend and techniques themselves: they run in the default
    suite (interp) and in the VLIW backend's pass, not again in the tier-1 and x64 passes."""
    if tier == "baseline" or (tier == "opt" and opt.Dumps.backend != "vliw"):
        pytest.skip("the VLIW backend's tests run in the interp and vliw passes")


@pytest.fixture
def vliw():
    """Tier 2 on the VLIW backend for the test; compiled layouts are recorded."""
    saved = opt.Dumps.backend, backend.Config.techniques, backend.Config.record
    opt.Dumps.backend, backend.Config.record = "vliw", []
    try:
        yield backend.Config
    finally:
        opt.Dumps.backend, backend.Config.techniques, backend.Config.record = saved


# ---- the machine table --------------------------------------------------------------------------
def test_machine_table_is_consistent() -> None:
    assert len(CHANNELS) == sum(UNITS.values())
    for c in CLASSES.values():
        assert c.channels and set(c.channels) <= set(CHANNELS) and c.latency >= 1
    for m in MOPS.values():
        assert m.cls in CLASSES and m.result in "gpm-" and m.doc
        if m.result != "-" and m.name not in ("frame", "call"):
            assert m.name in EXPR, m.name
        if m.kind == "load":
            assert m.name in SPEC, m.name
    assert set(EXPR) <= set(MOPS) and set(SPEC) <= set(MOPS)
    assert EFFECTFUL >= {m.kind for m in MOPS.values() if m.kind in ("store", "call", "exit", "ctl")}


def test_every_node_has_an_instruction_selection() -> None:
    missing = {n for n in NODES if n != "Phi" and not hasattr(Selector, "op_" + n)}
    assert missing == set()
    assert NODES_SELECTED == frozenset(NODES)


def test_speculative_values_never_fault_and_trap_when_used() -> None:
    env = dict(ENV)
    aux = {"ldf": "shape", "ldtyped": "h"}
    spec = {k: eval("lambda a, b: " + v.format("a", "b", aux=aux.get(k, 3)), env) for k, v in SPEC.items()}
    assert spec["ldfv"]("not a number", None) is NAT
    assert spec["ldi"]([1.0, 2.0], 5) is NAT and spec["ldi"]([1.0, 2.0], 1) == 2.0
    assert spec["ldf"](1.5, None) is NAT and spec["ldlen"](None, None) is NAT
    assert spec["ldtyped"](bytearray(4), 3) is NAT and spec["ldtyped"](None, 0) is NAT
    assert spec["ldtyped"](bytearray(b"\x01\x80"), 0) == -32767.0
    assert spec["ldint"](2.0, None) is NAT and spec["ldint"](7, None) == 7 and spec["ldblen"]([], None) is NAT
    assert spec["ldin"](None, "k") is NAT and spec["ldin"]({"k": 1}, "k") is True
    assert NAT + 1.0 is NAT and 2.0 * NAT is NAT and (NAT < 1.0) is NAT and -NAT is NAT
    assert eval(EXPR["fsqrt"].format("NAT"), env) is NAT
    with pytest.raises(VLIWTrap):
        bool(NAT)


def test_int32_and_typed_array_semantics_match_the_engine() -> None:
    from pyjs.engine.runtime.builtins.array_buffer import ELEMENT_TYPES
    from pyjs.engine.runtime.conversions import to_int32
    xs = [0.0, -0.0, 0.5, 1.5, 2.5, -1.5, 254.5, 255.5, 300.0, -7.0, 3.4e38, 3.5e38, 1e300, -1e300,
          float("nan"), float("inf"), 2147483648.0, -2147483649.0, 4294967301.0, 9.2e18]
    for name, code in (("Float32", "f"), ("Float64", "d"), ("Uint8Clamped", "C")):
        t = ELEMENT_TYPES[name]
        for x in xs:
            got, want = bytearray(12), bytearray(12)
            ENV["sttf"](got, 1, x, code)
            t.write(want, 1, t.convert(x))
            assert got == want, (name, x)
    for name in ("Int8", "Uint8", "Int16", "Uint16", "Int32", "Uint32"):
        t = ELEMENT_TYPES[name]
        for x in xs:
            if x == x and abs(x) < 9.2e18:
                got, want = bytearray(12), bytearray(12)
                ENV["stti"](got, 2, ENV["toi32"](x), t.code)
                t.write(want, 2, t.convert(x))
                assert got == want, (name, x)
    assert [ENV["toi32"](x) for x in xs if abs(x) < 9.3e18 or x != x] == \
        [to_int32(x) for x in xs if abs(x) < 9.3e18 or x != x]
    assert ENV["srem"](7, 3) == 1 and ENV["srem"](-7, 3) == -1 and ENV["srem"](5, 0) == 0


# ---- schedules ----------------------------------------------------------------------------------
def check_layout(layout: list, vregs: dict) -> None:
    """Invariants of the final code, from the bundles alone (not the scheduler's graph):
    channels, latencies on virtual registers (each read sees the latest write before it in
    program order, landed), no physical register clobbered while its value is live, effects
    in program order, nothing hoisted above a branch it must follow, loads above a guard only
    as speculative loads."""
    for t in layout:
        cycle = {}
        for b in t.bundles:
            units = {u: 0 for u in UNITS}
            for ch, op in b.slots.items():
                assert ch in CLASSES[MOPS[op.op].cls].channels, (op.op, ch)
                units[ch.rstrip("0123456789")] += 1
                cycle[id(op)] = b.cycle
            assert all(units[u] <= n for u, n in units.items())
        ops = sorted((op for b in t.bundles for op in b.ops), key=lambda op: op.seq)
        assert len(ops) == len(t.ops)
        last_ctl = last_exit = -1
        for k, op in enumerate(ops):
            c = cycle[id(op)]
            kind = op.kind
            dst, srcs, pred = vregs[id(op)]
            reads = [(v, p, kind == "exit" and i > 0) for i, (v, p) in enumerate(zip(srcs, op.srcs)) if type(v) is int]
            if pred is not None:
                reads.append((pred, op.pred, False))
            for v, phys, state in reads:
                writers = [w for w in ops[:k] if vregs[id(w)][0] == v]
                start = -1
                if writers:
                    w = writers[-1]
                    start = cycle[id(w)]
                    assert c >= start + (0 if state else MOPS[w.op].latency), (op, w)
                # (an exit's state is read after its bundle's writes)
                clobbers = [x for x in ops if x.dst == phys and start <= cycle[id(x)] <= c - (not state)
                            and (not writers or x is not writers[-1])]
                assert not clobbers, (op, clobbers)
            if kind in EFFECTFUL:
                assert all(cycle[id(e)] <= c for e in ops[:k] if e.kind in EFFECTFUL)
            if kind == "ctl":
                assert all(cycle[id(x)] <= c for x in ops[:k])
                last_ctl = max(last_ctl, c)
            if kind == "exit":
                last_exit = max(last_exit, c)
            if (kind == "load" and not op.spec) or kind in ("store", "call"):
                assert c > max(last_ctl, last_exit), op


@pytest.mark.parametrize("name", sorted(KERNELS))
def test_schedules_keep_dependences_channels_and_latencies(name: str, vliw) -> None:
    for tech in (Techniques(), ALL_OFF):
        vliw.techniques = tech
        vliw.record = []
        got, _, _ = test_opt.run(KERNELS[name], "opt")
        assert vliw.record, "nothing was compiled"
        for layout, vregs in vliw.record:
            check_layout(layout, vregs)


@pytest.mark.parametrize("name", sorted(KERNELS))
def test_results_equal_tier0_with_every_technique_combination(name: str, vliw) -> None:
    expected, _, _ = test_opt.run(KERNELS[name], "interp")
    for tech in CONFIGS:
        vliw.techniques = tech
        STATS.reset()
        got, _, _ = test_opt.run(KERNELS[name], "opt")
        assert got == expected, tech
        assert STATS.summary()["cycles"] > 0


def test_kernels_run_the_int32_typed_array_and_transition_operations(vliw) -> None:
    test_opt.run(KERNELS["int32 arithmetic, typed arrays, transitions, removed literals, a global"], "opt")
    used = {op.op for layout, _ in vliw.record for t in layout for op in t.ops}
    assert used >= {"add", "mul", "rem", "fitsi32", "icmplt", "fisnegz", "ldint", "ldblen", "ldtyped", "sttf",
                    "stti", "stf", "append", "ldin"}, used


def test_loops_are_software_pipelined(vliw) -> None:
    """Both loops get a modulo schedule whose iterations overlap (several stages, register
    copies), and their bailouts mid-kernel give tier 0's results (the deopt trace names them)."""
    src = KERNELS["software-pipelined loops, loop exits and bailouts mid-kernel"]
    _, deopts = test_opt.same_as_tier0(src)
    assert sum("CheckFloat failed on string 'x'" in d for d in deopts) == 2, deopts
    kernels = [t for layout, _ in vliw.record for t in layout if t.pipelined and t.loop]
    assert {t.blocks[0] for t in kernels} and all(t.stages > 1 and t.copies > 1 for t in kernels)
    assert all(t.bundles[-1].cycle < t.copies * t.ii for t in kernels)
    for layout, vregs in vliw.record:
        check_layout(layout, vregs)


def test_the_techniques_pay(vliw) -> None:
    cycles = {}
    for tech in (Techniques(), ALL_OFF):
        vliw.techniques = tech
        STATS.reset()
        test_opt.run(KERNELS["arrays, if/else and Math in a loop"], "opt")
        cycles[tech] = STATS.summary()["cycles"]
    assert cycles[Techniques()] < 0.8 * cycles[ALL_OFF]


@pytest.mark.parametrize("name", sorted(test_opt.BAILOUTS))
def test_bailout_suite_on_vliw(name: str, vliw) -> None:
    """Each case's guard fails in the simulated code (the deopt trace names it, the simulator
    counted the bailout) and the result is tier 0's."""
    src, must = test_opt.BAILOUTS[name]
    STATS.reset()
    _, deopts = test_opt.same_as_tier0(src)
    assert any(must in d for d in deopts), deopts
    assert STATS.bailouts > 0


def test_shell_dump_and_stats() -> None:
    p = run_cli("--tier=opt", "--dump=vliw", "--vliw-stats", "-e", KERNELS["mandelbrot"])
    assert p.returncode == 0, p.stderr
    out = p.stdout
    tier0 = run_cli("--tier=interp", "-e", KERNELS["mandelbrot"]).stdout
    assert out.startswith(tier0)
    assert "(loop)" in out and "pad: branch preparation" in out and "exit " in out and ".s " in out
    assert "@v" in out and "psel " in out and "alu0" in out
    assert "[vliw] cycles" in p.stderr and "stall cycles by cause" in p.stderr


def wide_function(n: int) -> str:
    """A function with ``n`` values live at once (every a_k until the sum reaches it), and a
    guard after them whose bailout needs them all (its frame state holds every local)."""
    defs = "".join(f"var a{k} = x * {k + 1}.5 + y;\n" for k in range(n))
    total = " + ".join(f"a{k}" for k in range(n))
    return (f"function wide(x, y, o) {{\n{defs}var s = {total};\nreturn o.k + s + a0 + a{n // 2} + a{n - 1};\n}}\n"
            "var t = 0, o = {k: 1};\nfor (var r = 0; r < 12; r++) t += wide(r * 0.25, 1 - r, o);\n"
            "console.log(t, wide(2, 3, {j: 0, k: 5}), wide(2, 3, o));")


def test_more_live_values_than_registers_are_spilled(vliw) -> None:
    from pyjs.tiers.vliw.machine import GPRS
    src = wide_function(GPRS + 40)
    STATS.reset()
    trace, deopts = test_opt.same_as_tier0(src)
    assert any(line.startswith("[tiering] wide") and "-> opt" in line for line in trace), trace
    assert any("CheckShape failed" in d for d in deopts), deopts
    used = [op.op for layout, _ in vliw.record for t in layout for op in t.ops]
    assert "spill" in used and "fill" in used
    for layout, vregs in vliw.record:
        check_layout(layout, vregs)
