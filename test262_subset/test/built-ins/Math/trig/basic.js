// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.sin
description: trigonometric functions at exact points
---*/

assert.sameValue(Math.sin(0), 0);
assert.sameValue(Math.sin(-0), -0);
assert.sameValue(Math.cos(0), 1);
assert.sameValue(Math.atan2(1, 1), Math.PI / 4);
assert.sameValue(Math.atan2(-0, 1), -0);
assert.sameValue(Math.asin(2), NaN);
assert.sameValue(Math.tan(0), 0);
