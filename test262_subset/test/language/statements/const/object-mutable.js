// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-let-and-const-declarations
description: a const binding to an object allows mutating the object
---*/

const o = {};
o.p = 1;
assert.sameValue(o.p, 1);
