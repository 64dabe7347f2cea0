// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-destructuring-assignment
description: object destructuring assignment to arbitrary targets
---*/

var o = {}, x, y;
({ a: o.first, b: x = 'dx', ...y } = { a: 1, c: 3, d: 4 });
assert.sameValue(o.first, 1);
assert.sameValue(x, 'dx');
assert.sameValue(y.c + y.d, 7);
