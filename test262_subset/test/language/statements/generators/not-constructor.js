// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions
description: generator functions are not constructors
features: [generators]
---*/

function* g() {}
assert.throws(TypeError, function () { new g(); });
