// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-p1-p2-pn-body
description: the Function constructor builds sloppy global functions
---*/

var add = new Function('a', 'b', 'return a + b');
assert.sameValue(add(2, 3), 5);
var f = Function('a, b', 'return b');
assert.sameValue(f(1, 2), 2);
assert.sameValue(Function('return this')(), globalThis);
assert.sameValue(add.name, 'anonymous');
