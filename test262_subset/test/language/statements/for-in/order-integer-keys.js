// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinaryownpropertykeys
description: for-in visits integer keys ascending, then strings in insertion order
includes: [compareArray.js]
---*/

var o = { b: 1, 2: 1, a: 1, 1: 1, 0: 1 };
var keys = [];
for (var k in o) keys.push(k);
assert.compareArray(keys, ['0', '1', '2', 'b', 'a']);
