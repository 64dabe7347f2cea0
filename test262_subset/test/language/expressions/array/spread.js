// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-arrayaccumulation
description: spread in array literals uses the iterator protocol
includes: [compareArray.js]
---*/

assert.compareArray([0, ...[1, 2], ...'ab', ...new Set([3])], [0, 1, 2, 'a', 'b', 3]);
assert.throws(TypeError, function () { [...{}]; });
