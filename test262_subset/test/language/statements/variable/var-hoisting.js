// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-variable-statement
description: var declarations are hoisted and initialized to undefined
---*/

assert.sameValue(x, undefined);
var x = 1;
assert.sameValue(x, 1);
