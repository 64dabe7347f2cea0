// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions-static-semantics-early-errors
description: duplicate simple parameters are allowed in sloppy mode; the last wins
flags: [noStrict]
---*/

function f(a, a) { return a; }
assert.sameValue(f(1, 2), 2);
