// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-number.isinteger
description: isInteger, isSafeInteger, isFinite, isNaN do not coerce
---*/

assert.sameValue(Number.isInteger(5.0), true);
assert.sameValue(Number.isInteger('5'), false);
assert.sameValue(Number.isSafeInteger(2 ** 53), false);
assert.sameValue(Number.isFinite('1'), false);
assert.sameValue(Number.isNaN('x'), false);
assert.sameValue(Number.isNaN(NaN), true);
