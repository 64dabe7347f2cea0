// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-functiondeclarationinstantiation
description: default parameter initializers see earlier parameters
---*/

function f(a, b = a * 2, c = a + b) { return [a, b, c].join(); }
assert.sameValue(f(1), '1,2,3');
assert.sameValue(f(1, 5), '1,5,6');
assert.sameValue(f(1, undefined, 0), '1,2,0');
