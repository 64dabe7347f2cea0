// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iteratorprototype.flatmap
description: flatMap flattens iterables but not strings
includes: [compareArray.js]
features: [iterator-helpers]
---*/

function* g() { yield 1; yield 2; }
assert.compareArray(g().flatMap(function (x) { return [x, x]; }).toArray(), [1, 1, 2, 2]);
assert.throws(TypeError, function () { g().flatMap(function () { return 'ab'; }).toArray(); });
