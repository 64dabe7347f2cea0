// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.groupby
description: Object.groupBy groups into a null-prototype object
features: [array-grouping]
---*/

var g = Object.groupBy([1, 2, 3, 4], function (x) { return x % 2 ? 'odd' : 'even'; });
assert.sameValue(Object.getPrototypeOf(g), null);
assert.sameValue(g.odd.join(), '1,3');
assert.sameValue(g.even.join(), '2,4');
