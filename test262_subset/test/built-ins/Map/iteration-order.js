// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-map.prototype.foreach
description: Map iterates in insertion order and sees entries added during iteration
---*/

var m = new Map([['a', 1]]);
var seen = [];
m.forEach(function (v, k) { seen.push(k); if (k === 'a') m.set('b', 2); });
assert.sameValue(seen.join(), 'a,b');
m.set('a', 9);
assert.sameValue([...m.keys()].join(), 'a,b');
