// NavierStokes: a 2D incompressible fluid solver on a square grid.
//
// The stable-fluids method: each step adds sources, diffuses density and
// velocity implicitly (Gauss-Seidel relaxation), advects them backwards along
// the velocity field and projects the velocity onto its divergence-free part.
// The fields are flat number arrays of (size + 2)^2 cells, boundary included.
// The result is checked against known checksums and for the physics: the fluid
// stays finite, density never goes negative, and projection removes most of
// the divergence.
//
// Style: a constructor with prototype methods, helper functions on arrays.

function zeros(n) {
  var a = new Array(n);
  for (var i = 0; i < n; i++) a[i] = 0;
  return a;
}

function FluidField(size, dt, diffusion, viscosity) {
  this.n = size;
  this.rowSize = size + 2;
  this.cells = (size + 2) * (size + 2);
  this.dt = dt;
  this.diffusion = diffusion;
  this.viscosity = viscosity;
  this.iterations = 10;
  this.dens = zeros(this.cells);
  this.densPrev = zeros(this.cells);
  this.u = zeros(this.cells);
  this.v = zeros(this.cells);
  this.uPrev = zeros(this.cells);
  this.vPrev = zeros(this.cells);
}

FluidField.prototype.index = function (i, j) {
  return i + j * this.rowSize;
};

FluidField.prototype.addSource = function (x, s) {
  var dt = this.dt;
  for (var i = 0; i < this.cells; i++) x[i] += dt * s[i];
};

// Boundary conditions: b = 1 mirrors horizontal velocity at the vertical
// walls, b = 2 vertical velocity at the horizontal walls, b = 0 copies.
FluidField.prototype.setBoundary = function (b, x) {
  var n = this.n, row = this.rowSize;
  for (var i = 1; i <= n; i++) {
    x[i] = b === 2 ? -x[i + row] : x[i + row];
    x[i + (n + 1) * row] = b === 2 ? -x[i + n * row] : x[i + n * row];
    x[i * row] = b === 1 ? -x[1 + i * row] : x[1 + i * row];
    x[(n + 1) + i * row] = b === 1 ? -x[n + i * row] : x[n + i * row];
  }
  x[0] = 0.5 * (x[1] + x[row]);
  x[(n + 1) * row] = 0.5 * (x[1 + (n + 1) * row] + x[n * row]);
  x[n + 1] = 0.5 * (x[n] + x[(n + 1) + row]);
  x[(n + 1) + (n + 1) * row] = 0.5 * (x[n + (n + 1) * row] + x[(n + 1) + n * row]);
};

// Gauss-Seidel relaxation of x = (x0 + a * (sum of neighbours)) / c.
FluidField.prototype.linearSolve = function (b, x, x0, a, c) {
  var n = this.n, row = this.rowSize;
  if (a === 0 && c === 1) {
    for (var j = 1; j <= n; j++) {
      var k = 1 + j * row;
      for (var i = 1; i <= n; i++, k++) x[k] = x0[k];
    }
    this.setBoundary(b, x);
    return;
  }
  var invC = 1 / c;
  for (var it = 0; it < this.iterations; it++) {
    for (var jj = 1; jj <= n; jj++) {
      var idx = 1 + jj * row;
      for (var ii = 1; ii <= n; ii++, idx++) {
        x[idx] = (x0[idx] + a * (x[idx - 1] + x[idx + 1] + x[idx - row] + x[idx + row])) * invC;
      }
    }
    this.setBoundary(b, x);
  }
};

FluidField.prototype.diffuse = function (b, x, x0, rate) {
  var a = this.dt * rate * this.n * this.n;
  this.linearSolve(b, x, x0, a, 1 + 4 * a);
};

// Semi-Lagrangian advection: trace each cell centre back along (u, v) and
// interpolate the old field there.
FluidField.prototype.advect = function (b, d, d0, u, v) {
  var n = this.n, row = this.rowSize;
  var dt0 = this.dt * n;
  for (var j = 1; j <= n; j++) {
    var k = 1 + j * row;
    for (var i = 1; i <= n; i++, k++) {
      var x = i - dt0 * u[k];
      var y = j - dt0 * v[k];
      if (x < 0.5) x = 0.5;
      if (x > n + 0.5) x = n + 0.5;
      if (y < 0.5) y = 0.5;
      if (y > n + 0.5) y = n + 0.5;
      var i0 = Math.floor(x), i1 = i0 + 1;
      var j0 = Math.floor(y), j1 = j0 + 1;
      var s1 = x - i0, s0 = 1 - s1;
      var t1 = y - j0, t0 = 1 - t1;
      d[k] = s0 * (t0 * d0[i0 + j0 * row] + t1 * d0[i0 + j1 * row]) +
             s1 * (t0 * d0[i1 + j0 * row] + t1 * d0[i1 + j1 * row]);
    }
  }
  this.setBoundary(b, d);
};

FluidField.prototype.divergence = function (u, v, out) {
  var n = this.n, row = this.rowSize;
  var h = -0.5 / n;
  for (var j = 1; j <= n; j++) {
    var k = 1 + j * row;
    for (var i = 1; i <= n; i++, k++) {
      out[k] = h * (u[k + 1] - u[k - 1] + v[k + row] - v[k - row]);
    }
  }
};

// Makes (u, v) mass conserving: solve a Poisson equation for the pressure
// and subtract its gradient.
FluidField.prototype.project = function (u, v, p, div) {
  var n = this.n, row = this.rowSize;
  this.divergence(u, v, div);
  for (var c = 0; c < this.cells; c++) p[c] = 0;
  this.setBoundary(0, div);
  this.setBoundary(0, p);
  this.linearSolve(0, p, div, 1, 4);
  var w = 0.5 * n;
  for (var j = 1; j <= n; j++) {
    var k = 1 + j * row;
    for (var i = 1; i <= n; i++, k++) {
      u[k] -= w * (p[k + 1] - p[k - 1]);
      v[k] -= w * (p[k + row] - p[k - row]);
    }
  }
  this.setBoundary(1, u);
  this.setBoundary(2, v);
};

FluidField.prototype.densityStep = function () {
  this.addSource(this.dens, this.densPrev);
  var t = this.densPrev; this.densPrev = this.dens; this.dens = t;
  this.diffuse(0, this.dens, this.densPrev, this.diffusion);
  t = this.densPrev; this.densPrev = this.dens; this.dens = t;
  this.advect(0, this.dens, this.densPrev, this.u, this.v);
};

FluidField.prototype.velocityStep = function () {
  this.addSource(this.u, this.uPrev);
  this.addSource(this.v, this.vPrev);
  var t = this.uPrev; this.uPrev = this.u; this.u = t;
  this.diffuse(1, this.u, this.uPrev, this.viscosity);
  t = this.vPrev; this.vPrev = this.v; this.v = t;
  this.diffuse(2, this.v, this.vPrev, this.viscosity);
  this.project(this.u, this.v, this.uPrev, this.vPrev);
  t = this.uPrev; this.uPrev = this.u; this.u = t;
  t = this.vPrev; this.vPrev = this.v; this.v = t;
  this.advect(1, this.u, this.uPrev, this.uPrev, this.vPrev);
  this.advect(2, this.v, this.vPrev, this.uPrev, this.vPrev);
  this.project(this.u, this.v, this.uPrev, this.vPrev);
};

// One frame: inject density and a swirling force, then step the fluid.
FluidField.prototype.step = function (frame) {
  for (var c = 0; c < this.cells; c++) {
    this.densPrev[c] = 0;
    this.uPrev[c] = 0;
    this.vPrev[c] = 0;
  }
  var n = this.n;
  var mid = Math.floor(n / 2) + 1;
  var quarter = Math.floor(n / 4) + 1;
  this.densPrev[this.index(mid, mid)] = 100;
  this.densPrev[this.index(quarter, mid)] = 50;
  var phase = frame % 4;
  var fx = phase === 0 ? 1 : phase === 2 ? -1 : 0;
  var fy = phase === 1 ? 1 : phase === 3 ? -1 : 0;
  this.uPrev[this.index(mid, mid)] = 20 * fx + 5;
  this.vPrev[this.index(mid, mid)] = 20 * fy;
  this.uPrev[this.index(quarter, quarter)] = -10;
  this.velocityStep();
  this.densityStep();
};

FluidField.prototype.totalDensity = function () {
  var n = this.n, sum = 0;
  for (var j = 1; j <= n; j++) {
    for (var i = 1; i <= n; i++) sum += this.dens[this.index(i, j)];
  }
  return sum;
};

FluidField.prototype.checksum = function () {
  var sum = 0;
  for (var c = 0; c < this.cells; c++) {
    sum += this.dens[c] * ((c % 7) + 1) + this.u[c] * 3 + this.v[c] * 5;
  }
  return sum;
};

var NAVIER_STOKES_FRAMES = 8;

// Checksums from a reference run (the arithmetic is exact IEEE, so they are
// reproducible bit for bit; compared with a tiny tolerance all the same).
var NAVIER_STOKES_EXPECTED = {
  4: 332.54423974111666,
  6: 319.70371483032443,
  8: 534.4150252642277,
  10: 366.4023828929084,
  12: 273.34358419632184,
  16: 435.4015353206599,
  20: 317.84900569995995,
  24: 333.25609401914886,
  32: 504.5677127387926,
  40: 436.8436301383227,
  48: 546.7101468125658,
  64: 588.5304553572427,
  80: 354.05802848639286,
  96: 369.73514255990676,
  128: 333.1675415075234
};

function runIteration(size) {
  var field = new FluidField(size, 0.1, 0.0001, 0.0001);
  for (var frame = 0; frame < NAVIER_STOKES_FRAMES; frame++) field.step(frame);
  var sum = field.checksum();
  var expected = NAVIER_STOKES_EXPECTED[size];
  if (expected !== undefined && !(Math.abs(sum - expected) <= 1e-9 * Math.abs(expected))) {
    throw new Error("NavierStokes: checksum " + sum + ", expected " + expected);
  }
  if (!isFinite(sum)) throw new Error("NavierStokes: the fluid blew up");
  var total = field.totalDensity();
  if (!(total > 0)) throw new Error("NavierStokes: no density: " + total);
  for (var c = 0; c < field.cells; c++) {
    if (field.dens[c] < -1e-9) throw new Error("NavierStokes: negative density at " + c);
  }
  // After projection the velocity field is nearly divergence free.
  var div = zeros(field.cells);
  field.divergence(field.u, field.v, div);
  var maxDiv = 0, maxSpeed = 0;
  for (var k = 0; k < field.cells; k++) {
    maxDiv = Math.max(maxDiv, Math.abs(div[k]));
    maxSpeed = Math.max(maxSpeed, Math.abs(field.u[k]), Math.abs(field.v[k]));
  }
  if (!(maxSpeed > 0) || !(maxDiv < maxSpeed)) {
    throw new Error("NavierStokes: velocity not projected: div " + maxDiv + " speed " + maxSpeed);
  }
}
