// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-__proto__-property-names-in-object-initializers
description: __proto__ in a literal sets the prototype
---*/

var p = { inherited: true };
var o = { __proto__: p };
assert.sameValue(Object.getPrototypeOf(o), p);
assert.sameValue(o.hasOwnProperty('__proto__'), false);
var q = { ['__proto__']: 1 };
assert.sameValue(q.hasOwnProperty('__proto__'), true);
