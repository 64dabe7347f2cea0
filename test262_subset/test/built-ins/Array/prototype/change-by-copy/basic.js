// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.toreversed
description: toReversed, toSorted, toSpliced and with return copies
includes: [compareArray.js]
features: [change-array-by-copy]
---*/

var a = [3, 1, 2];
assert.compareArray(a.toReversed(), [2, 1, 3]);
assert.compareArray(a.toSorted(), [1, 2, 3]);
assert.compareArray(a.toSpliced(0, 1, 'x'), ['x', 1, 2]);
assert.compareArray(a.with(1, 'w'), [3, 'w', 2]);
assert.compareArray(a, [3, 1, 2]);
assert.throws(RangeError, function () { a.with(5, 0); });
