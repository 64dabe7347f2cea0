// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-statement
description: for-var shares one binding across iterations
---*/

var fs = [];
for (var i = 0; i < 3; i++) fs.push(function () { return i; });
assert.sameValue(fs[0](), 3);
