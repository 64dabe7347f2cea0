// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators
description: compound assignment operators
---*/

var x = 10;
x += 5; assert.sameValue(x, 15);
x -= 3; assert.sameValue(x, 12);
x *= 2; assert.sameValue(x, 24);
x /= 4; assert.sameValue(x, 6);
x %= 4; assert.sameValue(x, 2);
x <<= 3; assert.sameValue(x, 16);
x >>= 1; assert.sameValue(x, 8);
x >>>= 1; assert.sameValue(x, 4);
x &= 6; assert.sameValue(x, 4);
x |= 1; assert.sameValue(x, 5);
x ^= 7; assert.sameValue(x, 2);
