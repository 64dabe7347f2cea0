// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.find
description: find, findIndex, findLast, findLastIndex
---*/

var a = [1, 5, 8, 3];
function big(x) { return x > 4; }
assert.sameValue(a.find(big), 5);
assert.sameValue(a.findIndex(big), 1);
assert.sameValue(a.findLast(big), 8);
assert.sameValue(a.findLastIndex(big), 2);
assert.sameValue(a.find(function () { return false; }), undefined);
assert.sameValue(a.findIndex(function () { return false; }), -1);
