// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-in-and-for-of-statements
description: for (let k in o) gives each iteration its own binding
---*/

var fs = [];
for (let k in { x: 1, y: 2 }) fs.push(function () { return k; });
assert.sameValue(fs[0]() + fs[1](), 'xy');
