// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-instanceofoperator
description: instanceof consults Symbol.hasInstance
features: [Symbol.hasInstance]
---*/

var Even = {};
Even[Symbol.hasInstance] = function (v) { return v % 2 === 0; };
assert.sameValue(2 instanceof Even, true);
assert.sameValue(3 instanceof Even, false);
