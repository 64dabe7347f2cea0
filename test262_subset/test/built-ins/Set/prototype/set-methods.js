// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-set.prototype.union
description: union, intersection, difference and subset checks
includes: [compareArray.js]
features: [set-methods]
---*/

var a = new Set([1, 2, 3]), b = new Set([2, 3, 4]);
assert.compareArray([...a.union(b)], [1, 2, 3, 4]);
assert.compareArray([...a.intersection(b)], [2, 3]);
assert.compareArray([...a.difference(b)], [1]);
assert.compareArray([...a.symmetricDifference(b)], [1, 4]);
assert.sameValue(new Set([2]).isSubsetOf(a), true);
assert.sameValue(a.isDisjointFrom(new Set([9])), true);
