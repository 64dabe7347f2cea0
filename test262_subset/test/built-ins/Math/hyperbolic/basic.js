// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.sinh
description: hyperbolic functions
---*/

assert.sameValue(Math.sinh(0), 0);
assert.sameValue(Math.cosh(0), 1);
assert.sameValue(Math.tanh(Infinity), 1);
assert.sameValue(Math.asinh(-0), -0);
assert.sameValue(Math.atanh(1), Infinity);
assert.sameValue(Math.acosh(1), 0);
