// atob / btoa: forgiving-base64 decoding, latin1 encoding, and their errors.
function show(f, x) {
  try {
    const r = f(x);
    console.log(f.name, JSON.stringify(x), "->", JSON.stringify(r));
  } catch (e) {
    console.log(f.name, JSON.stringify(x), "throws", e.constructor.name, e.name, e.code, e.message);
  }
}
for (const s of ["", "a", "ab", "abc", "abcd", "hello world", "\u00ff\u00fe\u0000", "\u00e9t\u00e9",
  "\u0100", "\u20ac", "\ud83d\ude00", 123, null, undefined, true]) show(btoa, s);
for (const s of ["", "YQ==", "YQ=", "YQ", "Y", "YWJj", "YWI=", "YWI", "YR==", "YWJjZA=",
  "YWJjZA===", " Y W\tJ\nj\fZ\rA = = ", "YW=Jj", "=YWJj", "YWJj=", "YW Jj", "a-b_", "\u00e9",
  "////", "++++", "AAAA", "AA==", "null", null, undefined, 12345678, "YWJjZA==\u00a0"]) show(atob, s);
try { atob(); } catch (e) { console.log("atob()", e.constructor.name); }
try { btoa(); } catch (e) { console.log("btoa()", e.constructor.name); }
try { btoa({ toString() { throw new RangeError("from toString"); } }); } catch (e) { console.log(e.name, e.message); }
// every byte round-trips
let all = "";
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
console.log(btoa(all));
console.log(atob(btoa(all)) === all);
