// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.race
description: Promise.race settles with the first settled promise
flags: [async]
---*/

Promise.race([new Promise(function () {}), Promise.resolve('fast')]).then(function (v) {
  assert.sameValue(v, 'fast');
}).then($DONE, $DONE);
