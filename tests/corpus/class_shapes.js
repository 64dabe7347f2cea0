// Class hierarchy with getters, static members, toString and polymorphism.
class Shape {
  static count = 0;
  constructor(name) {
    if (new.target === Shape) throw new TypeError('Shape is abstract');
    this.name = name;
    Shape.count++;
  }
  get area() { return 0; }
  get perimeter() { return 0; }
  describe() {
    return `${this.name}: area=${this.area.toFixed(2)} perimeter=${this.perimeter.toFixed(2)}`;
  }
  toString() { return `[${this.constructor.name} ${this.name}]`; }
  static compare(a, b) { return a.area - b.area; }
}

class Circle extends Shape {
  #r;
  constructor(r) { super('circle'); this.#r = r; }
  get area() { return Math.PI * this.#r ** 2; }
  get perimeter() { return 2 * Math.PI * this.#r; }
  get radius() { return this.#r; }
  set radius(v) {
    if (v < 0) throw new RangeError('negative radius');
    this.#r = v;
  }
}

class Rect extends Shape {
  constructor(w, h, name = 'rect') { super(name); this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  get perimeter() { return 2 * (this.w + this.h); }
}

class Square extends Rect {
  constructor(s) { super(s, s, 'square'); }
  describe() { return super.describe() + ' (regular)'; }
}

const shapes = [new Circle(1), new Rect(2, 3), new Square(2), new Circle(0.5)];
for (const s of shapes) console.log(s.describe());
shapes.sort(Shape.compare);
console.log(shapes.map(String).join(' '));
console.log(`count=${Shape.count}`);

try { new Shape('x'); } catch (e) { console.log(`${e.name}: ${e.message}`); }

const c = shapes.find(s => s instanceof Circle && s.radius === 1);
c.radius = 2;
console.log(c.area.toFixed(3), c.radius);
try { c.radius = -1; } catch (e) { console.log(e.message); }

console.log(shapes.map(s => Object.getPrototypeOf(s).constructor.name).join(','));
console.log(Square.count, Object.hasOwn(Square, 'count'), Square.compare === Shape.compare);
const totalArea = shapes.reduce((sum, s) => sum + s.area, 0);
console.log(`total=${totalArea.toFixed(4)}`);
