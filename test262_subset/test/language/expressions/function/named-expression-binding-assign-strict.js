// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function-definitions-runtime-semantics-evaluation
description: assigning to a function expression's own name throws in strict code
flags: [onlyStrict]
---*/

var g = function self() { self = 1; };
assert.throws(TypeError, g);
