// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.reverse
description: reverse reverses in place and returns this
includes: [compareArray.js]
---*/

var a = [1, 2, 3];
assert.sameValue(a.reverse(), a);
assert.compareArray(a, [3, 2, 1]);
