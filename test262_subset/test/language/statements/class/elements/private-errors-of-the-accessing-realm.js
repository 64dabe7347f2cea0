// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-privateget
description: >
  A failed private name access throws a TypeError of the realm of the function doing the
  access; calling another realm's class constructor without new throws that realm's TypeError.
features: [class, class-methods-private, class-fields-private, cross-realm]
---*/
var r1 = $262.createRealm().global;
var r2 = $262.createRealm().global;
var src = '(class { #m() { return 1; } #f = 2; get(o) { return o.#m(); } set(o) { o.#f = 3; } })';
var c1 = new (r1.eval(src));
var c2 = new (r2.eval(src));
assert.sameValue(c1.get(c1), 1);
assert.throws(r1.TypeError, function () { c1.get(c2); }, 'PrivateGet in realm 1');
assert.throws(r2.TypeError, function () { c2.set(c1); }, 'PrivateSet in realm 2');
var C = r1.eval('(class {})');
assert.throws(r1.TypeError, function () { C(); }, 'class constructor call');
