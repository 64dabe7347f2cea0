// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-exp-operator
description: "** raises to a power and is right associative"
features: [exponentiation]
---*/

assert.sameValue(2 ** 10, 1024);
assert.sameValue(2 ** 3 ** 2, 512);
assert.sameValue((-2) ** 3, -8);
assert.sameValue(NaN ** 0, 1);
assert.sameValue(1 ** Infinity, NaN);
assert.sameValue(2 ** -1, 0.5);
