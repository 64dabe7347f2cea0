// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-variable-statement
description: var is scoped to the enclosing function, not the block
---*/

function f() {
  if (true) { var inner = 5; }
  return inner;
}
assert.sameValue(f(), 5);
assert.sameValue(typeof inner, 'undefined');
