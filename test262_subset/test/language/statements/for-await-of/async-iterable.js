// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-in-and-for-of-statements
description: for await iterates an async generator
flags: [async]
features: [async-iteration]
---*/

async function* g() { yield 1; yield 2; }
(async function () {
  var sum = 0;
  for await (var v of g()) sum += v;
  assert.sameValue(sum, 3);
})().then($DONE, $DONE);
