// Protoclass: a ray tracer written in the Prototype.js style of the late 2000s.
//
// Classes come from `Class.create()`, whose constructor is
// `function () { this.initialize.apply(this, arguments); }`; prototypes are object literals,
// subclasses and defaults are mixed in with `Object.extend(dst, src)` (a for-in copy), and
// materials share one `initialize` through the mixin.  The scene (spheres, a checkered
// plane, two lights, reflections and shadows) is rendered at size x size pixels; the result
// is checked by a checksum of the quantized pixel colours (reference values for the sizes in
// use) and, for any size, by colour range invariants.
//
// Style: Prototype.js classes, apply(this, arguments) constructors, Object.extend mixins.

var Class = {
  create: function () {
    return function () {
      this.initialize.apply(this, arguments);
    };
  }
};

Object.extend = function (destination, source) {
  for (var property in source) {
    destination[property] = source[property];
  }
  return destination;
};

var Flog = {};
Flog.RayTracer = {};

Flog.RayTracer.Color = Class.create();
Flog.RayTracer.Color.prototype = {
  red: 0.0,
  green: 0.0,
  blue: 0.0,

  initialize: function (r, g, b) {
    if (!r) r = 0.0;
    if (!g) g = 0.0;
    if (!b) b = 0.0;
    this.red = r;
    this.green = g;
    this.blue = b;
  },

  add: function (c) {
    return new Flog.RayTracer.Color(this.red + c.red, this.green + c.green, this.blue + c.blue);
  },

  addScalar: function (s) {
    var result = new Flog.RayTracer.Color(this.red + s, this.green + s, this.blue + s);
    result.limit();
    return result;
  },

  multiply: function (c) {
    return new Flog.RayTracer.Color(this.red * c.red, this.green * c.green, this.blue * c.blue);
  },

  multiplyScalar: function (f) {
    return new Flog.RayTracer.Color(this.red * f, this.green * f, this.blue * f);
  },

  blend: function (c, w) {
    return this.multiplyScalar(1 - w).add(c.multiplyScalar(w));
  },

  limit: function () {
    this.red = (this.red > 0.0) ? ((this.red > 1.0) ? 1.0 : this.red) : 0.0;
    this.green = (this.green > 0.0) ? ((this.green > 1.0) ? 1.0 : this.green) : 0.0;
    this.blue = (this.blue > 0.0) ? ((this.blue > 1.0) ? 1.0 : this.blue) : 0.0;
  },

  brightness: function () {
    var r = Math.floor(this.red * 255);
    var g = Math.floor(this.green * 255);
    var b = Math.floor(this.blue * 255);
    return (r * 77 + g * 150 + b * 29) >> 8;
  }
};

Flog.RayTracer.Vector = Class.create();
Flog.RayTracer.Vector.prototype = {
  x: 0.0,
  y: 0.0,
  z: 0.0,

  initialize: function (x, y, z) {
    this.x = x ? x : 0;
    this.y = y ? y : 0;
    this.z = z ? z : 0;
  },

  normalize: function () {
    var m = this.magnitude();
    return new Flog.RayTracer.Vector(this.x / m, this.y / m, this.z / m);
  },

  magnitude: function () {
    return Math.sqrt(this.x * this.x + this.y * this.y + this.z * this.z);
  },

  cross: function (w) {
    return new Flog.RayTracer.Vector(
      -this.z * w.y + this.y * w.z,
      this.z * w.x - this.x * w.z,
      -this.y * w.x + this.x * w.y);
  },

  dot: function (w) {
    return this.x * w.x + this.y * w.y + this.z * w.z;
  },

  add: function (w) {
    return new Flog.RayTracer.Vector(w.x + this.x, w.y + this.y, w.z + this.z);
  },

  subtract: function (w) {
    return new Flog.RayTracer.Vector(this.x - w.x, this.y - w.y, this.z - w.z);
  },

  multiplyScalar: function (s) {
    return new Flog.RayTracer.Vector(this.x * s, this.y * s, this.z * s);
  }
};

Flog.RayTracer.Light = Class.create();
Flog.RayTracer.Light.prototype = {
  initialize: function (position, color, intensity) {
    this.position = position;
    this.color = color;
    this.intensity = intensity ? intensity : 10.0;
  }
};

Flog.RayTracer.Ray = Class.create();
Flog.RayTracer.Ray.prototype = {
  initialize: function (position, direction) {
    this.position = position;
    this.direction = direction;
  }
};

// Materials: one base whose initialize every material shares through Object.extend.
Flog.RayTracer.Material = {};
Flog.RayTracer.Material.BaseMaterial = Class.create();
Flog.RayTracer.Material.BaseMaterial.prototype = {
  gloss: 2.0,
  transparency: 0.0,
  reflection: 0.0,
  hasTexture: false,

  initialize: function () {},

  wrapUp: function (t) {
    t = t % 2.0;
    if (t < -1) t += 2.0;
    if (t >= 1) t -= 2.0;
    return t;
  }
};

Flog.RayTracer.Material.Solid = Class.create();
Flog.RayTracer.Material.Solid.prototype = Object.extend(
  new Flog.RayTracer.Material.BaseMaterial(), {
    initialize: function (color, reflection, refraction, transparency, gloss) {
      this.color = color;
      this.reflection = reflection;
      this.transparency = transparency;
      this.gloss = gloss;
      this.hasTexture = false;
    },

    getColor: function (u, v) {
      return this.color;
    }
  });

Flog.RayTracer.Material.Chessboard = Class.create();
Flog.RayTracer.Material.Chessboard.prototype = Object.extend(
  new Flog.RayTracer.Material.BaseMaterial(), {
    colorEven: null,
    colorOdd: null,
    density: 0.5,

    initialize: function (colorEven, colorOdd, reflection, transparency, gloss, density) {
      this.colorEven = colorEven;
      this.colorOdd = colorOdd;
      this.reflection = reflection;
      this.transparency = transparency;
      this.gloss = gloss;
      this.density = density;
      this.hasTexture = true;
    },

    getColor: function (u, v) {
      var t = this.wrapUp(u * this.density) * this.wrapUp(v * this.density);
      return t < 0.0 ? this.colorEven : this.colorOdd;
    }
  });

Flog.RayTracer.Shape = {};
Flog.RayTracer.Shape.Sphere = Class.create();
Flog.RayTracer.Shape.Sphere.prototype = {
  initialize: function (pos, radius, material) {
    this.radius = radius;
    this.position = pos;
    this.material = material;
  },

  intersect: function (ray) {
    var info = new Flog.RayTracer.IntersectionInfo();
    info.shape = this;
    var dst = ray.position.subtract(this.position);
    var B = dst.dot(ray.direction);
    var C = dst.dot(dst) - (this.radius * this.radius);
    var D = (B * B) - C;
    if (D > 0) {
      info.isHit = true;
      info.distance = (-B) - Math.sqrt(D);
      info.position = ray.position.add(ray.direction.multiplyScalar(info.distance));
      info.normal = info.position.subtract(this.position).normalize();
      info.color = this.material.getColor(0, 0);
    } else {
      info.isHit = false;
    }
    return info;
  }
};

Flog.RayTracer.Shape.Plane = Class.create();
Flog.RayTracer.Shape.Plane.prototype = {
  d: 0.0,

  initialize: function (pos, d, material) {
    this.position = pos;
    this.d = d;
    this.material = material;
  },

  intersect: function (ray) {
    var info = new Flog.RayTracer.IntersectionInfo();
    var Vd = this.position.dot(ray.direction);
    if (Vd === 0) return info;
    var t = -(this.position.dot(ray.position) + this.d) / Vd;
    if (t <= 0) return info;
    info.shape = this;
    info.isHit = true;
    info.position = ray.position.add(ray.direction.multiplyScalar(t));
    info.normal = this.position;
    info.distance = t;
    if (this.material.hasTexture) {
      var vU = new Flog.RayTracer.Vector(this.position.y, this.position.z, -this.position.x);
      var vV = vU.cross(this.position);
      var u = info.position.dot(vU);
      var v = info.position.dot(vV);
      info.color = this.material.getColor(u, v);
    } else {
      info.color = this.material.getColor(0, 0);
    }
    return info;
  }
};

Flog.RayTracer.IntersectionInfo = Class.create();
Flog.RayTracer.IntersectionInfo.prototype = {
  isHit: false,
  hitCount: 0,
  shape: null,
  position: null,
  normal: null,
  color: null,
  distance: null,

  initialize: function () {
    this.color = new Flog.RayTracer.Color(0, 0, 0);
  }
};

Flog.RayTracer.Camera = Class.create();
Flog.RayTracer.Camera.prototype = {
  initialize: function (position, lookAt, up) {
    this.position = position;
    this.lookAt = lookAt;
    this.up = up;
    this.equator = lookAt.normalize().cross(this.up);
    this.screen = this.position.add(this.lookAt);
  },

  getRay: function (vx, vy) {
    var pos = this.screen.subtract(this.equator.multiplyScalar(vx).subtract(this.up.multiplyScalar(vy)));
    pos.y = pos.y * -1;
    var dir = pos.subtract(this.position);
    return new Flog.RayTracer.Ray(pos, dir.normalize());
  }
};

Flog.RayTracer.Background = Class.create();
Flog.RayTracer.Background.prototype = {
  initialize: function (color, ambience) {
    this.color = color;
    this.ambience = ambience;
  }
};

Flog.RayTracer.Scene = Class.create();
Flog.RayTracer.Scene.prototype = {
  initialize: function () {
    this.camera = new Flog.RayTracer.Camera(
      new Flog.RayTracer.Vector(0, 0, -5),
      new Flog.RayTracer.Vector(0, 0, 1),
      new Flog.RayTracer.Vector(0, 1, 0));
    this.shapes = [];
    this.lights = [];
    this.background = new Flog.RayTracer.Background(new Flog.RayTracer.Color(0, 0, 0.5), 0.2);
  }
};

Flog.RayTracer.Engine = Class.create();
Flog.RayTracer.Engine.prototype = {
  initialize: function (options) {
    this.options = Object.extend({
      canvasHeight: 100,
      canvasWidth: 100,
      pixelWidth: 2,
      pixelHeight: 2,
      renderDiffuse: false,
      renderShadows: false,
      renderHighlights: false,
      renderReflections: false,
      rayDepth: 2
    }, options || {});
    this.options.canvasHeight /= this.options.pixelHeight;
    this.options.canvasWidth /= this.options.pixelWidth;
    this.checksum = 0;
    this.bright = 0;
  },

  setPixel: function (x, y, color) {
    var b = color.brightness();
    this.bright += b;
    this.checksum = (this.checksum * 31 + b + x * 7 + y * 13) % 1000000007;
  },

  renderScene: function (scene) {
    var canvasHeight = this.options.canvasHeight;
    var canvasWidth = this.options.canvasWidth;
    for (var y = 0; y < canvasHeight; y++) {
      for (var x = 0; x < canvasWidth; x++) {
        var yp = y * 1.0 / canvasHeight * 2 - 1;
        var xp = x * 1.0 / canvasWidth * 2 - 1;
        var ray = scene.camera.getRay(xp, yp);
        var color = this.getPixelColor(ray, scene);
        this.setPixel(x, y, color);
      }
    }
  },

  getPixelColor: function (ray, scene) {
    var info = this.testIntersection(ray, scene, null);
    if (info.isHit) {
      return this.rayTrace(info, ray, scene, 0);
    }
    return scene.background.color;
  },

  testIntersection: function (ray, scene, exclude) {
    var hits = 0;
    var best = new Flog.RayTracer.IntersectionInfo();
    best.distance = 2000;
    for (var i = 0; i < scene.shapes.length; i++) {
      var shape = scene.shapes[i];
      if (shape != exclude) {
        var info = shape.intersect(ray);
        if (info.isHit && info.distance >= 0 && info.distance < best.distance) {
          best = info;
          hits++;
        }
      }
    }
    best.hitCount = hits;
    return best;
  },

  getReflectionRay: function (P, N, V) {
    var c1 = -N.dot(V);
    var R1 = N.multiplyScalar(2 * c1).add(V);
    return new Flog.RayTracer.Ray(P, R1);
  },

  rayTrace: function (info, ray, scene, depth) {
    var color = info.color.multiplyScalar(scene.background.ambience);
    var oldColor = color;
    var shininess = Math.floor(info.shape.material.gloss * 8);

    for (var i = 0; i < scene.lights.length; i++) {
      var light = scene.lights[i];
      var v = light.position.subtract(info.position).normalize();

      if (this.options.renderDiffuse) {
        var L = v.dot(info.normal);
        if (L > 0.0) {
          color = color.add(info.color.multiply(light.color.multiplyScalar(L)));
        }
      }

      if (depth <= this.options.rayDepth) {
        if (this.options.renderReflections && info.shape.material.reflection > 0) {
          var reflectionRay = this.getReflectionRay(info.position, info.normal, ray.direction);
          var refl = this.testIntersection(reflectionRay, scene, info.shape);
          if (refl.isHit && refl.distance > 0) {
            refl.color = this.rayTrace(refl, reflectionRay, scene, depth + 1);
          } else {
            refl.color = scene.background.color;
          }
          color = color.blend(refl.color, info.shape.material.reflection);
        }
      }

      var shadowInfo = new Flog.RayTracer.IntersectionInfo();
      if (this.options.renderShadows) {
        var shadowRay = new Flog.RayTracer.Ray(info.position, v);
        shadowInfo = this.testIntersection(shadowRay, scene, info.shape);
        if (shadowInfo.isHit && shadowInfo.shape != info.shape) {
          var vA = color.multiplyScalar(0.5);
          var dB = 0.5 * Math.sqrt(shadowInfo.shape.material.transparency);
          color = vA.addScalar(dB);
        }
      }

      if (this.options.renderHighlights && !shadowInfo.isHit && info.shape.material.gloss > 0) {
        var Lv = info.shape.position.subtract(light.position).normalize();
        var E = scene.camera.position.subtract(info.shape.position).normalize();
        var H = E.subtract(Lv).normalize();
        var g = Math.max(info.normal.dot(H), 0);
        var glossWeight = 1;
        for (var k = 0; k < shininess; k++) glossWeight *= g;
        color = light.color.multiplyScalar(glossWeight).add(color);
      }
    }
    color.limit();
    return color;
  }
};

function buildScene() {
  var RT = Flog.RayTracer;
  var scene = new RT.Scene();
  scene.camera = new RT.Camera(
    new RT.Vector(0, 0, -15),
    new RT.Vector(-0.2, 0, 5),
    new RT.Vector(0, 1, 0));
  scene.background = new RT.Background(new RT.Color(0.5, 0.5, 0.5), 0.4);

  var sphere = new RT.Shape.Sphere(
    new RT.Vector(-1.5, 1.5, 2), 1.5,
    new RT.Material.Solid(new RT.Color(0, 0.5, 0.5), 0.3, 0.0, 0.0, 2.0));
  var sphere1 = new RT.Shape.Sphere(
    new RT.Vector(1, 0.25, 1), 0.5,
    new RT.Material.Solid(new RT.Color(0.9, 0.9, 0.9), 0.1, 0.0, 0.0, 1.5));
  var plane = new RT.Shape.Plane(
    new RT.Vector(0.1, 0.9, -0.5).normalize(), 1.2,
    new RT.Material.Chessboard(new RT.Color(1, 1, 1), new RT.Color(0, 0, 0), 0.2, 0.0, 1.0, 0.7));
  scene.shapes.push(plane);
  scene.shapes.push(sphere);
  scene.shapes.push(sphere1);

  scene.lights.push(new RT.Light(new RT.Vector(5, 10, -1), new RT.Color(0.8, 0.8, 0.8)));
  scene.lights.push(new RT.Light(new RT.Vector(-3, 5, -15), new RT.Color(0.8, 0.8, 0.8), 100));
  return scene;
}

// size -> [checksum, total brightness] (the same in every engine: the arithmetic is
// + - * / and Math.sqrt only)
var PROTOCLASS_EXPECTED = {
  4: [343989507, 2862],
  12: [517278850, 25488]
};

function runIteration(size) {
  var engine = new Flog.RayTracer.Engine({
    canvasWidth: size,
    canvasHeight: size,
    pixelWidth: 1,
    pixelHeight: 1,
    renderDiffuse: true,
    renderHighlights: true,
    renderShadows: true,
    renderReflections: true,
    rayDepth: 2
  });
  engine.renderScene(buildScene());
  var pixels = size * size;
  if (!(engine.bright >= 0 && engine.bright <= 255 * pixels)) {
    throw new Error("protoclass: brightness " + engine.bright + " out of range");
  }
  if (engine.bright < 20 * pixels) {
    throw new Error("protoclass: image too dark (" + engine.bright + ")");
  }
  var want = PROTOCLASS_EXPECTED[size];
  if (want && (want[0] !== engine.checksum || want[1] !== engine.bright)) {
    throw new Error("protoclass: got " + engine.checksum + "/" + engine.bright +
                    ", expected " + want[0] + "/" + want[1]);
  }
  return engine.checksum;
}
