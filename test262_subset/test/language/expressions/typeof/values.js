// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-typeof-operator
description: typeof results for each type
features: [Symbol, BigInt]
---*/

assert.sameValue(typeof undefined, 'undefined');
assert.sameValue(typeof null, 'object');
assert.sameValue(typeof true, 'boolean');
assert.sameValue(typeof 1, 'number');
assert.sameValue(typeof 1n, 'bigint');
assert.sameValue(typeof 's', 'string');
assert.sameValue(typeof Symbol(), 'symbol');
assert.sameValue(typeof {}, 'object');
assert.sameValue(typeof function () {}, 'function');
assert.sameValue(typeof class {}, 'function');
