// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-forinofheadevaluation
description: for-in over null or undefined runs zero iterations
---*/

var n = 0;
for (var k in null) n++;
for (var k in undefined) n++;
assert.sameValue(n, 0);
