// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.getownpropertynames
description: getOwnPropertyNames includes non-enumerable keys, not symbols
includes: [compareArray.js]
---*/

var o = { b: 1 };
Object.defineProperty(o, 'a', { value: 1 });
o[Symbol()] = 1;
assert.compareArray(Object.getOwnPropertyNames(o), ['b', 'a']);
assert.compareArray(Object.getOwnPropertyNames([5]), ['0', 'length']);
