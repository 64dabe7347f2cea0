// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promisereactionjob
description: nested then callbacks interleave as microtasks
flags: [async]
---*/

var log = [];
Promise.resolve().then(function () { log.push(1); Promise.resolve().then(function () { log.push(3); }); })
  .then(function () { log.push(4); });
Promise.resolve().then(function () { log.push(2); });
function tick() {}
Promise.resolve().then(tick).then(tick).then(tick).then(function () {
  assert.sameValue(log.join(), '1,2,3,4');
}).then($DONE, $DONE);
