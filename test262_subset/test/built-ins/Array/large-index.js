// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array-exotic-objects
description: indices at or beyond 2^32-1 are ordinary properties
---*/

var a = [];
a[4294967295] = 'x';
assert.sameValue(a.length, 0);
assert.sameValue(a[4294967295], 'x');
a[4294967294] = 'y';
assert.sameValue(a.length, 4294967295);
