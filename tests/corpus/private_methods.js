// Private methods and accessors: one closure per class evaluation, added to an instance
// before its fields are defined; static ones before static fields; super inside them.
class C {
  #m() { return this.#f; }
  get #g() { return "g" + this.#f; }
  set #g(v) { this.log = v; }
  #f = this.#m === undefined ? "no" : "method first";
  static #s() { return "static"; }
  static sv = C.#s();
  same(o) { return this.#m === o.#m; }
  run() { this.#g = 5; return [this.#m(), this.#g, this.log]; }
  static has(o) { return #m in o; }
}
const a = new C(), b = new C();
console.log(a.same(b), a.run().join(), C.sv, C.has(a), C.has({}));
class D extends C { #x() { return super.run; } probe() { return typeof this.#x(); } }
console.log(new D().probe());
try { C.prototype.run.call({}); } catch (e) { console.log(e.constructor.name); }
