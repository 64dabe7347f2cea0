"""Guards of the built-ins' fast paths (array species, array iteration, element appends,
Map/Set keys, string property reads): each case changes what a guard watches, so the fast path
must not be taken, and expects what node prints. Every case runs in the session's tier and, from
the default interpreter tier, in tier 1 too (compiled code reaches built-ins by other paths)."""
from __future__ import annotations

import pytest

from tests.conftest import run_in_pyjs

CASES: dict[str, tuple[str, str]] = {}

# ArraySpeciesCreate: the intrinsic %Array% is used directly only while o.constructor and
# Array[@@species] are the original data property and getter.

CASES["species_own_constructor"] = ("""\
var a = [1, 2, 3];
function C(n) { this.made = n; }
a.constructor = { [Symbol.species]: C };
var r = a.map(function (x) { return x * 2; });
console.log(r instanceof C, r.made, r[0], r[2], Array.isArray(r));
console.log(a.slice(1).made, a.filter(function () { return true; }).made, a.concat([4]).made, a.splice(0, 1).made);
""", """\
true 3 2 6 false
2 0 0 1
""")

CASES["species_prototype_constructor_replaced"] = ("""\
var saved = Array.prototype.constructor;
function D(n) { this.n = n; }
Array.prototype.constructor = { [Symbol.species]: D };
var r = [5, 6].map(function (x) { return x; });
console.log(r instanceof D, r.n, r[1]);
Array.prototype.constructor = saved;
console.log(Array.isArray([5, 6].map(function (x) { return x; })));
""", """\
true 2 6
true
""")

CASES["species_prototype_constructor_getter"] = ("""\
var saved = Object.getOwnPropertyDescriptor(Array.prototype, "constructor");
var reads = 0;
Object.defineProperty(Array.prototype, "constructor", { get() { reads++; return Array; }, configurable: true });
var r = [1, 2].slice(0);
console.log(reads, Array.isArray(r), r.length);
Object.defineProperty(Array.prototype, "constructor", saved);
""", """\
1 true 2
""")

CASES["species_getter_redefined"] = ("""\
var saved = Object.getOwnPropertyDescriptor(Array, Symbol.species);
var calls = 0;
function E(n) { this.len = n; }
Object.defineProperty(Array, Symbol.species, { get() { calls++; return E; }, configurable: true });
var r = [1, 2, 3].filter(function (x) { return x > 1; });
console.log(calls, r instanceof E, r[0], r[1], r.len);
Object.defineProperty(Array, Symbol.species, saved);
console.log(Array.isArray([1].concat(2)));
""", """\
1 true 2 3 0
true
""")

CASES["species_null_and_undefined"] = ("""\
var a = [1, 2];
a.constructor = undefined;
console.log(Array.isArray(a.map(function (x) { return x; })));
var b = [1, 2];
b.constructor = { [Symbol.species]: null };
console.log(Array.isArray(b.slice()));
var c = [1, 2];
c.constructor = { [Symbol.species]: 42 };
try { c.map(function (x) { return x; }); } catch (e) { console.log(e instanceof TypeError); }
var d = [1];
d.constructor = 1;
try { d.slice(); } catch (e) { console.log(e instanceof TypeError); }
""", """\
true
true
true
true
""")

CASES["species_subclass"] = ("""\
class MyArray extends Array {}
var m = MyArray.from([1, 2, 3]);
var r = m.map(function (x) { return x + 1; });
console.log(r instanceof MyArray, r.length, r[2]);
console.log(m.slice(1) instanceof MyArray, m.concat([9]) instanceof MyArray, [].concat(m) instanceof MyArray);
""", """\
true 3 4
true true false
""")

CASES["species_fresh_array_holes"] = ("""\
var a = [1, , 3];
var r = a.map(function (x) { return x * 10; });
console.log(r.length, 1 in r, r[2]);
console.log(a.slice(0, 5).length, a.concat([, 4]).length, 3 in a.concat([, 4]));
""", """\
3 false 30
3 5 false
""")

# GetIterator on arrays: the array iterator is made directly only while @@iterator and
# %ArrayIteratorPrototype%.next are the original data properties.

CASES["iterator_replaced_on_prototype"] = ("""\
var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield "x"; yield "y"; };
var out = [];
for (var v of [1, 2, 3]) out.push(v);
var line = out.join() + " " + [...[1, 2]].join() + " " + new Set([1, 2]).size + " " + Array.from([1, 2, 3]).join();
Array.prototype[Symbol.iterator] = saved;
console.log(line);
out = [];
for (var w of [1, 2, 3]) out.push(w);
console.log(out.join());
""", """\
x,y x,y 2 x,y
1,2,3
""")

CASES["iterator_getter_on_prototype"] = ("""\
var saved = Array.prototype[Symbol.iterator];
var a = [7, 8];
var seen = [];
Object.defineProperty(Array.prototype, Symbol.iterator, {
  get() { seen.push(this === a); return saved; }, configurable: true });
var out = [];
for (var v of a) out.push(v);
var spread = [...a];
new Set(a);
console.log(out.join(), spread.join(), seen.join());
Object.defineProperty(Array.prototype, Symbol.iterator, { value: saved, writable: true, configurable: true });
""", """\
7,8 7,8 true,true,true
""")

CASES["iterator_own_and_next_replaced"] = ("""\
var a = [1, 2];
a[Symbol.iterator] = function () {
  var i = 0;
  return { next() { return i++ < 1 ? { value: "own", done: false } : { done: true }; } };
};
var out = [];
for (var v of a) out.push(v);
console.log(out.join(), [...a].join());
var AIP = Object.getPrototypeOf([][Symbol.iterator]());
var savedNext = AIP.next;
AIP.next = function () { return { value: "n", done: this.k = (this.k || 0) + 1, } ; };
out = [];
for (var w of [5, 6]) { out.push(w); }
console.log(out.join());
AIP.next = function () { var r = savedNext.call(this); if (!r.done) r.value = r.value * 100; return r; };
out = [];
for (var z of [5, 6]) out.push(z);
console.log(out.join(), [...[1, 2]].join());
AIP.next = savedNext;
""", """\
own own

500,600 100,200
""")

# obj[length] = v appends to the elements only when no prototype has index properties and the
# object (or an array's length) may grow.

CASES["append_frozen_and_fixed_length"] = ("""\
"use strict";
var f = Object.freeze([1, 2]);
try { f[2] = 3; console.log("no throw"); } catch (e) { console.log(e instanceof TypeError, f.length); }
var g = [1, 2];
Object.defineProperty(g, "length", { writable: false });
try { g[2] = 3; console.log("no throw"); } catch (e) { console.log(e instanceof TypeError, g.length, 2 in g); }
var h = [1, 2];
Object.preventExtensions(h);
try { h[h.length] = 3; } catch (e) { console.log(e instanceof TypeError, h.length); }
var s = Object.seal([0]);
try { s[1] = 1; } catch (e) { console.log(e instanceof TypeError, s.length); }
""", """\
true 2
true 2 false
true 2
true 1
""")

CASES["append_sloppy_failures_are_silent"] = ("""\
var f = Object.freeze([1, 2]);
f[2] = 3;
var g = [1, 2];
Object.defineProperty(g, "length", { writable: false });
g[2] = 3;
console.log(f.length, 2 in f, g.length, 2 in g);
""", """\
2 false 2 false
""")

CASES["append_sees_inherited_index_setters"] = ("""\
var log = "";
Object.defineProperty(Array.prototype, "2", { set(v) { log += "A" + v; }, configurable: true });
var a = [0, 1];
a[2] = 5;
var line = log + " " + a.length + " " + Object.prototype.hasOwnProperty.call(a, "2");
delete Array.prototype[2];
console.log(line);
Object.defineProperty(Object.prototype, "3", { set(v) { log += "O" + v; }, configurable: true });
var b = [0, 1, 2];
b[3] = 7;
var o = { 0: "x", 1: "y", 2: "z" };
o[3] = 8;
line = log + " " + b.length + " " + o[3];
delete Object.prototype[3];
console.log(line);
Object.defineProperty(Object.prototype, "1", { value: "ro", writable: false, configurable: true });
var c = [0];
c[1] = "w";
line = c.length + " " + c[1];
delete Object.prototype[1];
console.log(line);
""", """\
A5 2 false
A5O7O8 3 undefined
1 ro
""")

CASES["append_through_proxy_prototype"] = ("""\
var log = [];
var p = new Proxy([], { set(t, k, v, r) { log.push(k + "=" + v); return true; } });
var a = [1];
Object.setPrototypeOf(a, p);
a[1] = 2;
console.log(log.join(), a.length);
var o = Object.create(p);
o[0] = "z";
console.log(log.join(), Object.keys(o).length);
""", """\
1=2 1
1=2,0=z 0
""")

CASES["append_dense_and_sparse_lengths"] = ("""\
var a = new Array(3);
a[0] = "x";
console.log(a.length, a[0], 1 in a);
var b = [];
for (var i = 0; i < 5; i++) b[b.length] = i * i;
console.log(b.length, b.join());
var o = {};
o[0] = "a"; o[1] = "b";
console.log(Object.keys(o).join(), o.length);
var n = Object.create(null);
n[0] = 1; n[1] = 2;
console.log(Object.keys(n).join());
""", """\
3 x false
5 0,1,4,9,16
0,1 undefined
0,1
""")

# Map / Set: normalized keys, the constructors' prototype shortcut, lazily tracked iterators.

CASES["map_set_key_kinds"] = ("""\
var m = new Map();
m.set(1, "num"); m.set(1n, "big"); m.set(true, "bool"); m.set("1", "str");
m.set(null, "null"); m.set(undefined, "undef");
console.log(m.size, m.get(1), m.get(1n), m.get(true), m.get("1"), m.get(null), m.get(undefined), m.get(false));
m.set(NaN, "nan"); m.set(-0, "zero");
console.log(m.get(NaN), m.get(0), m.get(-0), Object.is([...m.keys()].pop(), 0), m.has(0 / 0));
var s = new Set([1, true, 1n, "1", 1.0, NaN, NaN, 0, -0]);
console.log(s.size, s.has(1), s.has(true), s.has(1n), s.has(2n), s.has(-0));
var sym = Symbol("k"), obj = {};
m.set(sym, "sym"); m.set(obj, "obj");
console.log(m.get(sym), m.get(obj), m.get({}), m.get(Symbol("k")));
""", """\
6 num big bool str null undef undefined
nan zero zero true true
6 true true true false true
sym obj undefined undefined
""")

CASES["map_subclass_and_new_target"] = ("""\
class M extends Map { extra() { return this.size; } }
var m = new M([[1, 2]]);
console.log(m instanceof M, m.extra(), m.get(1));
function F() {}
F.prototype = Object.create(Set.prototype, { tag: { value: "F" } });
var s = Reflect.construct(Set, [[1, 2]], F);
console.log(s.tag, s.size, Object.getPrototypeOf(s) === F.prototype);
function G() {}
G.prototype = 3;
console.log(Object.getPrototypeOf(Reflect.construct(Map, [], G)) === Map.prototype);
""", """\
true 1 2
F 2 true
true
""")

CASES["map_iterators_survive_compaction"] = ("""\
var m = new Map();
for (var i = 0; i < 100; i++) m.set(i, i);
var it = m.keys();
var seen = [it.next().value, it.next().value];
for (var j = 0; j < 90; j++) m.delete(j);
seen.push(it.next().value, it.next().value);
m.clear();
m.set("after", 1);
seen.push(it.next().value, it.next().done);
console.log(seen.join());
var s = new Set([1, 2, 3]);
var out = [];
s.forEach(function (v) { out.push(v); if (v === 1) { s.delete(2); s.add(4); } });
console.log(out.join());
""", """\
0,1,90,91,after,true
1,3,4
""")

CASES["map_receiver_checks"] = ("""\
var get = Map.prototype.get, add = Set.prototype.add;
try { get.call(new Set(), 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { add.call(new Map(), 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Map.prototype.has.call({}, 1); } catch (e) { console.log(e.message); }
console.log(new Map().get(), new Set().has(), new Set().add().has(undefined));
""", """\
TypeError Method Map.prototype.get called on incompatible receiver #<Set>
TypeError Method Set.prototype.add called on incompatible receiver #<Map>
Method Map.prototype.has called on incompatible receiver #<Object>
undefined false true
""")

# String.prototype lookups from primitives and String objects; charAt / charCodeAt positions.

CASES["string_methods_through_prototype"] = ("""\
"use strict";
Object.defineProperty(String.prototype, "kind", { get() { return typeof this; }, configurable: true });
console.log("abc".kind, new String("abc").kind);
String.prototype.twice = function () { return this + this; };
console.log("ab".twice(), "abc".hasOwnProperty("length"), "abc".length, "abc"[1], "abc"[3]);
String.prototype[3] = "q";
console.log("abc"[3], "abcd"[3], ""[3]);
delete String.prototype[3];
var w = new String("xy");
w[5] = "five"; w.extra = 1;
console.log(w[0], w[5], w[2], w.extra, w.length, Object.keys(w).join());
console.log("abc"[Symbol.iterator] === String.prototype[Symbol.iterator], "abc".constructor === String);
""", """\
string object
abab true 3 b undefined
q d q
x five undefined 1 2 0,1,5,extra
true true
""")

CASES["string_char_positions"] = ("""\
var s = "abc";
console.log(s.charAt(), s.charAt(1.7), s.charAt(-0.5), s.charAt(NaN), s.charAt(3), s.charAt(-1), s.charAt("2"),
            s.charAt(Infinity), s.charAt({ valueOf() { return 1; } }));
console.log(s.charCodeAt(), s.charCodeAt(2.9), s.charCodeAt(-0.2), s.charCodeAt(3), s.charCodeAt(-Infinity),
            s.charCodeAt(null), s.charCodeAt(true));
try { String.prototype.charAt.call(null, 0); } catch (e) { console.log(e instanceof TypeError); }
var order = [];
String.prototype.charCodeAt.call({ toString() { order.push("this"); return "z"; } },
                                 { valueOf() { order.push("pos"); return 0; } });
console.log(order.join());
""", """\
a b a a   c  b
97 99 97 NaN NaN 97 98
true
this,pos
""")


@pytest.mark.parametrize("name", sorted(CASES))
def test_fast_path_guards(name: str, run_outcome, tier: str) -> None:
    source, expected = CASES[name]
    outcome = run_outcome(source)
    assert outcome.error is None, outcome.error
    assert outcome.stdout == expected
    if tier == "interp":
        compiled = run_in_pyjs(source, "baseline")
        assert (compiled.error, compiled.stdout) == (None, expected)
