// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-map.groupby
description: Map.groupBy groups by key with SameValueZero
features: [array-grouping]
---*/

var g = Map.groupBy([1, 2, 3], function (x) { return x > 1; });
assert.sameValue(g.get(true).length, 2);
assert.sameValue(g.get(false)[0], 1);
