// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-addition-operator-plus
description: + adds numbers after ToPrimitive/ToNumber
---*/

assert.sameValue(1 + true, 2);
assert.sameValue(null + 1, 1);
assert.sameValue(undefined + 1, NaN);
assert.sameValue(0.1 + 0.2, 0.30000000000000004);
