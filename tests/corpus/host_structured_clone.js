// structuredClone: cycles and shared references, the cloneable types, and DataCloneError.
function tryClone(label, v, options) {
  try {
    const c = options === undefined ? structuredClone(v) : structuredClone(v, options);
    console.log(label, "ok", c);
    return c;
  } catch (e) {
    console.log(label, "throws", e.constructor.name, e.name, e instanceof DOMException ? e.code : "");
  }
}
for (const v of [1, -0, NaN, "s", true, null, undefined, 12n]) {
  const c = structuredClone(v);
  console.log(typeof c, Object.is(c, v));
}
const o = { n: 1, s: "two", nested: { deep: [1, 2, { x: 3 }] } };
o.self = o;
o.nested.back = o;
o.list = [o.nested, o.nested];
const c = structuredClone(o);
console.log(c !== o, c.self === c, c.nested.back === c, c.list[0] === c.list[1], c.list[0] === c.nested, c.nested !== o.nested);
const a = [1, , 3];
a.extra = "x";
a[10] = 9;
const ca = structuredClone(a);
console.log(ca, ca.length, 1 in ca, Array.isArray(ca));
const m = new Map([[{ k: 1 }, new Set([1, "a", o])], [NaN, -0]]);
m.set("m", m);
const cm = structuredClone(m);
console.log(cm instanceof Map, cm.size, cm.get("m") === cm, [...cm.values()][0].has(1), cm.has(NaN));
console.log([...[...cm.values()][0]][2].self === [...[...cm.values()][0]][2]);
const cd = structuredClone(new Date(Date.UTC(2024, 1, 29, 12)));
console.log(cd instanceof Date, cd.toISOString(), structuredClone(new Date(NaN)).getTime());
const r = /a(b)c/gimsuy;
r.lastIndex = 5;
r.prop = 1;
const cr = structuredClone(r);
console.log(cr, cr.lastIndex, cr.prop, cr.flags, cr !== r);
const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
const views = { buf, i16: new Int16Array(buf, 2, 2), f32: new Float32Array([1.5, -0]), dv: new DataView(buf, 1, 3), u8 };
const cv = structuredClone(views);
console.log(cv.i16.buffer === cv.buf, cv.u8.buffer === cv.buf, cv.dv.buffer === cv.buf, cv.buf !== buf);
console.log(cv.i16, cv.i16.byteOffset, cv.dv.byteOffset, cv.dv.byteLength, cv.dv.getUint8(0), cv.f32, Array.from(cv.u8));
u8[0] = 99;
console.log(cv.u8[0]);
const rab = new ArrayBuffer(2, { maxByteLength: 16 });
const crab = structuredClone(rab);
console.log(crab.resizable, crab.maxByteLength, crab.byteLength);
console.log(structuredClone([Object(1), Object("str"), Object(false), Object(5n)]));
for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const e = new E("message of " + E.name, { cause: { why: [1] } });
  const ce = structuredClone(e);
  console.log(ce.constructor.name, ce.name, ce.message, ce.cause, ce instanceof E, ce !== e, Object.getOwnPropertyNames(ce));
}
const weird = new Error("w");
weird.name = "Custom";
weird.extra = 1;
const cw = structuredClone(weird);
console.log(cw.constructor.name, cw.name, cw.message, cw.extra, Object.getOwnPropertyNames(cw));
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const cp = structuredClone(new Point());
console.log(cp, Object.getPrototypeOf(cp) === Object.prototype);
let reads = 0;
const getters = { get a() { reads++; return { v: reads }; }, b: 2 };
Object.defineProperty(getters, "hidden", { value: 1, enumerable: false });
getters[Symbol("s")] = 1;
console.log(structuredClone(getters), reads);
console.log(structuredClone(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));
tryClone("function", function f() {});
tryClone("arrow in object", { f: () => 1 });
tryClone("symbol", Symbol("q"));
tryClone("symbol in array", [Symbol.iterator]);
tryClone("symbol wrapper", Object(Symbol("w")));
tryClone("proxy", new Proxy({}, {}));
tryClone("weakmap", new WeakMap());
tryClone("weakset", new WeakSet());
tryClone("promise", Promise.resolve(1));
tryClone("generator", (function* () {})());
tryClone("arguments", (function () { return arguments; })(1));
tryClone("Math.max", Math.max);
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
tryClone("detached", detached);
// transfer
const tb = new ArrayBuffer(4);
const tview = new Uint8Array(tb);
tview[0] = 7;
const moved = structuredClone({ tb, tview }, { transfer: [tb] });
console.log(tb.byteLength, tview.length, moved.tb.byteLength, moved.tview[0], moved.tview.buffer === moved.tb);
// (a detached buffer in the transfer list is a DataCloneError: tests/runtime/test_host_apis.py)
const dup = new ArrayBuffer(1);
tryClone("duplicate", 1, { transfer: [dup, dup] });
tryClone("transfer non-buffer", 1, { transfer: [{}] });
tryClone("transfer not iterable", 1, { transfer: 5 });
tryClone("options not object", 1, 5);
tryClone("options null", 1, null);
tryClone("transfer undefined", 1, { transfer: undefined });
try { structuredClone(); } catch (e) { console.log("no argument:", e.name); }
const getterThrows = { get boom() { throw new RangeError("from getter"); } };
try { structuredClone(getterThrows); } catch (e) { console.log(e.name, e.message); }
