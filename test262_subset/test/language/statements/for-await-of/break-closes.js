// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-asynciteratorclose
description: break in for await calls the async iterator's return
flags: [async]
features: [async-iteration]
---*/

var closed = false;
async function* g() { try { yield 1; yield 2; } finally { closed = true; } }
(async function () {
  for await (var v of g()) break;
  assert(closed);
})().then($DONE, $DONE);
