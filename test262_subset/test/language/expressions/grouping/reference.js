// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-grouping-operator
description: a parenthesized reference is still a reference
---*/

var x;
(x) = 5;
assert.sameValue(x, 5);
var o = {};
(o.p) = 1;
assert.sameValue(o.p, 1);
