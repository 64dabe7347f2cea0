// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-typedarray-objects
description: BigInt64Array stores BigInts and rejects Numbers
features: [BigInt]
---*/

var b = new BigInt64Array([1n, -1n]);
assert.sameValue(b[1], -1n);
assert.sameValue(new BigUint64Array([-1n])[0], 18446744073709551615n);
assert.throws(TypeError, function () { new BigInt64Array([1]); });
