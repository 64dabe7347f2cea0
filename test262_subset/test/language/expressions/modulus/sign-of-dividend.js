// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-numeric-types-number-remainder
description: "% takes the sign of the dividend"
---*/

assert.sameValue(5 % 3, 2);
assert.sameValue(-5 % 3, -2);
assert.sameValue(5 % -3, 2);
assert.sameValue(-4 % 2, -0);
assert.sameValue(5.5 % 2, 1.5);
assert.sameValue(1 % 0, NaN);
assert.sameValue(3 % Infinity, 3);
