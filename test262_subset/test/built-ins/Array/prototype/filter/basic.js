// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.filter
description: filter keeps truthy results
includes: [compareArray.js]
---*/

assert.compareArray([1, 2, 3, 4].filter(function (x) { return x % 2; }), [1, 3]);
assert.throws(TypeError, function () { [].filter(); });
