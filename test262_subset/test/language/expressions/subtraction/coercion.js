// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-subtraction-operator-minus
description: "- converts operands to numbers"
---*/

assert.sameValue('5' - 2, 3);
assert.sameValue('a' - 1, NaN);
assert.sameValue([] - 1, -1);
