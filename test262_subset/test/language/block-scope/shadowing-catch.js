// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-block
description: let in a nested block shadows a catch parameter's name
---*/

try { throw 1; } catch (e) {
  { let e = 2; assert.sameValue(e, 2); }
  assert.sameValue(e, 1);
}
