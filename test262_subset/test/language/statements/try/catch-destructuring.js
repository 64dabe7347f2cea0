// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement
description: the catch parameter can be a destructuring pattern
---*/

try { throw { code: 7, info: [1, 2] }; }
catch ({ code, info: [, second] }) {
  assert.sameValue(code, 7);
  assert.sameValue(second, 2);
}
