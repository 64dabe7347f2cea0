// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.from
description: Array.from with iterables, array-likes and a map function
includes: [compareArray.js]
---*/

assert.compareArray(Array.from('abc'), ['a', 'b', 'c']);
assert.compareArray(Array.from({ length: 2, 0: 'x' }), ['x', undefined]);
assert.compareArray(Array.from([1, 2], function (v, i) { return v * 10 + i; }), [10, 21]);
assert.compareArray(Array.from(new Set([1, 1, 2])), [1, 2]);
