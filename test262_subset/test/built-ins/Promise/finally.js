// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.prototype.finally
description: finally passes through values and rejections
flags: [async]
---*/

var called = 0;
Promise.resolve(5).finally(function () { called++; return 99; }).then(function (v) {
  assert.sameValue(v, 5);
  return Promise.reject('r').finally(function () { called++; });
}).catch(function (e) {
  assert.sameValue(e, 'r');
  assert.sameValue(called, 2);
}).then($DONE, $DONE);
