// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-let-and-const-declarations
description: assigning to a const binding throws TypeError
---*/

const c = 1;
assert.throws(TypeError, function () { c = 2; });
assert.sameValue(c, 1);
