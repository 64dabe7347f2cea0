// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.slice
description: slice with negative and out of range indices
includes: [compareArray.js]
---*/

var a = [1, 2, 3, 4];
assert.compareArray(a.slice(1, 3), [2, 3]);
assert.compareArray(a.slice(-2), [3, 4]);
assert.compareArray(a.slice(5), []);
assert.compareArray(a.slice(), a);
