// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-in-and-for-of-statements
description: for-of over a Map yields [key, value] pairs in insertion order
---*/

var m = new Map([[1, 'x'], [2, 'y']]);
var s = '';
for (const [k, v] of m) s += k + v;
assert.sameValue(s, '1x2y');
