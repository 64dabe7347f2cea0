// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.push
description: push works on array-likes
---*/

var o = { length: 1 };
Array.prototype.push.call(o, 'x');
assert.sameValue(o.length, 2);
assert.sameValue(o[1], 'x');
