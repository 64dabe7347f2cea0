// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-enumerate-object-properties
description: a property deleted before it is visited is not visited
includes: [compareArray.js]
---*/

var o = { a: 1, b: 2, c: 3 };
var seen = [];
for (var k in o) {
  seen.push(k);
  if (k === 'a') delete o.b;
}
assert.compareArray(seen, ['a', 'c']);
