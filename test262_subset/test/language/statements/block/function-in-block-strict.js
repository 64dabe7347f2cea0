// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-block-static-semantics-lexicallydeclarednames
description: in strict code a function declared in a block is block scoped
flags: [onlyStrict]
---*/

{
  function inner() { return 1; }
  assert.sameValue(inner(), 1);
}
assert.sameValue(typeof inner, 'undefined');
