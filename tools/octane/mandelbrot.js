// mandelbrot: the Mandelbrot set on a size x size grid, packed into bits.
//
// Each pixel of [-1.5, 0.5] x [-1, 1] is iterated up to 50 times (escape
// radius 2); pixels that stay bounded set a bit, eight pixels to a byte,
// row by row as in the PBM format.  The bitmap's checksum is compared with
// reference values; for any size the fraction of pixels in the set must be
// near the set's known area and the picture symmetric about the real axis.
//
// Style: plain functions, bit operations on integers.

function mandelbrot(size) {
  var bytesPerRow = (size + 7) >> 3;
  var bitmap = new Array(bytesPerRow * size);
  var inside = 0;
  for (var y = 0; y < size; y++) {
    var ci = 2 * y / size - 1;
    var bits = 0, bitCount = 0, index = y * bytesPerRow;
    for (var x = 0; x < size; x++) {
      var cr = 2 * x / size - 1.5;
      var zr = 0, zi = 0, tr = 0, ti = 0;
      var i = 0;
      for (; i < 50 && tr + ti <= 4; i++) {
        zi = 2 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
      }
      bits <<= 1;
      if (tr + ti <= 4) {
        bits |= 1;
        inside++;
      }
      bitCount++;
      if (bitCount === 8) {
        bitmap[index++] = bits;
        bits = 0;
        bitCount = 0;
      }
    }
    if (bitCount > 0) bitmap[index++] = bits << (8 - bitCount);
  }
  return { bitmap: bitmap, inside: inside, bytesPerRow: bytesPerRow };
}

function checksum(bitmap) {
  var h = 0;
  for (var i = 0; i < bitmap.length; i++) h = (h * 31 + bitmap[i]) % 1000000007;
  return h;
}

// Bitmap checksums from a reference run.
var MANDELBROT_EXPECTED = {
  8: 505712926, 16: 119817954, 24: 749462871, 32: 746240954,
  40: 837974551, 48: 167401883, 64: 268458020, 80: 819136085,
  100: 803894002, 128: 854753563, 160: 382902243, 200: 18498822,
  256: 479736536,
};

function runIteration(size) {
  var result = mandelbrot(size);
  var sum = checksum(result.bitmap);
  var expected = MANDELBROT_EXPECTED[size];
  if (expected !== undefined && sum !== expected) {
    throw new Error("mandelbrot: checksum " + sum + " for size " + size + ", expected " + expected);
  }
  // The set covers about 1.506 of the 4 square units sampled.
  var fraction = result.inside / (size * size);
  if (size >= 32 && !(fraction > 0.33 && fraction < 0.42)) {
    throw new Error("mandelbrot: " + fraction + " of the pixels are in the set");
  }
  // Row y samples imaginary part 2y/size - 1, so rows y and size - y mirror each other.
  var b = result.bitmap, w = result.bytesPerRow, mismatches = 0;
  for (var y = 1; y < size; y++) {
    for (var k = 0; k < w; k++) if (b[y * w + k] !== b[(size - y) * w + k]) mismatches++;
  }
  if (mismatches > size * w / 20) throw new Error("mandelbrot: picture not symmetric (" + mismatches + ")");
}
