// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-reflect-object
description: Reflect functions mirror internal methods and return booleans
includes: [compareArray.js]
---*/

var o = { a: 1 };
assert.sameValue(Reflect.get(o, 'a'), 1);
assert.sameValue(Reflect.set(o, 'b', 2), true);
assert.sameValue(Reflect.has(o, 'b'), true);
assert.sameValue(Reflect.deleteProperty(o, 'b'), true);
assert.compareArray(Reflect.ownKeys(o), ['a']);
assert.sameValue(Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }), false);
assert.throws(TypeError, function () { Reflect.get(1, 'a'); });
