// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-new-operator
description: new binds to the member expression before the call
---*/

function F() { this.v = 1; }
var o = { F: F };
assert.sameValue(new o.F().v, 1);
assert.sameValue((new F).v, 1);
