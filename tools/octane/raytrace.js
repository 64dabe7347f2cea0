// RayTrace: a small recursive ray tracer.
//
// A scene of spheres and a checkered plane lit by point lights is rendered at
// size x size pixels with shadows, reflections and Phong highlights.  The work
// is object heavy: every vector operation allocates.  Only +, -, *, / and
// Math.sqrt are used (specular powers are computed by repeated squaring), so
// the image is bit-for-bit identical in every conforming engine; it is checked
// against known checksums and for a few structural properties.
//
// Style: ES2015 classes.

class Vec {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  add(v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); }
  sub(v) { return new Vec(this.x - v.x, this.y - v.y, this.z - v.z); }
  scale(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
  dot(v) { return this.x * v.x + this.y * v.y + this.z * v.z; }
  cross(v) {
    return new Vec(this.y * v.z - this.z * v.y, this.z * v.x - this.x * v.z, this.x * v.y - this.y * v.x);
  }
  length() { return Math.sqrt(this.dot(this)); }
  normalize() {
    const len = this.length();
    return len === 0 ? this : this.scale(1 / len);
  }
  negate() { return new Vec(-this.x, -this.y, -this.z); }
}

class Color {
  constructor(r, g, b) {
    this.r = r;
    this.g = g;
    this.b = b;
  }

  add(c) { return new Color(this.r + c.r, this.g + c.g, this.b + c.b); }
  scale(k) { return new Color(this.r * k, this.g * k, this.b * k); }
  multiply(c) { return new Color(this.r * c.r, this.g * c.g, this.b * c.b); }
  clamp() {
    const f = (v) => (v < 0 ? 0 : v > 1 ? 1 : v);
    return new Color(f(this.r), f(this.g), f(this.b));
  }
  toInt() {
    const c = this.clamp();
    return (Math.floor(c.r * 255) << 16) | (Math.floor(c.g * 255) << 8) | Math.floor(c.b * 255);
  }
}

Color.BLACK = new Color(0, 0, 0);
Color.WHITE = new Color(1, 1, 1);
Color.BACKGROUND = new Color(0.1, 0.12, 0.2);

class Ray {
  constructor(origin, direction) {
    this.origin = origin;
    this.direction = direction;
  }
  at(t) { return this.origin.add(this.direction.scale(t)); }
}

class Intersection {
  constructor(thing, ray, distance) {
    this.thing = thing;
    this.ray = ray;
    this.distance = distance;
  }
}

// x^n for a non-negative integer n by repeated squaring.
function integerPower(x, n) {
  let result = 1;
  while (n > 0) {
    if (n & 1) result *= x;
    x *= x;
    n >>= 1;
  }
  return result;
}

class Surface {
  constructor(reflect, roughness) {
    this.reflect = reflect;
    this.roughness = roughness;
  }
}

class Solid extends Surface {
  constructor(color, reflect, roughness) {
    super(reflect, roughness);
    this.color = color;
  }
  diffuse(pos) { return this.color; }
  specular(pos) { return Color.WHITE.scale(0.6); }
}

class Checkerboard extends Surface {
  constructor() { super(0.3, 32); }
  isLight(pos) { return (Math.floor(pos.z) + Math.floor(pos.x)) % 2 === 0; }
  diffuse(pos) { return this.isLight(pos) ? Color.WHITE : new Color(0.05, 0.05, 0.05); }
  specular(pos) { return Color.WHITE; }
  reflectivity(pos) { return this.isLight(pos) ? 0.1 : 0.5; }
}

class Sphere {
  constructor(center, radius, surface) {
    this.center = center;
    this.radius2 = radius * radius;
    this.surface = surface;
  }

  intersect(ray) {
    const eo = this.center.sub(ray.origin);
    const v = eo.dot(ray.direction);
    if (v < 0) return null;
    const disc = this.radius2 - (eo.dot(eo) - v * v);
    if (disc < 0) return null;
    const dist = v - Math.sqrt(disc);
    return dist > 1e-9 ? new Intersection(this, ray, dist) : null;
  }

  normal(pos) { return pos.sub(this.center).normalize(); }
  reflectivity(pos) { return this.surface.reflect; }
}

class Plane {
  constructor(normal, offset, surface) {
    this.norm = normal;
    this.offset = offset;
    this.surface = surface;
  }

  intersect(ray) {
    const denom = this.norm.dot(ray.direction);
    if (denom >= 0) return null;
    const dist = (this.norm.dot(ray.origin) + this.offset) / -denom;
    return new Intersection(this, ray, dist);
  }

  normal(pos) { return this.norm; }
  reflectivity(pos) { return this.surface.reflectivity(pos); }
}

class Light {
  constructor(position, color) {
    this.position = position;
    this.color = color;
  }
}

class Camera {
  constructor(position, lookAt) {
    this.position = position;
    const down = new Vec(0, -1, 0);
    this.forward = lookAt.sub(position).normalize();
    this.right = this.forward.cross(down).normalize().scale(1.5);
    this.up = this.forward.cross(this.right).normalize().scale(1.5);
  }

  // The ray through pixel (x, y) of a width x height image.
  rayAt(x, y, width, height) {
    const sx = (x - width / 2) / 2 / width;
    const sy = -(y - height / 2) / 2 / height;
    const direction = this.forward.add(this.right.scale(sx).add(this.up.scale(sy))).normalize();
    return new Ray(this.position, direction);
  }
}

class Scene {
  constructor() {
    this.things = [
      new Plane(new Vec(0, 1, 0), 0, new Checkerboard()),
      new Sphere(new Vec(0, 1, -0.25), 1, new Solid(new Color(0.9, 0.9, 0.95), 0.7, 250)),
      new Sphere(new Vec(-1, 0.5, 1.5), 0.5, new Solid(new Color(0.9, 0.2, 0.2), 0.4, 50)),
      new Sphere(new Vec(1.6, 0.4, 0.9), 0.4, new Solid(new Color(0.2, 0.8, 0.3), 0.2, 20)),
      new Sphere(new Vec(-2.2, 0.9, -1.4), 0.9, new Solid(new Color(0.3, 0.3, 0.9), 0.5, 100)),
    ];
    this.lights = [
      new Light(new Vec(-2, 2.5, 0), new Color(0.49, 0.07, 0.07)),
      new Light(new Vec(1.5, 2.5, 1.5), new Color(0.07, 0.07, 0.49)),
      new Light(new Vec(1.5, 2.5, -1.5), new Color(0.07, 0.49, 0.071)),
      new Light(new Vec(0, 3.5, 0), new Color(0.21, 0.21, 0.35)),
    ];
    this.camera = new Camera(new Vec(3, 2, 4), new Vec(-1, 0.5, 0));
  }
}

class RayTracer {
  constructor(scene, maxDepth) {
    this.scene = scene;
    this.maxDepth = maxDepth;
    this.rays = 0;
  }

  closest(ray) {
    this.rays++;
    let best = null;
    for (const thing of this.scene.things) {
      const hit = thing.intersect(ray);
      if (hit !== null && (best === null || hit.distance < best.distance)) best = hit;
    }
    return best;
  }

  traceRay(ray, depth) {
    const hit = this.closest(ray);
    return hit === null ? Color.BACKGROUND : this.shade(hit, depth);
  }

  shade(hit, depth) {
    const d = hit.ray.direction;
    const pos = hit.ray.at(hit.distance);
    const normal = hit.thing.normal(pos);
    const reflectDir = d.sub(normal.scale(2 * normal.dot(d)));
    const natural = Color.BACKGROUND.scale(0.2).add(this.lighting(hit.thing, pos, normal, reflectDir));
    if (depth >= this.maxDepth) return natural.add(new Color(0.5, 0.5, 0.5));
    const bounce = new Ray(pos.add(reflectDir.scale(1e-4)), reflectDir);
    const reflected = this.traceRay(bounce, depth + 1).scale(hit.thing.reflectivity(pos));
    return natural.add(reflected);
  }

  // Diffuse and specular light from every light the point can see.
  lighting(thing, pos, normal, reflectDir) {
    let color = Color.BLACK;
    const surface = thing.surface;
    for (const light of this.scene.lights) {
      const toLight = light.position.sub(pos);
      const lightDist = toLight.length();
      const lightDir = toLight.scale(1 / lightDist);
      const shadowHit = this.closest(new Ray(pos.add(lightDir.scale(1e-4)), lightDir));
      if (shadowHit !== null && shadowHit.distance < lightDist) continue;
      const illum = lightDir.dot(normal);
      const lcolor = illum > 0 ? light.color.scale(illum) : Color.BLACK;
      const spec = lightDir.dot(reflectDir.normalize());
      const scolor = spec > 0 ? light.color.scale(integerPower(spec, surface.roughness)) : Color.BLACK;
      color = color.add(surface.diffuse(pos).multiply(lcolor)).add(surface.specular(pos).multiply(scolor));
    }
    return color;
  }

  render(width, height) {
    const pixels = new Array(width * height);
    const camera = this.scene.camera;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        pixels[y * width + x] = this.traceRay(camera.rayAt(x, y, width, height), 0).toInt();
      }
    }
    return pixels;
  }
}

// Checksums (a rolling hash of the pixels) from a reference run.
const RAYTRACE_EXPECTED = {
  4: 2033001043,
  8: 382994939,
  12: -2122957437,
  16: 1889641462,
  20: -1058489826,
  24: -1728928081,
  32: 569733983,
  40: 452353205,
  48: -1647138066,
  64: 1224850318,
  80: -1806110784,
  100: 254931276
};

function checksum(pixels) {
  let h = 0;
  for (const p of pixels) h = (Math.imul(h, 31) + p) | 0;
  return h;
}

function runIteration(size) {
  const tracer = new RayTracer(new Scene(), 3);
  const pixels = tracer.render(size, size);
  const sum = checksum(pixels);
  const expected = RAYTRACE_EXPECTED[size];
  if (expected !== undefined && sum !== expected) {
    throw new Error("RayTrace: checksum " + sum + ", expected " + expected);
  }
  // Structure: every pixel is a 24-bit colour, several distinct colours appear,
  // and the rays traced include shadow and reflection rays.
  const distinct = new Set(pixels);
  for (const p of pixels) {
    if (!(p >= 0 && p <= 0xffffff)) throw new Error("RayTrace: bad pixel " + p);
  }
  if (size >= 4 && distinct.size < 4) throw new Error("RayTrace: image is nearly uniform");
  if (tracer.rays < size * size * 2) throw new Error("RayTrace: too few rays traced: " + tracer.rays);
}
