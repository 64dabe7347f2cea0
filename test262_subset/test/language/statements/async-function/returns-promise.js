// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-async-function-definitions
description: async functions return promises resolved with the return value
flags: [async]
features: [async-functions]
---*/

async function f() { return 42; }
var p = f();
assert(p instanceof Promise);
p.then(function (v) { assert.sameValue(v, 42); }).then($DONE, $DONE);
