// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.pow
description: pow, sqrt, cbrt, hypot
---*/

assert.sameValue(Math.pow(2, 0.5), Math.SQRT2);
assert.sameValue(Math.sqrt(-1), NaN);
assert.sameValue(Math.sqrt(-0), -0);
assert.sameValue(Math.cbrt(-27), -3);
assert.sameValue(Math.hypot(3, 4), 5);
assert.sameValue(Math.hypot(), 0);
