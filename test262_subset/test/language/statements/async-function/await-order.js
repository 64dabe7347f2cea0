// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-await
description: await suspends; code after the call runs first
flags: [async]
features: [async-functions]
---*/

var log = [];
async function f() { log.push(1); await null; log.push(3); }
f().then(function () {
  assert.sameValue(log.join(), '1,2,3');
}).then($DONE, $DONE);
log.push(2);
