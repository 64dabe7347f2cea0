// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.sort
description: default sort compares strings; undefined sorts last; holes after
---*/

var a = [10, 9, 1, undefined, 100];
a.sort();
assert.sameValue(a.join(), '1,10,100,9,');
assert.sameValue(a[4], undefined);
