// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-numeric-types-bigint-equal
description: BigInt equality, typeof and as Map keys
features: [BigInt]
---*/

assert.sameValue(0n === -0n, true);
assert.sameValue(1n === 1, false);
assert.sameValue(new Map([[1n, 'a']]).get(1n), 'a');
assert.sameValue([3n, 1n, 2n].sort().join(), '1,2,3');
