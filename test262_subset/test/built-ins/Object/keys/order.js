// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.keys
description: Object.keys returns own enumerable string keys in property order
includes: [compareArray.js]
---*/

var o = { z: 1, 10: 1, a: 1, 2: 1 };
assert.compareArray(Object.keys(o), ['2', '10', 'z', 'a']);
assert.compareArray(Object.keys('ab'), ['0', '1']);
