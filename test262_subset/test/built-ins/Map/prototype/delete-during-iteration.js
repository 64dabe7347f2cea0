// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-map.prototype.foreach
description: entries deleted during iteration are not visited
---*/

var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
var seen = [];
m.forEach(function (v, k) { seen.push(k); if (k === 1) m.delete(2); });
assert.sameValue(seen.join(), '1,3');
