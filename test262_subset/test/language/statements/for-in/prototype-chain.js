// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-enumerate-object-properties
description: for-in visits inherited enumerable properties after own ones, without duplicates
includes: [compareArray.js]
---*/

var proto = { p: 1, shared: 1 };
var o = Object.create(proto);
o.own = 1;
o.shared = 2;
var keys = [];
for (var k in o) keys.push(k);
assert.compareArray(keys, ['own', 'shared', 'p']);
