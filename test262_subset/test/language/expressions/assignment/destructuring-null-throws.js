// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-destructuring-assignment
description: destructuring null or undefined throws TypeError
---*/

var a;
assert.throws(TypeError, function () { ({ a } = null); });
assert.throws(TypeError, function () { [a] = undefined; });
