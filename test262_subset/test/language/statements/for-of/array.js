// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-in-and-for-of-statements
description: for-of iterates array values
---*/

var sum = 0;
for (var v of [1, 2, 3]) sum += v;
assert.sameValue(sum, 6);
