// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-createunmappedargumentsobject
description: in strict functions arguments is not mapped
flags: [onlyStrict]
---*/

function f(a) { arguments[0] = 2; return a; }
assert.sameValue(f(1), 1);
function g() { return arguments.callee; }
assert.throws(TypeError, g);
