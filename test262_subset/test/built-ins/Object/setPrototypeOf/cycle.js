// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinarysetprototypeof
description: setPrototypeOf rejects cycles
---*/

var a = {}, b = Object.create(a);
assert.throws(TypeError, function () { Object.setPrototypeOf(a, b); });
assert.sameValue(Object.setPrototypeOf(1, null), 1);
assert.throws(TypeError, function () { Object.setPrototypeOf({}, 1); });
