// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.lastindexof
description: lastIndexOf with a negative fromIndex
---*/

assert.sameValue([1, 2, 1, 2].lastIndexOf(1, -2), 2);
assert.sameValue([1, 2, 1, 2].lastIndexOf(2, -4), -1);
