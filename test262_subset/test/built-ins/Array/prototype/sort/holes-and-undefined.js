// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-sortindexedproperties
description: sort moves undefined to the end and holes after them
---*/

var a = [3, undefined, , 1];
a.sort();
assert.sameValue(a[0], 1);
assert.sameValue(a[1], 3);
assert.sameValue(a[2], undefined);
assert.sameValue(3 in a, false);
assert.sameValue(a.length, 4);
