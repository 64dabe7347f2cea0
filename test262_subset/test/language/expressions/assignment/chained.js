// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators
description: chained assignment assigns right to left and returns the value
---*/

var a, b, c;
a = b = c = 7;
assert.sameValue(a + b + c, 21);
