// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-multiplicative-operators
description: division by zero gives infinities or NaN
---*/

assert.sameValue(1 / 0, Infinity);
assert.sameValue(-1 / 0, -Infinity);
assert.sameValue(1 / -0, -Infinity);
assert.sameValue(0 / 0, NaN);
