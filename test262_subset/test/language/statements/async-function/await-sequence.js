// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-await
description: sequential awaits observe resolved values in order
flags: [async]
features: [async-functions]
---*/

async function f() {
  var out = [];
  for (var i = 0; i < 3; i++) out.push(await Promise.resolve(i));
  return out.join();
}
f().then(function (v) { assert.sameValue(v, '0,1,2'); }).then($DONE, $DONE);
