// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.allsettled
description: Promise.allSettled reports every outcome
flags: [async]
---*/

Promise.allSettled([Promise.resolve(1), Promise.reject(2)]).then(function (r) {
  assert.sameValue(r[0].status, 'fulfilled');
  assert.sameValue(r[0].value, 1);
  assert.sameValue(r[1].status, 'rejected');
  assert.sameValue(r[1].reason, 2);
}).then($DONE, $DONE);
