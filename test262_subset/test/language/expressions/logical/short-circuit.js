// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-binary-logical-operators
description: "&& and || short-circuit and return an operand"
---*/

var called = false;
function f() { called = true; return 1; }
assert.sameValue(0 && f(), 0);
assert.sameValue(called, false);
assert.sameValue('a' || f(), 'a');
assert.sameValue(called, false);
assert.sameValue(null || 'd', 'd');
assert.sameValue(1 && 'x', 'x');
