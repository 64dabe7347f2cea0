// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions
description: spreading a generator collects all yielded values
includes: [compareArray.js]
features: [generators]
---*/

function* range(n) { for (var i = 0; i < n; i++) yield i; }
assert.compareArray([...range(4)], [0, 1, 2, 3]);
assert.sameValue(Math.max(...range(5)), 4);
