// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-map-objects
description: Map set/get/has/delete/size with SameValueZero keys
---*/

var m = new Map();
var k = {};
m.set(k, 'obj').set(NaN, 'nan').set(-0, 'zero');
assert.sameValue(m.get(k), 'obj');
assert.sameValue(m.get(NaN), 'nan');
assert.sameValue(m.get(0), 'zero');
assert.sameValue(m.size, 3);
assert.sameValue(m.delete(k), true);
assert.sameValue(m.has(k), false);
assert.sameValue([...m.keys()][1], 0);
