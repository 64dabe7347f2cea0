// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-relational-operators
description: relational comparison of numbers and strings
---*/

assert.sameValue(1 < 2, true);
assert.sameValue('10' < '9', true);
assert.sameValue('10' < 9, false);
assert.sameValue(NaN < 1, false);
assert.sameValue(NaN >= 1, false);
assert.sameValue(null >= 0, true);
assert.sameValue(undefined < 1, false);
assert.sameValue('a' < 'b', true);
