// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array-exotic-objects-defineownproperty-p-desc
description: writing past the end grows length; setting length truncates
---*/

var a = [];
a[4] = 1;
assert.sameValue(a.length, 5);
a.length = 2;
assert.sameValue(a.length, 2);
assert.sameValue(a[4], undefined);
assert.throws(RangeError, function () { a.length = -1; });
a['2'] = 'str';
assert.sameValue(a.length, 3);
