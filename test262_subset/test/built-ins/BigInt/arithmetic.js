// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-numeric-types-bigint
description: BigInt arithmetic is exact and division truncates
features: [BigInt]
---*/

assert.sameValue(2n ** 100n, 1267650600228229401496703205376n);
assert.sameValue(7n / 2n, 3n);
assert.sameValue(-7n / 2n, -3n);
assert.sameValue(-7n % 2n, -1n);
assert.throws(RangeError, function () { 1n / 0n; });
assert.throws(RangeError, function () { 2n ** -1n; });
assert.sameValue(-5n >> 1n, -3n);
assert.throws(TypeError, function () { 1n >>> 0n; });
