// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.imul
description: imul, clz32 and fround
---*/

assert.sameValue(Math.imul(0xffffffff, 5), -5);
assert.sameValue(Math.clz32(1), 31);
assert.sameValue(Math.clz32(0), 32);
assert.sameValue(Math.fround(5.5), 5.5);
assert.sameValue(Math.fround(5.05), 5.050000190734863);
