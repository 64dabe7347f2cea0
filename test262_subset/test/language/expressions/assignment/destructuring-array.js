// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-destructuring-assignment
description: array destructuring assignment with defaults, holes and rest
includes: [compareArray.js]
---*/

var a, b, c, rest;
[a, , b = 'def', ...rest] = [1, 2, undefined, 4, 5];
assert.sameValue(a, 1);
assert.sameValue(b, 'def');
assert.compareArray(rest, [4, 5]);
[a, b] = [b, a];
assert.sameValue(a, 'def');
assert.sameValue(b, 1);
