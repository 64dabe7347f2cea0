// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-conditional-operator
description: the in operator inside a conditional in a for initializer needs parentheses
---*/

for (var x = ('a' in { a: 1 }) ? 1 : 2; false;) {}
assert.sameValue(x, 1);
