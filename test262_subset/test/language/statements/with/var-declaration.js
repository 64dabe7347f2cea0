// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-with-statement
description: var initializers inside with assign to the object property when it exists
flags: [noStrict]
---*/

var o = { v: 1 };
with (o) { var v = 5; }
assert.sameValue(o.v, 5);
assert.sameValue(v, undefined);
