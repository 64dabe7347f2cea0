// Static blocks, abstract classes with new.target, registries and class-level accessors.
class Plugin {
  static #registry = new Map();
  static #order = [];
  static {
    this.version = '1.0';
  }
  static register(cls) {
    if (!(cls.prototype instanceof Plugin)) throw new TypeError(`${cls.name} does not extend Plugin`);
    Plugin.#registry.set(cls.id, cls);
    Plugin.#order.push(cls.id);
    return cls;
  }
  static create(id, ...args) {
    const cls = Plugin.#registry.get(id);
    if (!cls) throw new Error(`no plugin '${id}'`);
    return new cls(...args);
  }
  static get ids() { return [...Plugin.#order]; }

  constructor(options = {}) {
    if (new.target === Plugin) throw new TypeError('Plugin is abstract');
    if (typeof this.run !== 'function') throw new TypeError(`${new.target.name} must implement run()`);
    this.options = { ...new.target.defaults, ...options };
  }
  describe() { return `${this.constructor.id}(${JSON.stringify(this.options)})`; }
}

class Upper extends Plugin {
  static id = 'upper';
  static defaults = { trim: true };
  static { Plugin.register(this); }
  run(s) { return (this.options.trim ? s.trim() : s).toUpperCase(); }
}

class Repeat extends Plugin {
  static id = 'repeat';
  static defaults = { times: 2, sep: '' };
  static { Plugin.register(this); }
  run(s) { return Array(this.options.times).fill(s).join(this.options.sep); }
}

class Broken extends Plugin {
  static id = 'broken';
  static { Plugin.register(this); }
}

console.log(Plugin.ids.join(','), Plugin.version, Upper.version, Object.hasOwn(Upper, 'version'));
const chain = [Plugin.create('upper'), Plugin.create('repeat', { times: 3, sep: '-' })];
console.log(chain.map(p => p.describe()).join(' '));
console.log(chain.reduce((s, p) => p.run(s), '  hey '));

for (const attempt of [() => new Plugin(), () => Plugin.create('broken'), () => Plugin.create('nope'), () => Plugin.register(class Foo {})]) {
  try { attempt(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}

// Static inheritance and `this` in static methods.
class Model {
  static instances = 0;
  static create(props) { this.instances++; return Object.assign(new this(), props); }
  static get tableName() { return this.name.toLowerCase() + 's'; }
}
class User extends Model { static instances = 0; }
class Post extends Model {}
User.create({ name: 'a' }); User.create({ name: 'b' }); Post.create({});
console.log(User.instances, Post.instances, Model.instances, User.tableName, Post.tableName, Object.hasOwn(Post, 'instances'));

// Class fields with arrow functions capture the instance.
class Button {
  label;
  clicks = 0;
  onClick = () => { this.clicks++; return `${this.label} clicked ${this.clicks}x`; };
  constructor(label) { this.label = label; }
}
const btn = new Button('OK');
const handler = btn.onClick;
handler();
console.log(handler(), Object.keys(btn).join(','));

// Accessor pairs with validation and computed static names.
const unit = 'Celsius';
class Thermo {
  static [`from${unit}`](c) { const t = new Thermo(); t.celsius = c; return t; }
  #c = 0;
  get celsius() { return this.#c; }
  set celsius(v) { if (v < -273.15) throw new RangeError('below absolute zero'); this.#c = v; }
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; }
}
const th = Thermo.fromCelsius(100);
th.fahrenheit = 32;
console.log(th.celsius, Thermo.fromCelsius(37).fahrenheit.toFixed(1));
try { th.celsius = -300; } catch (e) { console.log(e.message); }
