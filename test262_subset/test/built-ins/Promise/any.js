// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.any
description: Promise.any rejects with an AggregateError when all reject
flags: [async]
---*/

Promise.any([Promise.reject(1), Promise.reject(2)]).then(function () {
  throw new Test262Error('should reject');
}, function (e) {
  assert(e instanceof AggregateError);
  assert.sameValue(e.errors.join(), '1,2');
  return Promise.any([Promise.reject(0), Promise.resolve('ok')]);
}).then(function (v) { assert.sameValue(v, 'ok'); }).then($DONE, $DONE);
