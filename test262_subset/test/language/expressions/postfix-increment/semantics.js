// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-postfix-increment-operator
description: x++ returns the old numeric value
---*/

var x = '5';
var old = x++;
assert.sameValue(old, 5);
assert.sameValue(x, 6);
var o = { p: 1 };
assert.sameValue(o.p++, 1);
assert.sameValue(o.p, 2);
var b = 1n;
b++;
assert.sameValue(b, 2n);
