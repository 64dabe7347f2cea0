// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-functiondeclarationinstantiation
description: a var with a parameter's name keeps the argument value
---*/

function f(a) { var a; return a; }
assert.sameValue(f(5), 5);
function g(a, b = () => a) { var a = 2; return [a, b()]; }
var r = g(1);
assert.sameValue(r[0], 2);
assert.sameValue(r[1], 1);
