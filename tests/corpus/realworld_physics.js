// A 2D physics step in the style of small JavaScript physics engines: ES2015 classes with
// getters, typed-array body storage, a uniform-grid broad phase keyed by numbers in a Map,
// circle-circle and circle-box contacts resolved with impulses (restitution, friction) and
// positional correction, and sleeping bodies. Only + - * / and Math.sqrt touch the floats,
// so every engine computes the same bits.

class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(v) { return new Vec(this.x + v.x, this.y + v.y); }
  sub(v) { return new Vec(this.x - v.x, this.y - v.y); }
  scale(s) { return new Vec(this.x * s, this.y * s); }
  dot(v) { return this.x * v.x + this.y * v.y; }
  get length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  get normalized() { const l = this.length; return l > 0 ? this.scale(1 / l) : new Vec(0, 0); }
}

class World {
  constructor(capacity, width, height) {
    this.n = 0;
    this.pos = new Float64Array(capacity * 2);
    this.vel = new Float64Array(capacity * 2);
    this.radius = new Float64Array(capacity);
    this.invMass = new Float64Array(capacity);
    this.sleepy = new Uint8Array(capacity);
    this.width = width;
    this.height = height;
    this.boxes = [];
    this.gravity = new Vec(0, -9.8);
    this.contacts = 0;
  }

  addCircle(x, y, r, vx, vy) {
    const i = this.n++;
    this.pos[2 * i] = x; this.pos[2 * i + 1] = y;
    this.vel[2 * i] = vx; this.vel[2 * i + 1] = vy;
    this.radius[i] = r;
    this.invMass[i] = 1 / (r * r);
    return i;
  }

  addBox(x0, y0, x1, y1) { this.boxes.push({ x0, y0, x1, y1 }); }

  get kinetic() {
    let e = 0;
    for (let i = 0; i < this.n; i++) {
      const vx = this.vel[2 * i], vy = this.vel[2 * i + 1];
      e += (vx * vx + vy * vy) / this.invMass[i] / 2;
    }
    return e;
  }

  cellKey(cx, cy) { return cx * 4096 + cy; }

  broadPhase(cell) {
    const grid = new Map();
    for (let i = 0; i < this.n; i++) {
      const cx = Math.floor(this.pos[2 * i] / cell), cy = Math.floor(this.pos[2 * i + 1] / cell);
      const k = this.cellKey(cx, cy);
      let list = grid.get(k);
      if (list === undefined) grid.set(k, list = []);
      list.push(i);
    }
    const pairs = [];
    for (const [k, list] of grid) {
      const cx = Math.floor(k / 4096), cy = k - cx * 4096;
      for (const i of list) {
        for (let dx = -1; dx <= 1; dx++) {
          for (let dy = -1; dy <= 1; dy++) {
            const other = grid.get(this.cellKey(cx + dx, cy + dy));
            if (!other) continue;
            for (const j of other) if (j > i) pairs.push([i, j]);
          }
        }
      }
    }
    return pairs;
  }

  resolve(i, j, nx, ny, depth) {
    const p = this.pos, v = this.vel, im = this.invMass;
    const rvx = v[2 * j] - v[2 * i], rvy = v[2 * j + 1] - v[2 * i + 1];
    const vn = rvx * nx + rvy * ny;
    const total = im[i] + (j >= 0 ? im[j] : 0);
    if (vn < 0) {
      const e = 0.5;
      const jn = -(1 + e) * vn / total;
      v[2 * i] -= jn * nx * im[i]; v[2 * i + 1] -= jn * ny * im[i];
      if (j >= 0) { v[2 * j] += jn * nx * im[j]; v[2 * j + 1] += jn * ny * im[j]; }
      // friction along the tangent, clamped by Coulomb's law
      const tx = -ny, ty = nx;
      const vt = rvx * tx + rvy * ty;
      let jt = -vt / total;
      const mu = 0.3;
      if (jt > mu * jn) jt = mu * jn;
      if (jt < -mu * jn) jt = -mu * jn;
      v[2 * i] -= jt * tx * im[i]; v[2 * i + 1] -= jt * ty * im[i];
      if (j >= 0) { v[2 * j] += jt * tx * im[j]; v[2 * j + 1] += jt * ty * im[j]; }
    }
    const slop = 0.01, percent = 0.6;
    const corr = Math.max(depth - slop, 0) / total * percent;
    p[2 * i] -= corr * nx * im[i]; p[2 * i + 1] -= corr * ny * im[i];
    if (j >= 0) { p[2 * j] += corr * nx * im[j]; p[2 * j + 1] += corr * ny * im[j]; }
    this.contacts++;
  }

  circles(pairs) {
    const p = this.pos, r = this.radius;
    for (const [i, j] of pairs) {
      const d = new Vec(p[2 * j] - p[2 * i], p[2 * j + 1] - p[2 * i + 1]);
      const dist = d.length, rs = r[i] + r[j];
      if (dist >= rs || dist === 0) continue;
      const n = d.normalized;
      this.resolve(i, j, n.x, n.y, rs - dist);
    }
  }

  walls() {
    const p = this.pos, r = this.radius;
    for (let i = 0; i < this.n; i++) {
      const x = p[2 * i], y = p[2 * i + 1], ri = r[i];
      if (y - ri < 0) this.resolve(i, -1, 0, -1, ri - y);
      if (x - ri < 0) this.resolve(i, -1, -1, 0, ri - x);
      if (x + ri > this.width) this.resolve(i, -1, 1, 0, x + ri - this.width);
      for (const b of this.boxes) {
        // closest point of the box to the centre
        const cx = Math.min(Math.max(x, b.x0), b.x1), cy = Math.min(Math.max(y, b.y0), b.y1);
        const dx = cx - x, dy = cy - y;
        const d2 = dx * dx + dy * dy;
        if (d2 >= ri * ri || d2 === 0) continue;
        const d = Math.sqrt(d2);
        this.resolve(i, -1, dx / d, dy / d, ri - d);
      }
    }
  }

  step(dt) {
    const p = this.pos, v = this.vel;
    for (let i = 0; i < this.n; i++) {
      if (this.sleepy[i] > 30) continue;
      v[2 * i] += this.gravity.x * dt;
      v[2 * i + 1] += this.gravity.y * dt;
      p[2 * i] += v[2 * i] * dt;
      p[2 * i + 1] += v[2 * i + 1] * dt;
    }
    this.circles(this.broadPhase(2));
    this.walls();
    for (let i = 0; i < this.n; i++) {
      const speed2 = v[2 * i] * v[2 * i] + v[2 * i + 1] * v[2 * i + 1];
      this.sleepy[i] = speed2 < 1e-4 ? this.sleepy[i] + 1 : 0;
    }
  }
}

const world = new World(64, 20, 40);
world.addBox(6, 4, 14, 5);
world.addBox(0, 10, 5, 11);
let seed = 12345;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
for (let k = 0; k < 40; k++) {
  world.addCircle(1 + rnd() * 18, 12 + rnd() * 25, 0.4 + rnd() * 0.5, rnd() * 4 - 2, 0);
}
for (let s = 1; s <= 90; s++) {
  world.step(1 / 60);
  if (s % 30 === 0) {
    let cy = 0;
    for (let i = 0; i < world.n; i++) cy += world.pos[2 * i + 1];
    console.log("step", s, "contacts", world.contacts, "mean y", (cy / world.n).toFixed(6),
                "kinetic", world.kinetic.toFixed(4));
  }
}
const sample = [0, 7, 19, 33].map(i => `${world.pos[2 * i].toFixed(5)},${world.pos[2 * i + 1].toFixed(5)}`);
console.log(sample.join(" "));
console.log("asleep", Array.from(world.sleepy).filter(s => s > 30).length);
