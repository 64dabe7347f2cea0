// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-evaluatecall
description: calling a non-function throws TypeError
---*/

var o = {};
assert.throws(TypeError, function () { o.nothing(); });
assert.throws(TypeError, function () { (5)(); });
