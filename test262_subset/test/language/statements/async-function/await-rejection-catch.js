// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-await
description: an awaited rejection throws at the await and can be caught
flags: [async]
features: [async-functions]
---*/

async function f() {
  try { await Promise.reject('bad'); } catch (e) { return 'caught ' + e; }
}
f().then(function (v) { assert.sameValue(v, 'caught bad'); }).then($DONE, $DONE);
