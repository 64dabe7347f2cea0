// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.shift
description: shift and unshift
includes: [compareArray.js]
---*/

var a = [1, 2];
assert.sameValue(a.unshift(-1, 0), 4);
assert.compareArray(a, [-1, 0, 1, 2]);
assert.sameValue(a.shift(), -1);
assert.compareArray(a, [0, 1, 2]);
