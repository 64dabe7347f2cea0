// Crypto: RSA encryption and decryption with arbitrary-precision integers.
//
// Natural numbers are arrays of 15-bit limbs, least significant first, so that
// a limb product plus carries stays well inside a 31-bit integer and every
// intermediate result is exact in a double.  The key is built from two fixed
// 64-bit primes at each iteration (modular inverse by the extended Euclidean
// algorithm over long division); each message is encrypted with e = 65537 and
// decrypted with the Chinese remainder theorem, using Montgomery
// multiplication for the modular exponentiations.  Every round trip must give
// the message back, and the key must satisfy p*q = n and e*d = 1 (mod phi).
//
// Style: plain functions over arrays, as in a numeric library.

var LIMB_BITS = 15;
var LIMB_BASE = 1 << LIMB_BITS;
var LIMB_MASK = LIMB_BASE - 1;

var PRIME_P = "d75f4a8f2a020e3b";
var PRIME_Q = "eeed1bbe830fd633";
var MODULUS = "c90211e0737152c29cd7d3d41cc327c1";

// ---- representation ------------------------------------------------------

function trim(a) {
  var n = a.length;
  while (n > 0 && a[n - 1] === 0) n--;
  a.length = n;
  return a;
}

function fromSmall(x) {
  var r = [];
  while (x > 0) {
    r.push(x & LIMB_MASK);
    x = Math.floor(x / LIMB_BASE);
  }
  return r;
}

function isZero(a) { return a.length === 0; }

function fromHex(s) {
  var r = [0];
  for (var i = 0; i < s.length; i++) {
    var digit = parseInt(s.charAt(i), 16);
    if (isNaN(digit)) throw new Error("Crypto: bad hex digit " + s.charAt(i));
    r = addSmall(shiftLeft(r, 4), digit);
  }
  return trim(r);
}

function toHex(a) {
  var digits = "0123456789abcdef";
  var s = "";
  var bits = bitLength(a);
  for (var pos = Math.ceil(bits / 4) * 4 - 4; pos >= 0; pos -= 4) {
    var v = 0;
    for (var k = 3; k >= 0; k--) v = (v << 1) | testBit(a, pos + k);
    s += digits.charAt(v);
  }
  return s.length === 0 ? "0" : s;
}

function bitLength(a) {
  if (a.length === 0) return 0;
  var top = a[a.length - 1];
  var bits = 0;
  while (top > 0) { bits++; top >>= 1; }
  return (a.length - 1) * LIMB_BITS + bits;
}

function testBit(a, i) {
  var limb = Math.floor(i / LIMB_BITS);
  if (limb >= a.length) return 0;
  return (a[limb] >> (i % LIMB_BITS)) & 1;
}

// ---- arithmetic ----------------------------------------------------------

function compare(a, b) {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (var i = a.length - 1; i >= 0; i--) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function add(a, b) {
  if (a.length < b.length) { var t = a; a = b; b = t; }
  var r = new Array(a.length + 1);
  var carry = 0;
  for (var i = 0; i < a.length; i++) {
    var s = a[i] + (i < b.length ? b[i] : 0) + carry;
    r[i] = s & LIMB_MASK;
    carry = s >> LIMB_BITS;
  }
  r[a.length] = carry;
  return trim(r);
}

function addSmall(a, x) {
  return add(a, fromSmall(x));
}

// a - b, for a >= b.
function subtract(a, b) {
  var r = new Array(a.length);
  var borrow = 0;
  for (var i = 0; i < a.length; i++) {
    var s = a[i] - (i < b.length ? b[i] : 0) - borrow;
    if (s < 0) { s += LIMB_BASE; borrow = 1; } else { borrow = 0; }
    r[i] = s;
  }
  if (borrow !== 0) throw new Error("Crypto: negative difference");
  return trim(r);
}

function multiply(a, b) {
  if (a.length === 0 || b.length === 0) return [];
  var r = new Array(a.length + b.length);
  for (var k = 0; k < r.length; k++) r[k] = 0;
  for (var i = 0; i < a.length; i++) {
    var carry = 0;
    var ai = a[i];
    for (var j = 0; j < b.length; j++) {
      var t = ai * b[j] + r[i + j] + carry;
      r[i + j] = t & LIMB_MASK;
      carry = t >> LIMB_BITS;
    }
    r[i + b.length] = carry;
  }
  return trim(r);
}

function multiplySmall(a, x) {
  var r = new Array(a.length + 1);
  var carry = 0;
  for (var i = 0; i < a.length; i++) {
    var t = a[i] * x + carry;
    r[i] = t & LIMB_MASK;
    carry = Math.floor(t / LIMB_BASE);
  }
  r[a.length] = carry;
  return trim(r);
}

function shiftLeft(a, bits) {
  var limbs = Math.floor(bits / LIMB_BITS);
  var rest = bits % LIMB_BITS;
  var r = new Array(a.length + limbs + 1);
  for (var i = 0; i < limbs; i++) r[i] = 0;
  var carry = 0;
  for (var j = 0; j < a.length; j++) {
    var v = a[j] * (1 << rest) + carry;
    r[j + limbs] = v & LIMB_MASK;
    carry = v >> LIMB_BITS;
  }
  r[a.length + limbs] = carry;
  return trim(r);
}

function shiftRight(a, bits) {
  var limbs = Math.floor(bits / LIMB_BITS);
  var rest = bits % LIMB_BITS;
  var r = [];
  for (var i = limbs; i < a.length; i++) {
    var high = i + 1 < a.length ? a[i + 1] : 0;
    r.push(((a[i] >> rest) | (high << (LIMB_BITS - rest))) & LIMB_MASK);
  }
  return trim(r);
}

// Long division (Knuth's algorithm D): returns [quotient, remainder].
function divide(a, b) {
  if (isZero(b)) throw new Error("Crypto: division by zero");
  if (compare(a, b) < 0) return [[], a.slice()];
  if (b.length === 1) return divideSmall(a, b[0]);
  // Normalize so the divisor's top limb has its high bit set.
  var shift = LIMB_BITS - bitLength([b[b.length - 1]]);
  var u = shiftLeft(a, shift);
  var v = shiftLeft(b, shift);
  var n = v.length;
  var m = a.length - n;
  while (u.length < a.length + 1) u.push(0);
  var q = new Array(m + 1);
  var vTop = v[n - 1];
  var vNext = v[n - 2];
  for (var j = m; j >= 0; j--) {
    var numerator = u[j + n] * LIMB_BASE + u[j + n - 1];
    var qhat = Math.floor(numerator / vTop);
    var rhat = numerator - qhat * vTop;
    while (qhat >= LIMB_BASE || qhat * vNext > rhat * LIMB_BASE + u[j + n - 2]) {
      qhat--;
      rhat += vTop;
      if (rhat >= LIMB_BASE) break;
    }
    // u[j..j+n] -= qhat * v
    var borrow = 0;
    var carry = 0;
    for (var i = 0; i < n; i++) {
      var p = qhat * v[i] + carry;
      carry = Math.floor(p / LIMB_BASE);
      var s = u[i + j] - (p & LIMB_MASK) - borrow;
      if (s < 0) { s += LIMB_BASE; borrow = 1; } else { borrow = 0; }
      u[i + j] = s;
    }
    var top = u[j + n] - carry - borrow;
    if (top < 0) {
      // qhat was one too large: add the divisor back.
      u[j + n] = top + LIMB_BASE;
      qhat--;
      var c = 0;
      for (var k = 0; k < n; k++) {
        var t = u[k + j] + v[k] + c;
        u[k + j] = t & LIMB_MASK;
        c = t >> LIMB_BITS;
      }
      u[j + n] = (u[j + n] + c) & LIMB_MASK;
    } else {
      u[j + n] = top;
    }
    q[j] = qhat;
  }
  u.length = n;
  return [trim(q), shiftRight(trim(u), shift)];
}

function divideSmall(a, d) {
  var q = new Array(a.length);
  var r = 0;
  for (var i = a.length - 1; i >= 0; i--) {
    var cur = r * LIMB_BASE + a[i];
    q[i] = Math.floor(cur / d);
    r = cur - q[i] * d;
  }
  return [trim(q), fromSmall(r)];
}

function mod(a, m) { return divide(a, m)[1]; }

// The inverse of a modulo m by the extended Euclidean algorithm, keeping the
// Bezout coefficient reduced modulo m so every value stays non-negative.
function modInverse(a, m) {
  var oldR = mod(a, m), r = m.slice();
  var oldS = [1], s = [];
  while (!isZero(r)) {
    var qr = divide(oldR, r);
    var next = qr[1];
    oldR = r; r = next;
    var qs = mod(multiply(qr[0], s), m);
    var nextS = compare(oldS, qs) >= 0 ? subtract(oldS, qs) : subtract(add(oldS, m), qs);
    oldS = s; s = nextS;
  }
  if (compare(oldR, [1]) !== 0) throw new Error("Crypto: not invertible");
  return oldS;
}

// ---- Montgomery arithmetic -----------------------------------------------

function Montgomery(m) {
  if ((m[0] & 1) === 0) throw new Error("Crypto: Montgomery modulus must be odd");
  this.m = m;
  this.n = m.length;
  // minv = -m^-1 mod 2^15, by Newton iteration on the low limb.
  var inv = 1;
  for (var i = 0; i < 4; i++) inv = (inv * (2 - ((m[0] * inv) & LIMB_MASK))) & LIMB_MASK;
  if (((m[0] * inv) & LIMB_MASK) !== 1) throw new Error("Crypto: bad limb inverse");
  this.minv = (LIMB_BASE - inv) & LIMB_MASK;
  // r2 = R^2 mod m, with R = 2^(15 n).
  this.r2 = mod(shiftLeft([1], 2 * LIMB_BITS * this.n), m);
  this.one = this.toMont([1]);
}

// a * b / R mod m, for a, b < m (coarsely integrated operand scanning).
Montgomery.prototype.multiply = function (a, b) {
  var n = this.n, m = this.m, minv = this.minv;
  var t = new Array(n + 2);
  for (var k = 0; k < n + 2; k++) t[k] = 0;
  for (var i = 0; i < n; i++) {
    var ai = i < a.length ? a[i] : 0;
    var carry = 0;
    for (var j = 0; j < n; j++) {
      var bj = j < b.length ? b[j] : 0;
      var x = t[j] + ai * bj + carry;
      t[j] = x & LIMB_MASK;
      carry = x >> LIMB_BITS;
    }
    var y = t[n] + carry;
    t[n] = y & LIMB_MASK;
    t[n + 1] = y >> LIMB_BITS;
    var u = (t[0] * minv) & LIMB_MASK;
    var c = (t[0] + u * m[0]) >> LIMB_BITS;
    for (var jj = 1; jj < n; jj++) {
      var z = t[jj] + u * m[jj] + c;
      t[jj - 1] = z & LIMB_MASK;
      c = z >> LIMB_BITS;
    }
    var w = t[n] + c;
    t[n - 1] = w & LIMB_MASK;
    t[n] = t[n + 1] + (w >> LIMB_BITS);
    t[n + 1] = 0;
  }
  t.length = n + 1;
  trim(t);
  if (compare(t, m) >= 0) t = subtract(t, m);
  return t;
};

Montgomery.prototype.toMont = function (a) {
  return this.multiply(mod(a, this.m), this.r2);
};

Montgomery.prototype.fromMont = function (a) {
  return this.multiply(a, [1]);
};

// base^exponent mod m, left-to-right binary exponentiation.
Montgomery.prototype.power = function (base, exponent) {
  var x = this.toMont(base);
  var result = this.one;
  for (var i = bitLength(exponent) - 1; i >= 0; i--) {
    result = this.multiply(result, result);
    if (testBit(exponent, i)) result = this.multiply(result, x);
  }
  return this.fromMont(result);
};

// ---- RSA -----------------------------------------------------------------

function RSAKey(pHex, qHex, e) {
  this.p = fromHex(pHex);
  this.q = fromHex(qHex);
  this.n = multiply(this.p, this.q);
  this.e = fromSmall(e);
  var p1 = subtract(this.p, [1]);
  var q1 = subtract(this.q, [1]);
  this.phi = multiply(p1, q1);
  this.d = modInverse(this.e, this.phi);
  this.dp = mod(this.d, p1);
  this.dq = mod(this.d, q1);
  this.qinv = modInverse(this.q, this.p);
  this.modN = new Montgomery(this.n);
  this.modP = new Montgomery(this.p);
  this.modQ = new Montgomery(this.q);
}

RSAKey.prototype.encrypt = function (m) {
  return this.modN.power(m, this.e);
};

// Decryption by the Chinese remainder theorem.
RSAKey.prototype.decrypt = function (c) {
  var m1 = this.modP.power(c, this.dp);
  var m2 = this.modQ.power(c, this.dq);
  var m2p = mod(m2, this.p);
  var diff = compare(m1, m2p) >= 0 ? subtract(m1, m2p) : subtract(add(m1, this.p), m2p);
  var h = mod(multiply(this.qinv, diff), this.p);
  return add(m2, multiply(h, this.q));
};

// Packs a text message into a number (PKCS-like: a 0x02 lead byte, then the bytes).
function encodeMessage(text) {
  var r = [2];
  for (var i = 0; i < text.length; i++) r = addSmall(shiftLeft(r, 8), text.charCodeAt(i) & 0xff);
  return r;
}

function decodeMessage(m) {
  var bytes = [];
  while (compare(m, [2]) > 0) {
    var qr = divideSmall(m, 256);
    bytes.push(qr[1].length === 0 ? 0 : qr[1][0]);
    m = qr[0];
  }
  var s = "";
  for (var i = bytes.length - 1; i >= 0; i--) s += String.fromCharCode(bytes[i]);
  return s;
}

var WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
             "india", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa"];

// A short text message that fits below the 128-bit modulus.
function makeMessage(i) {
  var x = (i * 1103515245 + 12345) % 2147483648;
  return "m" + (i % 1000) + ":" + WORDS[x % WORDS.length];
}

function runIteration(size) {
  var key = new RSAKey(PRIME_P, PRIME_Q, 65537);
  if (toHex(key.n) !== MODULUS) throw new Error("Crypto: wrong modulus " + toHex(key.n));
  if (compare(mod(multiply(key.e, key.d), key.phi), [1]) !== 0) {
    throw new Error("Crypto: e*d is not 1 modulo phi");
  }
  if (compare(fromHex(toHex(key.d)), key.d) !== 0) throw new Error("Crypto: hex round trip");
  for (var i = 0; i < size; i++) {
    var text = makeMessage(i);
    var m = encodeMessage(text);
    if (compare(m, key.n) >= 0) throw new Error("Crypto: message too long");
    var c = key.encrypt(m);
    if (compare(c, m) === 0) throw new Error("Crypto: encryption is the identity");
    var back = key.decrypt(c);
    if (compare(back, m) !== 0 || decodeMessage(back) !== text) {
      throw new Error("Crypto: round trip failed for '" + text + "'");
    }
  }
}
