// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions
description: yield is an expression with low precedence
includes: [compareArray.js]
features: [generators]
---*/

function* g() { var x = yield 1, y = yield 2; yield x + y; }
var it = g();
it.next();
it.next(10);
assert.sameValue(it.next(20).value, 30);
function* h() { yield yield 1; }
assert.compareArray([...h()], [1, undefined]);
