// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array-initializer
description: array methods distinguish holes from undefined
---*/

var a = [undefined, , 1];
var visited = [];
a.forEach(function (v, i) { visited.push(i); });
assert.sameValue(visited.join(), '0,2');
assert.sameValue(Object.keys(a).join(), '0,2');
