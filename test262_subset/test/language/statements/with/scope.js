// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-with-statement
description: with puts the object's properties in scope
flags: [noStrict]
---*/

var o = { a: 1 };
var a = 'global';
with (o) {
  assert.sameValue(a, 1);
  a = 2;
}
assert.sameValue(o.a, 2);
assert.sameValue(a, 'global');
