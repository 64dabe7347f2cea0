// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.indexof
description: indexOf and lastIndexOf use strict equality
---*/

var a = [1, 2, NaN, 2];
assert.sameValue(a.indexOf(2), 1);
assert.sameValue(a.lastIndexOf(2), 3);
assert.sameValue(a.indexOf(NaN), -1);
assert.sameValue(a.indexOf(2, 2), 3);
assert.sameValue(a.indexOf(1, -10), 0);
