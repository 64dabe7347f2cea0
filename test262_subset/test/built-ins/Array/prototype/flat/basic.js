// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.flat
description: flat and flatMap
includes: [compareArray.js]
---*/

var once = [1, [2, [3, [4]]]].flat();
assert.sameValue(once.length, 3);
assert.sameValue(Array.isArray(once[2]), true);
assert.compareArray([1, [2, [3, [4]]]].flat(Infinity), [1, 2, 3, 4]);
assert.compareArray([1, 2].flatMap(function (x) { return [x, x * 2]; }), [1, 2, 2, 4]);
assert.compareArray([1, , 3].flat(), [1, 3]);
