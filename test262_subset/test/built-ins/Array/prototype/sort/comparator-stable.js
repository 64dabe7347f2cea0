// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.sort
description: sort with a comparator is stable
---*/

var items = [];
for (var i = 0; i < 20; i++) items.push({ k: i % 3, i: i });
items.sort(function (a, b) { return a.k - b.k; });
for (var j = 1; j < items.length; j++) {
  if (items[j - 1].k === items[j].k) assert(items[j - 1].i < items[j].i, 'stable');
}
assert.throws(TypeError, function () { [].sort(1); });
