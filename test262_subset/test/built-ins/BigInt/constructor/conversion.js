// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-bigint-constructor-number-value
description: BigInt() converts integers and strings; rejects fractions and new
features: [BigInt]
---*/

assert.sameValue(BigInt(10), 10n);
assert.sameValue(BigInt('0x1f'), 31n);
assert.sameValue(BigInt(' 12 '), 12n);
assert.sameValue(BigInt(true), 1n);
assert.throws(RangeError, function () { BigInt(1.5); });
assert.throws(SyntaxError, function () { BigInt('1.5'); });
assert.throws(TypeError, function () { new BigInt(1); });
assert.throws(TypeError, function () { BigInt(undefined); });
