// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.prototype.then
description: non-callable then arguments pass values through
flags: [async]
---*/

Promise.resolve('v').then(null, 5).then(undefined).then(function (v) {
  assert.sameValue(v, 'v');
}).then($DONE, $DONE);
