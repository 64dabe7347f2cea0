// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-functiondeclarationinstantiation
description: arguments reflects actual arguments even with defaults
---*/

function f(a = 1, b = 2) { return arguments.length; }
assert.sameValue(f(), 0);
assert.sameValue(f(undefined, undefined, 3), 3);
