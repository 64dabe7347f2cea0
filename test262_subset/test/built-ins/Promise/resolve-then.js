// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.prototype.then
description: then callbacks run asynchronously in order
flags: [async]
---*/

var log = [];
Promise.resolve(1).then(function (v) { log.push('a' + v); });
Promise.resolve(2).then(function (v) { log.push('b' + v); });
log.push('sync');
Promise.resolve().then(function () {}).then(function () {
  assert.sameValue(log.join(), 'sync,a1,b2');
}).then($DONE, $DONE);
