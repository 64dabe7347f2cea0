// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generatorvalidate
description: calling next on a running generator throws TypeError
features: [generators]
---*/

var it;
function* g() { it.next(); }
it = g();
assert.throws(TypeError, function () { it.next(); });
