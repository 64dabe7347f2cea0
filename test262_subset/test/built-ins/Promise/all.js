// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.all
description: Promise.all resolves in order or rejects with the first rejection
flags: [async]
---*/

Promise.all([1, Promise.resolve(2), Promise.resolve().then(function () { return 3; })]).then(function (v) {
  assert.sameValue(v.join(), '1,2,3');
  return Promise.all([Promise.reject('no'), 1]);
}).then(function () { throw new Test262Error('should reject'); }, function (e) {
  assert.sameValue(e, 'no');
}).then($DONE, $DONE);
