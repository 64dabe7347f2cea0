// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iteratorprototype.map
description: iterator helpers map, filter, take and drop are lazy
includes: [compareArray.js]
features: [iterator-helpers]
---*/

function* nat() { var i = 0; while (true) yield i++; }
assert.compareArray(nat().map(function (x) { return x * x; }).filter(function (x) { return x % 2; }).take(3).toArray(), [1, 9, 25]);
assert.compareArray(nat().drop(5).take(2).toArray(), [5, 6]);
