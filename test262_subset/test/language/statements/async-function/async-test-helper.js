// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-async-function-definitions
description: asyncTest drives an async test body
flags: [async]
includes: [asyncHelpers.js]
features: [async-functions]
---*/

asyncTest(async function () {
  var v = await Promise.resolve(3);
  assert.sameValue(v, 3);
  await assert.throwsAsync(TypeError, async function () { null.x; });
});
