// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.max
description: max and min with NaN, no args and signed zeros
---*/

assert.sameValue(Math.max(), -Infinity);
assert.sameValue(Math.min(), Infinity);
assert.sameValue(Math.max(1, NaN, 3), NaN);
assert.sameValue(Math.max(-0, 0), 0);
assert.sameValue(Math.min(0, -0), -0);
assert.sameValue(Math.max('7', 2), 7);
