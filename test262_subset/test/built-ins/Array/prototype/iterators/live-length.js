// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-%arrayiteratorprototype%.next
description: the array iterator reads length on each step
---*/

var a = [1];
var n = 0;
for (var v of a) { n++; if (a.length < 3) a.push(v); }
assert.sameValue(n, 3);
