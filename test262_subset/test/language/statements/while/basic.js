// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-while-statement
description: while loops until the condition is false
---*/

var i = 0, sum = 0;
while (i < 5) { sum += i; i++; }
assert.sameValue(sum, 10);
