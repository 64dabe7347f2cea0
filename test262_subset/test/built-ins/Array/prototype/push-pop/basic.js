// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.push
description: push appends and returns the new length; pop removes the last
---*/

var a = [1];
assert.sameValue(a.push(2, 3), 3);
assert.sameValue(a.pop(), 3);
assert.sameValue(a.length, 2);
assert.sameValue([].pop(), undefined);
