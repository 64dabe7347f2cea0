// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-unary-plus-operator
description: unary + and - convert with ToNumber
---*/

assert.sameValue(+'  12  ', 12);
assert.sameValue(+'0x10', 16);
assert.sameValue(+'', 0);
assert.sameValue(+'1e3', 1000);
assert.sameValue(+[], 0);
assert.sameValue(-'3', -3);
assert.sameValue(-0, -0);
assert.throws(TypeError, function () { +1n; });
assert.sameValue(-(1n), -1n);
