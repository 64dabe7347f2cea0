// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.includes
description: includes uses SameValueZero
---*/

assert.sameValue([NaN].includes(NaN), true);
assert.sameValue([0].includes(-0), true);
assert.sameValue([1, , 3].includes(undefined), true);
assert.sameValue([1].includes(1, 1), false);
