// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function.prototype.call
description: call passes this and arguments
---*/

function f(a, b) { return this.v + a + b; }
assert.sameValue(f.call({ v: 1 }, 2, 3), 6);
assert.throws(TypeError, function () { Function.prototype.call.call({}); });
