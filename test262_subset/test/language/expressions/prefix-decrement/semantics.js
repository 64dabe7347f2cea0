// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-prefix-decrement-operator
description: "--x returns the new value"
---*/

var x = 5;
assert.sameValue(--x, 4);
assert.sameValue(x, 4);
