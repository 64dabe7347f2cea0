// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-createperiterationenvironment
description: the update expression sees the next iteration's copy
---*/

var fs = [];
for (let i = 0; i < 2; fs.push(function () { return i; }), i++) {}
assert.sameValue(fs[0](), 1);
assert.sameValue(fs[1](), 2);
