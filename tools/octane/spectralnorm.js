// spectral-norm: the largest singular value of an infinite matrix, truncated.
//
// A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1).  Ten steps of the power
// method on A^T A give the spectral norm of the size x size truncation,
// which tends to 1.274224... as the size grows.  Checked against reference
// values and, for any size, against the known limit.
//
// Style: plain functions over arrays.

function matrixEntry(i, j) {
  var ij = i + j;
  return 1 / (ij * (ij + 1) / 2 + i + 1);
}

function multiplyAv(v, out) {
  var n = v.length;
  for (var i = 0; i < n; i++) {
    var sum = 0;
    for (var j = 0; j < n; j++) sum += matrixEntry(i, j) * v[j];
    out[i] = sum;
  }
}

function multiplyAtv(v, out) {
  var n = v.length;
  for (var i = 0; i < n; i++) {
    var sum = 0;
    for (var j = 0; j < n; j++) sum += matrixEntry(j, i) * v[j];
    out[i] = sum;
  }
}

function multiplyAtAv(v, out, tmp) {
  multiplyAv(v, tmp);
  multiplyAtv(tmp, out);
}

function filled(n, value) {
  var a = new Array(n);
  for (var i = 0; i < n; i++) a[i] = value;
  return a;
}

function spectralNorm(n) {
  var u = filled(n, 1), v = filled(n, 0), tmp = filled(n, 0);
  for (var i = 0; i < 10; i++) {
    multiplyAtAv(u, v, tmp);
    multiplyAtAv(v, u, tmp);
  }
  var vBv = 0, vv = 0;
  for (var k = 0; k < n; k++) {
    vBv += u[k] * v[k];
    vv += v[k] * v[k];
  }
  return Math.sqrt(vBv / vv);
}

// Reference results, to 9 decimals.
var SPECTRAL_NORM_EXPECTED = {
  5: "1.261217616", 10: "1.271844019", 20: "1.273839841", 30: "1.274097380",
  40: "1.274167288", 50: "1.274193837", 60: "1.274206094", 80: "1.274216230",
  100: "1.274219991", 120: "1.274221700", 150: "1.274222873", 200: "1.274223601",
  250: "1.274223867", 300: "1.274223986",
};

function runIteration(size) {
  var result = spectralNorm(size);
  var expected = SPECTRAL_NORM_EXPECTED[size];
  if (expected !== undefined && result.toFixed(9) !== expected) {
    throw new Error("spectral-norm: " + result.toFixed(9) + " for n=" + size + ", expected " + expected);
  }
  var tolerance = size >= 50 ? 1e-4 : 0.05;
  if (!(Math.abs(result - 1.2742241) < tolerance)) throw new Error("spectral-norm: implausible " + result);
}
