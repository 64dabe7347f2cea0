// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-bigint.asintn
description: asIntN and asUintN wrap to a bit width
features: [BigInt]
---*/

assert.sameValue(BigInt.asIntN(8, 255n), -1n);
assert.sameValue(BigInt.asUintN(8, -1n), 255n);
assert.sameValue(BigInt.asIntN(64, 2n ** 63n), -(2n ** 63n));
assert.sameValue(BigInt.asUintN(0, 5n), 0n);
