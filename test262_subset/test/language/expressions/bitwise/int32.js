// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-binary-bitwise-operators
description: bitwise operators work on 32-bit integers
---*/

assert.sameValue(5 & 3, 1);
assert.sameValue(5 | 3, 7);
assert.sameValue(5 ^ 3, 6);
assert.sameValue(~5, -6);
assert.sameValue(0xFFFFFFFF | 0, -1);
assert.sameValue(2147483648 | 0, -2147483648);
assert.sameValue(1.9 | 0, 1);
assert.sameValue(-1.9 | 0, -1);
