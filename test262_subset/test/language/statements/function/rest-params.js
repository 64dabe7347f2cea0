// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions
description: rest parameters collect remaining arguments in an array
---*/

function f(a, ...rest) { return rest; }
var r = f(1, 2, 3);
assert(Array.isArray(r));
assert.sameValue(r.length, 2);
assert.sameValue(f(1).length, 0);
