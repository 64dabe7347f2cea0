// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-privatemethodoraccessoradd
description: >
  A private accessor (each half) is added to an object once: evaluating the class's
  initialization again on the same object throws a TypeError; private elements cannot be
  added to a non-extensible object.
features: [class, class-methods-private, class-fields-private, nonextensible-applies-to-private]
---*/
class Base { constructor(o) { return o; } }
class Accessor extends Base {
  get #p() { return 'got'; }
  set #p(v) {}
  static read(o) { return o.#p; }
}
class SetterOnly extends Base { set #q(v) {} }
class Field extends Base { #f = 1; }
var o = {};
new Accessor(o);
assert.sameValue(Accessor.read(o), 'got');
assert.throws(TypeError, function () { new Accessor(o); }, 'getter and setter again');
new SetterOnly(o);
assert.throws(TypeError, function () { new SetterOnly(o); }, 'setter again');
assert.throws(TypeError, function () { new Field(Object.preventExtensions({})); }, 'non-extensible');
