// ES5-style constructors and prototype chains, Object.create, mixins, and property descriptors.
function Animal(name, sound) {
  if (!(this instanceof Animal)) return new Animal(name, sound);
  this.name = name;
  this.sound = sound;
}
Animal.prototype.speak = function () { return `${this.name} says ${this.sound}`; };
Animal.prototype.toString = function () { return `Animal(${this.name})`; };

function Dog(name) { Animal.call(this, name, 'woof'); this.tricks = []; }
Dog.prototype = Object.create(Animal.prototype, { constructor: { value: Dog, writable: true, configurable: true } });
Dog.prototype.learn = function (t) { this.tricks.push(t); return this; };
Dog.prototype.speak = function () { return Animal.prototype.speak.call(this) + '!'; };

const rex = new Dog('Rex').learn('sit').learn('roll');
const cat = Animal('Tom', 'meow');
console.log(rex.speak(), '|', cat.speak(), '|', String(rex), '|', rex.tricks.join('+'));
console.log(rex instanceof Dog, rex instanceof Animal, Animal.prototype.isPrototypeOf(rex), rex.constructor.name);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(rex)) === Animal.prototype, rex.hasOwnProperty('speak'), 'speak' in rex);

// Walking the prototype chain.
function chain(o) { const names = []; for (let p = Object.getPrototypeOf(o); p; p = Object.getPrototypeOf(p)) names.push(p.constructor.name); return names.join(' -> '); }
console.log(chain(rex), '|', chain([]), '|', chain(Object.create(null)) || '(none)');

// Mixins with Object.assign and shadowing.
const Serializable = { serialize() { return JSON.stringify(this); } };
const Comparable = { compareTo(o) { return this.name < o.name ? -1 : this.name > o.name ? 1 : 0; } };
Object.assign(Dog.prototype, Serializable, Comparable);
console.log(rex.serialize(), rex.compareTo(new Dog('Ace')), new Dog('Zed').compareTo(rex));

// Shadowing vs inherited writes.
const base = { counter: 0, list: [] };
const derived = Object.create(base);
derived.counter++;
derived.list.push('shared!');
console.log(base.counter, derived.counter, base.list.length, derived.hasOwnProperty('list'));

// Property descriptors: read-only, non-enumerable, accessors on prototypes.
const account = Object.create({ get summary() { return `${this.owner}: ${this.balance}`; } }, {
  owner: { value: 'ann', enumerable: true },
  balance: { value: 10, writable: true, enumerable: true },
  secret: { value: 'pin', enumerable: false },
});
account.owner = 'mallory';
account.balance += 5;
console.log(account.summary, Object.keys(account).join(), JSON.stringify(Object.getOwnPropertyDescriptor(account, 'owner')));

// Inherited setters are invoked rather than creating own properties.
const proto = { set value(v) { this._v = v * 2; }, get value() { return this._v; } };
const child = Object.create(proto);
child.value = 21;
console.log(child.value, Object.keys(child).join(), Object.prototype.hasOwnProperty.call(child, 'value'));

// Read-only inherited property blocks assignment silently in sloppy mode.
const frozenProto = Object.freeze({ kind: 'fixed' });
const obj = Object.create(frozenProto);
obj.kind = 'changed';
console.log(obj.kind, Object.keys(obj).length);

// Function.prototype methods and constructor properties.
console.log(typeof Function.prototype, Dog.length, Animal.length, Dog.name, Object.getPrototypeOf(Dog) === Function.prototype);
const Bound = Animal.bind(null, 'Bound');
const b = new Bound('beep');
console.log(b.speak(), b instanceof Animal, Bound.name);
