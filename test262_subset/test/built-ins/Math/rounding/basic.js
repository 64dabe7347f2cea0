// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.round
description: floor, ceil, round, trunc
---*/

assert.sameValue(Math.floor(-1.5), -2);
assert.sameValue(Math.ceil(-1.5), -1);
assert.sameValue(Math.round(2.5), 3);
assert.sameValue(Math.round(-2.5), -2);
assert.sameValue(Math.round(-0.4), -0);
assert.sameValue(Math.round(0.49999999999999994), 0);
assert.sameValue(Math.trunc(-4.7), -4);
assert.sameValue(Math.ceil(-0.5), -0);
