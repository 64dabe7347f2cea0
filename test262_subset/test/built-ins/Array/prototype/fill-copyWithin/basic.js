// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.fill
description: fill and copyWithin
includes: [compareArray.js]
---*/

assert.compareArray([1, 2, 3, 4].fill(0, 1, 3), [1, 0, 0, 4]);
assert.compareArray([1, 2, 3, 4, 5].copyWithin(0, 3), [4, 5, 3, 4, 5]);
assert.compareArray(new Array(3).fill('x'), ['x', 'x', 'x']);
