// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-in-and-for-of-statements
description: for (const x of ...) binds a fresh const each iteration
---*/

var seen = [];
for (const x of [1, 2, 3]) {
  seen.push(function () { return x; });
}
assert.sameValue(seen[0]() + seen[1]() + seen[2](), 6);
