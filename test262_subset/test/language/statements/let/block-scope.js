// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-let-and-const-declarations
description: let is block scoped
---*/

let x = 1;
{
  let x = 2;
  assert.sameValue(x, 2);
}
assert.sameValue(x, 1);
