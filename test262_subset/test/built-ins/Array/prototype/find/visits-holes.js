// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.find
description: find visits holes as undefined
---*/

var n = 0;
[, , ].find(function (v) { n++; assert.sameValue(v, undefined); });
assert.sameValue(n, 2);
