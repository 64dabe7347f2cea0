// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-async-function-definitions
description: throwing inside an async function rejects its promise
flags: [async]
features: [async-functions]
---*/

async function f() { throw new RangeError('r'); }
f().then(function () { throw new Test262Error('should reject'); }, function (e) {
  assert(e instanceof RangeError);
}).then($DONE, $DONE);
