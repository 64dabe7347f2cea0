// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.entries
description: Object.values and Object.entries
includes: [compareArray.js]
---*/

var o = { a: 1, b: 2 };
assert.compareArray(Object.values(o), [1, 2]);
var e = Object.entries(o);
assert.sameValue(e.length, 2);
assert.compareArray(e[1], ['b', 2]);
