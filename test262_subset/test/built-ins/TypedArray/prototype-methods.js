// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-%typedarray%.prototype
description: "%TypedArray%.prototype methods"
includes: [compareArray.js]
---*/

var ta = new Int16Array([3, 1, 2]);
assert.compareArray(Array.from(ta.map(function (x) { return x * 2; })), [6, 2, 4]);
assert.compareArray(Array.from(ta.sort()), [1, 2, 3]);
assert.sameValue(ta.join('-'), '1-2-3');
assert.sameValue(ta.subarray(1).length, 2);
assert.sameValue(ta.includes(2), true);
var TypedArray = Object.getPrototypeOf(Int16Array);
assert.sameValue(TypedArray.prototype.map, ta.map);
assert.throws(TypeError, function () { TypedArray(); });
