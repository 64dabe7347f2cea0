// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-asyncgenerator-definitions
description: next calls are queued and resolve in order
flags: [async]
features: [async-iteration]
---*/

async function* g() { yield 'a'; yield 'b'; }
var it = g();
Promise.all([it.next(), it.next(), it.next()]).then(function (rs) {
  assert.sameValue(rs[0].value, 'a');
  assert.sameValue(rs[1].value, 'b');
  assert.sameValue(rs[2].done, true);
}).then($DONE, $DONE);
