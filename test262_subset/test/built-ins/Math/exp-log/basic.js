// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.log
description: exp, log and their variants
---*/

assert.sameValue(Math.exp(0), 1);
assert.sameValue(Math.log(1), 0);
assert.sameValue(Math.log(0), -Infinity);
assert.sameValue(Math.log(-1), NaN);
assert.sameValue(Math.log2(8), 3);
assert.sameValue(Math.log10(1000), 3);
assert.sameValue(Math.expm1(0), 0);
assert.sameValue(Math.log1p(-1), -Infinity);
