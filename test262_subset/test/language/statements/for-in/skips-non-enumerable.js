// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-enumerate-object-properties
description: for-in skips non-enumerable and symbol keys
includes: [compareArray.js]
---*/

var o = { a: 1 };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[Symbol('s')] = 1;
var keys = [];
for (var k in o) keys.push(k);
assert.compareArray(keys, ['a']);
