// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions-runtime-semantics-evaluation
description: a named function expression's name is bound inside it only, immutably
---*/

var f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
assert.sameValue(f(5), 120);
assert.sameValue(typeof fact, 'undefined');
