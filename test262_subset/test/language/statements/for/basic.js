// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-statement
description: classic for loop with init, test and update
---*/

var s = '';
for (var i = 0; i < 4; i++) s += i;
assert.sameValue(s, '0123');
assert.sameValue(i, 4);
