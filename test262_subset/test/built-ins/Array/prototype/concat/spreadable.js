// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.concat
description: concat flattens arrays and objects with Symbol.isConcatSpreadable
includes: [compareArray.js]
---*/

assert.compareArray([1].concat([2, 3], 4), [1, 2, 3, 4]);
var o = { length: 2, 0: 'a', 1: 'b' };
o[Symbol.isConcatSpreadable] = true;
assert.compareArray([].concat(o), ['a', 'b']);
var arr = [9];
arr[Symbol.isConcatSpreadable] = false;
assert.sameValue([].concat(arr)[0], arr);
