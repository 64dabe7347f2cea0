// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-asyncgenerator-definitions
description: async generators yield promises of iterator results
flags: [async]
features: [async-iteration]
---*/

async function* g() { yield 1; yield await Promise.resolve(2); }
var it = g();
it.next().then(function (r) {
  assert.sameValue(r.value, 1);
  assert.sameValue(r.done, false);
  return it.next();
}).then(function (r) {
  assert.sameValue(r.value, 2);
  return it.next();
}).then(function (r) {
  assert.sameValue(r.done, true);
}).then($DONE, $DONE);
