// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.create
description: Object.create with a prototype and property descriptors
includes: [propertyHelper.js]
---*/

var o = Object.create({ p: 1 }, { own: { value: 2, enumerable: true } });
assert.sameValue(o.p, 1);
verifyProperty(o, 'own', { value: 2, writable: false, enumerable: true, configurable: false });
assert.sameValue(Object.getPrototypeOf(Object.create(null)), null);
assert.throws(TypeError, function () { Object.create(5); });
