// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.foreach
description: elements appended during forEach are not visited
---*/

var a = [1, 2];
var n = 0;
a.forEach(function (v) { n++; a.push(v); });
assert.sameValue(n, 2);
assert.sameValue(a.length, 4);
