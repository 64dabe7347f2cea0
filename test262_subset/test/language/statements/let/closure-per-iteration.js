// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-statement
description: for-let creates a fresh binding per iteration
---*/

var fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(function () { return i; });
}
assert.sameValue(fns[0](), 0);
assert.sameValue(fns[1](), 1);
assert.sameValue(fns[2](), 2);
