// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arrow-function-definitions
description: arrow functions have no prototype and cannot be constructed
---*/

var a = () => 1;
assert.sameValue(a.hasOwnProperty('prototype'), false);
assert.throws(TypeError, function () { new a(); });
