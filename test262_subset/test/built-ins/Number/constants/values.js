// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-properties-of-the-number-constructor
description: Number constants
includes: [propertyHelper.js]
---*/

assert.sameValue(Number.EPSILON, Math.pow(2, -52));
assert.sameValue(Number.MAX_SAFE_INTEGER, 9007199254740991);
assert.sameValue(Number.MIN_VALUE, 5e-324);
verifyProperty(Number, 'MAX_VALUE', { value: 1.7976931348623157e308, writable: false, enumerable: false, configurable: false });
