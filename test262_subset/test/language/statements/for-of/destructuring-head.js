// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-in-and-for-of-statements
description: for-of with a destructuring pattern
---*/

var out = '';
for (var [k, v] of [['a', 1], ['b', 2]]) out += k + v;
assert.sameValue(out, 'a1b2');
