// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array-len
description: Array(n) creates a sparse array of length n; invalid lengths throw
---*/

assert.sameValue(new Array(3).length, 3);
assert.sameValue(0 in new Array(3), false);
assert.sameValue(Array(1, 2).length, 2);
assert.sameValue(Array('3').length, 1);
assert.throws(RangeError, function () { new Array(-1); });
assert.throws(RangeError, function () { new Array(1.5); });
