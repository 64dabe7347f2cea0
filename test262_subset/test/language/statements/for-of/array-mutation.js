// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-%arrayiteratorprototype%.next
description: for-of over an array sees elements changed during iteration
---*/

var a = [1, 2, 3];
var out = [];
for (var v of a) { out.push(v); a[2] = 'changed'; }
assert.sameValue(out.join(), '1,2,changed');
