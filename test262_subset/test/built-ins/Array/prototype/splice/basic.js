// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.splice
description: splice removes and inserts elements
includes: [compareArray.js]
---*/

var a = [1, 2, 3, 4, 5];
var removed = a.splice(1, 2, 'a', 'b', 'c');
assert.compareArray(removed, [2, 3]);
assert.compareArray(a, [1, 'a', 'b', 'c', 4, 5]);
assert.compareArray(a.splice(-1), [5]);
assert.compareArray([1, 2].splice(0), [1, 2]);
