// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-enumerate-object-properties
description: for-in over an array skips holes and includes extra properties
includes: [compareArray.js]
---*/

var a = [1, , 3];
a.extra = true;
var keys = [];
for (var k in a) keys.push(k);
assert.compareArray(keys, ['0', '2', 'extra']);
