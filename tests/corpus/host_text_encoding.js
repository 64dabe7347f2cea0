// TextEncoder / TextDecoder: UTF-8 with unpaired surrogates, encodeInto, the decoders, BOMs,
// fatal mode and streaming.
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, "0")).join(" ");
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(" ");
const enc = new TextEncoder();
console.log(enc.encoding, Object.prototype.toString.call(enc), enc.encode().length, enc.encode(undefined).length);
for (const s of ["", "abc", "\u00e9", "\u20ac", "\ud83d\ude00", "\ud800", "\udc00", "a\ud800b", "\udc00\ud800",
  "\ud83d\ud83d\ude00", "\u0000", 42, null]) {
  const u = enc.encode(s);
  console.log(JSON.stringify(s), u.constructor.name, u.length, hex(u));
}
for (const [s, n] of [["a\u00e9\ud83d\ude00", 5], ["a\u00e9\ud83d\ude00", 7], ["\ud83d\ude00", 3], ["abc", 0],
  ["\ud800x", 3], ["\ud800x", 2], ["\u20ac\u20ac", 5], ["", 4]]) {
  const u = new Uint8Array(n);
  const r = enc.encodeInto(s, u);
  console.log(JSON.stringify(s), n, JSON.stringify(r), hex(u));
}
const sub = new Uint8Array(8).subarray(2, 5);
console.log(JSON.stringify(enc.encodeInto("wxyz", sub)), hex(new Uint8Array(sub.buffer)));
try { enc.encodeInto("a", new Uint16Array(2)); } catch (e) { console.log("encodeInto Uint16Array:", e.name); }
try { enc.encodeInto("a", []); } catch (e) { console.log("encodeInto array:", e.name); }

function dec(label, bytes, options) {
  try {
    const d = options === undefined ? new TextDecoder(label) : new TextDecoder(label, options);
    return d.encoding + " [" + codes(d.decode(new Uint8Array(bytes))) + "]";
  } catch (e) {
    return e.name;
  }
}
const samples = [[0x68, 0x69], [0xef, 0xbb, 0xbf, 0x41], [0xc3, 0xa9], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98, 0x80],
  [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf5, 0x80], [0x80, 0x41], [0xfe, 0xff, 0x00, 0x41],
  [0xff, 0xfe, 0x41, 0x00], [0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde], [0x3d, 0xd8, 0x41, 0x00], [0x00, 0xdc],
  [0x41], [0x80, 0x81, 0x8d, 0x9f, 0xa4, 0xff]];
// node 20 decodes windows-1252 as ISO-8859-1, so bytes 0x80-0x9F (and its stripping of FF FE)
// are tested in tests/runtime/test_host_apis.py instead
const single = ["latin1", "ascii", "windows-1252", "iso-8859-1"];
const latin1Safe = (b) => b.every((x) => x < 0x80 || x >= 0xa0) && !(b[0] === 0xff && b[1] === 0xfe);
for (const label of [undefined, "utf-8", " UTF8 ", "utf-16le", "utf-16", "utf-16be", ...single]) {
  const these = single.includes(label) ? samples.filter(latin1Safe) : samples;
  console.log(String(label), these.map((b) => dec(label, b)).join(" | "));
  console.log(String(label), "fatal", these.map((b) => dec(label, b, { fatal: true })).join(" | "));
  console.log(String(label), "ignoreBOM", these.slice(0, 2).concat(these.slice(11, 13))
    .map((b) => dec(label, b, { ignoreBOM: true })).join(" | "));
}
for (const label of ["nope", "", "utf-7", "replacement"]) console.log(JSON.stringify(label), dec(label, [0x41]));
const d = new TextDecoder("utf-8", { fatal: 1, ignoreBOM: "" });
console.log(d.encoding, d.fatal, d.ignoreBOM, Object.prototype.toString.call(d));
console.log(JSON.stringify(d.decode()), JSON.stringify(d.decode(undefined)), d.decode(new ArrayBuffer(2)).length,
  d.decode(new DataView(new Uint8Array([0x61, 0x62, 0x63]).buffer, 1)),
  d.decode(new Uint16Array([0x6968])), d.decode(new Uint8Array([0x41, 0x42, 0x43]).subarray(1)));
for (const bad of [null, "abc", [65], {}, 5]) {
  try { d.decode(bad); console.log("accepted", bad); } catch (e) { console.log("decode", JSON.stringify(bad), e.name); }
}
// streaming: split multi-byte sequences, a BOM once per stream, the flush at the end
const chunks = [[0xef], [0xbb, 0xbf, 0xe2], [0x82], [0xac, 0xf0, 0x9f], [0x98, 0x80, 0xc3]];
for (const label of ["utf-8", "utf-16le"]) {
  const s = new TextDecoder(label);
  const parts = chunks.map((c) => codes(s.decode(new Uint8Array(c), { stream: true })));
  console.log(label, "stream", JSON.stringify(parts), "end [" + codes(s.decode()) + "]");
  console.log(label, "again", codes(s.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x00]))));
}
const f = new TextDecoder("utf-8", { fatal: true });
console.log(f.decode(new Uint8Array([0xe2, 0x82]), { stream: true }).length, f.decode(new Uint8Array([0xac])));
f.decode(new Uint8Array([0xe2]), { stream: true });
try { f.decode(); } catch (e) { console.log("fatal at flush:", e.name); }
console.log("after error:", f.decode(new Uint8Array([0x41])));
const u16 = new TextDecoder("utf-16be");
console.log(codes(u16.decode(new Uint8Array([0xd8]), { stream: true }) + u16.decode(new Uint8Array([0x3d, 0xde]), { stream: true })
  + u16.decode(new Uint8Array([0x00]), { stream: true }) + u16.decode()));
const text = "pyjs \u00e9\u4e2d\ud83d\ude00 \ud800!";
console.log(codes(new TextDecoder().decode(enc.encode(text))));
