// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.some
description: some and every short-circuit
---*/

var n = 0;
assert.sameValue([1, 2, 3].some(function (x) { n++; return x === 2; }), true);
assert.sameValue(n, 2);
assert.sameValue([].every(function () { return false; }), true);
assert.sameValue([1, 2].every(function (x) { return x > 1; }), false);
