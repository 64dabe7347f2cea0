// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-set-objects
description: Set add/has/delete/size and iteration order
includes: [compareArray.js]
---*/

var s = new Set([3, 1, 3, 2]);
assert.sameValue(s.size, 3);
assert.compareArray([...s], [3, 1, 2]);
assert.sameValue(s.add(4), s);
assert.sameValue(s.delete(1), true);
assert.sameValue(s.has(1), false);
s.clear();
assert.sameValue(s.size, 0);
