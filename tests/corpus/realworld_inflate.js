// A zlib/DEFLATE (RFC 1950/1951) inflater in the style of C code ported to JavaScript
// (typed arrays, bit buffers, table-driven Huffman decoding), with a small LZ77 + fixed-Huffman
// compressor for round trips. Two streams made by a real zlib (a dynamic-Huffman one and a
// stored one) are inflated too.

var LENGTH_BASE = new Uint16Array([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
  35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]);
var LENGTH_EXTRA = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
  3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
var DIST_BASE = new Uint16Array([1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
  257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]);
var DIST_EXTRA = new Uint8Array([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
  7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]);
var CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function adler32(bytes, n) {
  var a = 1, b = 0;
  for (var i = 0; i < n; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// A canonical Huffman code: count[len] codes of each length, symbols in code order.
function Huffman(lengths, n) {
  this.count = new Uint16Array(16);
  this.symbol = new Uint16Array(n);
  for (var s = 0; s < n; s++) this.count[lengths[s]]++;
  this.count[0] = 0;
  var offs = new Uint16Array(16);
  for (var len = 1; len < 16; len++) offs[len] = offs[len - 1] + this.count[len - 1];
  for (s = 0; s < n; s++) if (lengths[s] !== 0) this.symbol[offs[lengths[s]]++] = s;
}

function Inflater(input) {
  this.input = input;
  this.pos = 0;
  this.bitbuf = 0;
  this.bitcnt = 0;
  this.out = new Uint8Array(1024);
  this.outlen = 0;
}

Inflater.prototype.bits = function (need) {
  var val = this.bitbuf;
  while (this.bitcnt < need) {
    if (this.pos >= this.input.length) throw new Error("inflate: input ends early");
    val |= this.input[this.pos++] << this.bitcnt;
    this.bitcnt += 8;
  }
  this.bitbuf = val >>> need;
  this.bitcnt -= need;
  return val & ((1 << need) - 1);
};

Inflater.prototype.put = function (b) {
  if (this.outlen === this.out.length) {
    var bigger = new Uint8Array(this.out.length * 2);
    bigger.set(this.out);
    this.out = bigger;
  }
  this.out[this.outlen++] = b;
};

Inflater.prototype.decode = function (h) {
  var code = 0, first = 0, index = 0;
  for (var len = 1; len < 16; len++) {
    code |= this.bits(1);
    var count = h.count[len];
    if (code - count < first) return h.symbol[index + (code - first)];
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  throw new Error("inflate: bad Huffman code");
};

Inflater.prototype.stored = function () {
  this.bitbuf = 0;
  this.bitcnt = 0;
  if (this.pos + 4 > this.input.length) throw new Error("inflate: stored header cut");
  var len = this.input[this.pos] | (this.input[this.pos + 1] << 8);
  var nlen = this.input[this.pos + 2] | (this.input[this.pos + 3] << 8);
  this.pos += 4;
  if (len !== (~nlen & 0xffff)) throw new Error("inflate: stored length check failed");
  while (len--) this.put(this.input[this.pos++]);
};

Inflater.prototype.codes = function (lencode, distcode) {
  for (;;) {
    var sym = this.decode(lencode);
    if (sym < 256) {
      this.put(sym);
    } else if (sym === 256) {
      return;
    } else {
      sym -= 257;
      if (sym >= 29) throw new Error("inflate: bad length symbol");
      var len = LENGTH_BASE[sym] + this.bits(LENGTH_EXTRA[sym]);
      var dsym = this.decode(distcode);
      if (dsym >= 30) throw new Error("inflate: bad distance symbol");
      var dist = DIST_BASE[dsym] + this.bits(DIST_EXTRA[dsym]);
      if (dist > this.outlen) throw new Error("inflate: distance too far back");
      while (len--) this.put(this.out[this.outlen - dist]);
    }
  }
};

var FIXED = null;
function fixedCodes() {
  if (FIXED === null) {
    var lengths = new Uint8Array(288);
    for (var i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    var dl = new Uint8Array(30).fill(5);
    FIXED = [new Huffman(lengths, 288), new Huffman(dl, 30)];
  }
  return FIXED;
}

Inflater.prototype.dynamic = function () {
  var nlen = this.bits(5) + 257, ndist = this.bits(5) + 1, ncode = this.bits(4) + 4;
  var lengths = new Uint8Array(320);
  for (var i = 0; i < ncode; i++) lengths[CLEN_ORDER[i]] = this.bits(3);
  var lencode = new Huffman(lengths, 19);
  lengths.fill(0);
  var index = 0;
  while (index < nlen + ndist) {
    var sym = this.decode(lencode);
    if (sym < 16) {
      lengths[index++] = sym;
    } else {
      var len = 0, rep;
      if (sym === 16) {
        if (index === 0) throw new Error("inflate: repeat with no first length");
        len = lengths[index - 1];
        rep = 3 + this.bits(2);
      } else if (sym === 17) {
        rep = 3 + this.bits(3);
      } else {
        rep = 11 + this.bits(7);
      }
      if (index + rep > nlen + ndist) throw new Error("inflate: too many lengths");
      while (rep--) lengths[index++] = len;
    }
  }
  this.codes(new Huffman(lengths, nlen), new Huffman(lengths.subarray(nlen), ndist));
};

function inflateZlib(data) {
  var cmf = data[0], flg = data[1];
  if ((cmf & 15) !== 8 || ((cmf << 8) | flg) % 31 !== 0) throw new Error("zlib: bad header");
  var s = new Inflater(data.subarray(2));
  var last;
  do {
    last = s.bits(1);
    var type = s.bits(2);
    if (type === 0) s.stored();
    else if (type === 1) s.codes.apply(s, fixedCodes());
    else if (type === 2) s.dynamic();
    else throw new Error("inflate: bad block type");
  } while (!last);
  var p = 2 + s.pos;
  var want = ((data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3]) >>> 0;
  var got = adler32(s.out, s.outlen);
  if (want !== got) throw new Error("zlib: adler32 " + got.toString(16) + " != " + want.toString(16));
  return s.out.slice(0, s.outlen);
}

// ---- a compressor: LZ77 with hash chains, fixed Huffman codes ----------------------------
function BitWriter() { this.bytes = []; this.acc = 0; this.n = 0; }
BitWriter.prototype.put = function (value, count) {
  this.acc |= value << this.n;
  this.n += count;
  while (this.n >= 8) {
    this.bytes.push(this.acc & 255);
    this.acc >>>= 8;
    this.n -= 8;
  }
};
BitWriter.prototype.putReversed = function (code, len) {
  var r = 0;
  for (var i = 0; i < len; i++) { r = (r << 1) | (code & 1); code >>= 1; }
  this.put(r, len);
};
BitWriter.prototype.flush = function () { if (this.n > 0) this.put(0, 8 - this.n); return this.bytes; };

function writeLiteral(w, sym) {
  if (sym < 144) w.putReversed(0x30 + sym, 8);
  else if (sym < 256) w.putReversed(0x190 + sym - 144, 9);
  else if (sym < 280) w.putReversed(sym - 256, 7);
  else w.putReversed(0xc0 + sym - 280, 8);
}

function findCode(base, value) {
  var i = base.length - 1;
  while (base[i] > value) i--;
  return i;
}

function deflateFixed(data) {
  var w = new BitWriter();
  w.put(0x78, 8);
  w.put(0x01, 8);
  w.put(1, 1);
  w.put(1, 2);
  var head = new Map();
  var prev = new Int32Array(data.length);
  var i = 0;
  function insert(at) {
    if (at + 2 >= data.length) return;
    var key = (data[at] << 16) | (data[at + 1] << 8) | data[at + 2];
    prev[at] = head.has(key) ? head.get(key) : -1;
    head.set(key, at);
  }
  while (i < data.length) {
    var bestLen = 0, bestDist = 0;
    if (i + 2 < data.length) {
      var key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      var cand = head.has(key) ? head.get(key) : -1;
      var chain = 0;
      while (cand >= 0 && i - cand <= 32768 && chain++ < 32) {
        var len = 0;
        while (len < 258 && i + len < data.length && data[cand + len] === data[i + len]) len++;
        if (len > bestLen) { bestLen = len; bestDist = i - cand; }
        cand = prev[cand];
      }
    }
    if (bestLen >= 3) {
      var lc = findCode(LENGTH_BASE, bestLen);
      writeLiteral(w, 257 + lc);
      w.put(bestLen - LENGTH_BASE[lc], LENGTH_EXTRA[lc]);
      var dc = findCode(DIST_BASE, bestDist);
      w.putReversed(dc, 5);
      w.put(bestDist - DIST_BASE[dc], DIST_EXTRA[dc]);
      for (var k = 0; k < bestLen; k++) insert(i + k);
      i += bestLen;
    } else {
      writeLiteral(w, data[i]);
      insert(i);
      i++;
    }
  }
  writeLiteral(w, 256);
  var out = w.flush();
  var a = adler32(data, data.length);
  out.push(a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255);
  return new Uint8Array(out);
}

function fromHex(hex) {
  var out = new Uint8Array(hex.length / 2);
  for (var i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

function bytesOf(text) {
  var out = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 255;
  return out;
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// the input zlib compressed (level 9: one dynamic-Huffman block)
var parts = [];
for (var r = 0; r < 6; r++) parts.push("The quick brown fox jumps over the lazy dog. ");
var original = bytesOf(parts.join(""));
var all = new Uint8Array(original.length + 256 + 240);
all.set(original);
for (var b = 0; b < 256; b++) all[original.length + b] = b;
all.set(bytesOf(new Array(21).join("abracadabra ")), original.length + 256);

var DYNAMIC = "78da0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7" +
  "eb29840c77c50c8c4ccc2cac6cec1c9c5cdc3cbc7cfc028242c222a262e2129252d232b272f20a8a4aca2aaa6aea1a9" +
  "a5ada3aba7afa068646c626a666e6169656d636b676f60e8e4ece2eae6eee1e9e5ede3ebe7efe018141c121a161e11" +
  "19151d131b171f1098949c929a969e9199959d939b979f9058545c525a565e5159555d535b575f50d8d4dcd2dad6de" +
  "d1d9d5ddd3dbd7dfd13264e9a3c65eab4e93366ce9a3d67eebcf90b162e5abc64e9b2e52b56ae5abd66edbaf51b366" +
  "edabc65ebb6ed3b76eedabd67efbefd070e1e3a7ce4e8b1e3274e9e3a7de6ecb9f3172e5eba7ce5eab5eb376edeba7d" +
  "e7eebdfb0f1e3e7afce4e9b3e72f5ebe7afde6edbbf71f3e7efafce5ebb7ef3f7efefafde7efbfff89494589c989292" +
  "04a6124b0019ac4398a";
var STORED = "7801011f00e0ff70796a7320696e666c61746520746573743a2073746f72656420626c6f636bbdb60bc0";

var inflated = inflateZlib(fromHex(DYNAMIC));
console.log("dynamic:", inflated.length, sameBytes(inflated, all), adler32(inflated, inflated.length).toString(16));
var stored = inflateZlib(fromHex(STORED));
console.log("stored:", String.fromCharCode.apply(null, stored));

// round trips through the compressor
var seed = 7;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
var words = ["alpha", "beta", "gamma", "delta", "<tag>", "</tag>", " ", " ", "\n", "0123", "zlib"];
for (var t = 0; t < 4; t++) {
  var text = [];
  var n = 200 + t * 150;
  for (var j = 0; j < n; j++) text.push(t % 2 ? words[rand(words.length)] : String.fromCharCode(97 + rand(6)));
  var data = bytesOf(text.join(""));
  var packed = deflateFixed(data);
  var back = inflateZlib(packed);
  console.log("round trip", t, data.length, "->", packed.length, sameBytes(back, data));
}

try {
  var bad = fromHex(DYNAMIC);
  bad[bad.length - 1] ^= 1;
  inflateZlib(bad);
} catch (e) {
  console.log("corrupt:", e.message);
}
