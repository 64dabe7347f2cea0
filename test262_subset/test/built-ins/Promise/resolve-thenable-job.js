// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise-resolve-functions
description: resolving with a thenable calls then in a later job
flags: [async]
---*/

var log = [];
var thenable = { then: function (r) { log.push('then'); r('v'); } };
var p = new Promise(function (resolve) { resolve(thenable); log.push('after resolve'); });
log.push('sync');
p.then(function (v) {
  assert.sameValue(v, 'v');
  assert.sameValue(log.join(), 'after resolve,sync,then');
}).then($DONE, $DONE);
