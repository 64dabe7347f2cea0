// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-enumerate-object-properties
description: for-in over a string primitive visits its indices
includes: [compareArray.js]
---*/

var keys = [];
for (var k in 'abc') keys.push(k);
assert.compareArray(keys, ['0', '1', '2']);
