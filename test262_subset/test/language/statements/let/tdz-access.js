// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-let-and-const-declarations
description: reading a let binding before initialization throws ReferenceError
---*/

assert.throws(ReferenceError, function () {
  x;
  let x = 1;
});
