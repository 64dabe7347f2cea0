// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators
description: "**= assigns the power"
features: [exponentiation]
---*/

var x = 3;
x **= 2;
assert.sameValue(x, 9);
assert.sameValue(2n ** 64n, 18446744073709551616n);
