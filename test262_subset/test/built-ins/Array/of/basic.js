// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.of
description: Array.of creates arrays from its arguments
includes: [compareArray.js]
---*/

assert.compareArray(Array.of(7), [7]);
assert.compareArray(Array.of(1, 2, 3), [1, 2, 3]);
