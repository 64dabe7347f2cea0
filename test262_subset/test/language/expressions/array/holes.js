// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array-initializer
description: elisions create holes; trailing comma is not an element
---*/

var a = [1, , 3, ];
assert.sameValue(a.length, 3);
assert.sameValue(1 in a, false);
