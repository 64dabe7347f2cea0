// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-reflect.construct
description: Reflect.apply and Reflect.construct with newTarget
---*/

assert.sameValue(Reflect.apply(Math.max, null, [1, 3]), 3);
function A() { this.nt = new.target; }
function B() {}
var o = Reflect.construct(A, [], B);
assert.sameValue(o.nt, B);
assert.sameValue(Object.getPrototypeOf(o), B.prototype);
assert.throws(TypeError, function () { Reflect.construct(A, [], Math.max); });
