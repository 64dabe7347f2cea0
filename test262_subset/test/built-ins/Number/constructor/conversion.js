// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-number-constructor-number-value
description: Number(value) converts; BigInt converts exactly
---*/

assert.sameValue(Number('0b11'), 3);
assert.sameValue(Number('12px'), NaN);
assert.sameValue(Number(''), 0);
assert.sameValue(Number(10n), 10);
assert.sameValue(Number(), 0);
assert.sameValue(Number('-Infinity'), -Infinity);
assert.sameValue(Number('1_0'), NaN);
