// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iterator.from
description: Iterator.from wraps iterator-likes
features: [iterator-helpers]
---*/

var it = Iterator.from({ next: function () { return { done: true }; } });
assert.sameValue(typeof it.map, 'function');
assert.sameValue(it.toArray().length, 0);
var arrIt = [1].values();
assert.sameValue(Iterator.from(arrIt), arrIt);
