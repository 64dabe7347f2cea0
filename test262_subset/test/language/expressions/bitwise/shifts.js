// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-bitwise-shift-operators
description: shift operators mask the count and treat signs
---*/

assert.sameValue(1 << 31, -2147483648);
assert.sameValue(1 << 32, 1);
assert.sameValue(-8 >> 1, -4);
assert.sameValue(-8 >>> 28, 15);
assert.sameValue(-1 >>> 0, 4294967295);
