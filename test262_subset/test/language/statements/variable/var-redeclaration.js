// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-variable-statement
description: redeclaring a var keeps the binding
---*/

var a = 1;
var a;
assert.sameValue(a, 1);
var a = 2;
assert.sameValue(a, 2);
