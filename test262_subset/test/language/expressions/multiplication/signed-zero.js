// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-multiplicative-operators
description: multiplication produces signed zeros
---*/

assert.sameValue(-1 * 0, -0);
assert.sameValue(-0 * -0, 0);
assert.sameValue(Infinity * 0, NaN);
