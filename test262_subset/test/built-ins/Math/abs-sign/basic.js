// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.abs
description: abs, sign and their signed-zero behaviour
---*/

assert.sameValue(Math.abs(-3), 3);
assert.sameValue(Math.abs(-0), 0);
assert.sameValue(Math.sign(-5), -1);
assert.sameValue(Math.sign(-0), -0);
assert.sameValue(Math.sign('x'), NaN);
