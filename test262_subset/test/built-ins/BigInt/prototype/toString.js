// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-bigint.prototype.tostring
description: BigInt toString with radix and valueOf
features: [BigInt]
---*/

assert.sameValue((255n).toString(16), 'ff');
assert.sameValue((-10n).toString(), '-10');
assert.sameValue(Object(5n).valueOf(), 5n);
assert.throws(TypeError, function () { BigInt.prototype.valueOf.call(5); });
