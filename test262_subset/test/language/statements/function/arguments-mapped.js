// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-createmappedargumentsobject
description: in sloppy simple-parameter functions arguments is mapped to parameters
flags: [noStrict]
---*/

function f(a) { arguments[0] = 2; return a; }
assert.sameValue(f(1), 2);
function g(a) { a = 3; return arguments[0]; }
assert.sameValue(g(1), 3);
