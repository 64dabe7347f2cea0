// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-evaluatenew
description: new on a non-constructor throws TypeError
---*/

assert.throws(TypeError, function () { new (function () {}.bind())(); new Math.max(); });
assert.throws(TypeError, function () { new (() => {})(); });
assert.throws(TypeError, function () { new ({ m() {} }).m(); });
