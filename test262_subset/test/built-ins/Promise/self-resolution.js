// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise-resolve-functions
description: resolving a promise with itself rejects with TypeError
flags: [async]
---*/

var resolveFn;
var p = new Promise(function (r) { resolveFn = r; });
resolveFn(p);
p.then(function () { throw new Test262Error('should reject'); }, function (e) {
  assert(e instanceof TypeError);
}).then($DONE, $DONE);
