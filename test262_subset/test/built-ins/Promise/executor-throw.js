// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise-executor
description: an executor that throws rejects the promise
flags: [async]
---*/

new Promise(function () { throw new SyntaxError('x'); }).catch(function (e) {
  assert(e instanceof SyntaxError);
}).then($DONE, $DONE);
