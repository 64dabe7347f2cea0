// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.preventextensions
description: preventExtensions blocks new properties and prototype changes
---*/

var o = Object.preventExtensions({ a: 1 });
assert.sameValue(Object.isExtensible(o), false);
assert.sameValue(Reflect.set(o, 'b', 1), false);
assert.sameValue('b' in o, false);
assert.throws(TypeError, function () { Object.setPrototypeOf(o, {}); });
assert.throws(TypeError, function () { Object.defineProperty(o, 'c', { value: 1 }); });
