// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.map
description: map passes value, index, array and thisArg; skips holes
---*/

var a = [1, , 3];
var thisArg = {};
var seenThis;
var r = a.map(function (v, i, arr) { seenThis = this; assert.sameValue(arr, a); return v * i; }, thisArg);
assert.sameValue(seenThis, thisArg);
assert.sameValue(r.length, 3);
assert.sameValue(1 in r, false);
assert.sameValue(r[2], 6);
