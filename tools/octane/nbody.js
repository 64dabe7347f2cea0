// n-body: a symplectic-Euler simulation of the Jovian planets around the Sun.
//
// Five bodies (Sun, Jupiter, Saturn, Uranus, Neptune) with fixed initial
// positions and velocities are advanced `size` steps of 0.01 days-scaled time.
// Only +, -, *, / and Math.sqrt are used, so the energies are bit-for-bit
// reproducible; they are checked against reference values, and the total
// energy must be conserved to within a small drift for any size.
//
// Style: a constructor with prototype methods, and an array of bodies.

var SOLAR_MASS = 4 * Math.PI * Math.PI;
var DAYS_PER_YEAR = 365.24;

function Body(x, y, z, vx, vy, vz, mass) {
  this.x = x;
  this.y = y;
  this.z = z;
  this.vx = vx * DAYS_PER_YEAR;
  this.vy = vy * DAYS_PER_YEAR;
  this.vz = vz * DAYS_PER_YEAR;
  this.mass = mass * SOLAR_MASS;
}

Body.prototype.kineticEnergy = function () {
  return 0.5 * this.mass * (this.vx * this.vx + this.vy * this.vy + this.vz * this.vz);
};

function makeSystem() {
  var bodies = [
    new Body(0, 0, 0, 0, 0, 0, 1),
    new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
    new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
    new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
    new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
  ];
  offsetMomentum(bodies);
  return bodies;
}

// Gives the Sun the momentum that makes the system's total momentum zero.
function offsetMomentum(bodies) {
  var px = 0, py = 0, pz = 0;
  for (var i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
}

function advance(bodies, dt) {
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    for (var j = i + 1; j < n; j++) {
      var bj = bodies[j];
      var dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      var d2 = dx * dx + dy * dy + dz * dz;
      var mag = dt / (d2 * Math.sqrt(d2));
      var mi = bi.mass * mag, mj = bj.mass * mag;
      bi.vx -= dx * mj; bi.vy -= dy * mj; bi.vz -= dz * mj;
      bj.vx += dx * mi; bj.vy += dy * mi; bj.vz += dz * mi;
    }
  }
  for (var k = 0; k < n; k++) {
    var b = bodies[k];
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

function energy(bodies) {
  var e = 0;
  for (var i = 0; i < bodies.length; i++) {
    var bi = bodies[i];
    e += bi.kineticEnergy();
    for (var j = i + 1; j < bodies.length; j++) {
      var bj = bodies[j];
      var dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      e -= bi.mass * bj.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

// Energy after `steps` steps, from a reference run.
var NBODY_EXPECTED = {
  10: -0.16907302171469984, 100: -0.1690507623824094, 200: -0.16902690858133143, 500: -0.16902152766534373,
  1000: -0.16908760523460614, 2000: -0.16907160686959147, 2500: -0.16904494640912981,
  5000: -0.16902000037197648, 10000: -0.16901644126443155,
  20000: -0.16908926275527328, 50000: -0.16907807065935157,
};
var NBODY_INITIAL_ENERGY = -0.16907516382852447;

function runIteration(size) {
  var bodies = makeSystem();
  var before = energy(bodies);
  if (before !== NBODY_INITIAL_ENERGY) throw new Error("n-body: initial energy " + before);
  for (var i = 0; i < size; i++) advance(bodies, 0.01);
  var after = energy(bodies);
  var expected = NBODY_EXPECTED[size];
  if (expected !== undefined && after !== expected) {
    throw new Error("n-body: energy " + after + " after " + size + " steps, expected " + expected);
  }
  if (!(Math.abs(after - before) < 1e-4)) throw new Error("n-body: energy drifted to " + after);
}
