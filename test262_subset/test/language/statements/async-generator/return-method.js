// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-asyncgenerator-prototype-return
description: return() completes an async generator and runs finally
flags: [async]
features: [async-iteration]
---*/

var cleaned = false;
async function* g() { try { yield 1; } finally { cleaned = true; } }
var it = g();
it.next().then(function () { return it.return('x'); }).then(function (r) {
  assert.sameValue(r.value, 'x');
  assert.sameValue(r.done, true);
  assert(cleaned);
}).then($DONE, $DONE);
