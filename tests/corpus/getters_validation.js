// Getters/setters for validation, defineProperty, freezing, sealing and computed accessors.
function typed(schema) {
  return function (target) {
    const values = {};
    for (const [key, type] of Object.entries(schema)) {
      Object.defineProperty(target, key, {
        enumerable: true,
        get() { return values[key]; },
        set(v) {
          if (typeof v !== type) throw new TypeError(`${key} must be ${type}, got ${typeof v}`);
          values[key] = v;
        },
      });
    }
    return target;
  };
}
const person = typed({ name: 'string', age: 'number' })({});
person.name = 'Ann';
person.age = 31;
for (const bad of [() => { person.age = '31'; }, () => { person.name = null; }]) {
  try { bad(); } catch (e) { console.log(e.message); }
}
console.log(JSON.stringify(person), Object.keys(person).join());

// Lazy computed property that replaces itself with a data property.
const lazy = {
  computeCount: 0,
  get expensive() {
    this.computeCount++;
    const value = Array.from({ length: 100 }, (_, i) => i).reduce((a, b) => a + b);
    Object.defineProperty(this, 'expensive', { value, enumerable: true });
    return value;
  },
};
console.log(lazy.expensive, lazy.expensive, lazy.computeCount, Object.getOwnPropertyDescriptor(lazy, 'expensive').writable);

// Accessors in classes, inheritance of getters, and super getters.
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  set dims([w, h]) { this.w = w; this.h = h; }
}
class LabeledRect extends Rect {
  get area() { return `${super.area} sq units`; }
}
const r = new LabeledRect(2, 3);
r.dims = [4, 5];
console.log(r.area, Object.getOwnPropertyNames(Rect.prototype).join(), 'area' in r, r.hasOwnProperty('area'));

// Freeze, seal, preventExtensions in sloppy mode: silent failures.
const frozen = Object.freeze({ a: 1, inner: { b: 2 } });
frozen.a = 100; frozen.c = 3; delete frozen.a; frozen.inner.b = 20;
const sealed = Object.seal({ x: 1 });
sealed.x = 2; sealed.y = 3; delete sealed.x;
const closed = Object.preventExtensions({ p: 1 });
closed.q = 2; delete closed.p;
console.log(JSON.stringify(frozen), JSON.stringify(sealed), JSON.stringify(closed));
console.log(Object.isFrozen(frozen), Object.isFrozen(frozen.inner), Object.isSealed(sealed), Object.isExtensible(closed), Object.isFrozen(closed));

// Same operations in strict mode throw.
(function () {
  'use strict';
  const attempts = [() => { frozen.a = 1; }, () => { sealed.z = 1; }, () => { delete sealed.x; }, () => { closed.r = 1; }];
  console.log(attempts.map(f => { try { f(); return 'ok'; } catch (e) { return e.constructor.name; } }).join(' '));
})();

// Property descriptor defaults and redefinition rules.
const o = {};
Object.defineProperty(o, 'fixed', { value: 1 });
const d = Object.getOwnPropertyDescriptor(o, 'fixed');
console.log(d.writable, d.enumerable, d.configurable);
try { Object.defineProperty(o, 'fixed', { value: 2 }); } catch (e) { console.log(`${e.name}: ${e.message}`); }
Object.defineProperty(o, 'fixed', { value: 1 });
console.log(o.fixed, Object.keys(o).length);

// Getter-only property assignment in sloppy mode is ignored.
const ro = { get v() { return 'getter'; } };
ro.v = 'nope';
console.log(ro.v);

// Object.defineProperties and getOwnPropertyDescriptors round trip.
const temp = Object.defineProperties({}, {
  c: { value: 25, writable: true, enumerable: true },
  f: { get() { return this.c * 9 / 5 + 32; }, set(v) { this.c = (v - 32) * 5 / 9; }, enumerable: true },
});
temp.f = 212;
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(temp));
clone.c = 0;
console.log(temp.c, temp.f, clone.f, typeof Object.getOwnPropertyDescriptor(clone, 'f').get);
