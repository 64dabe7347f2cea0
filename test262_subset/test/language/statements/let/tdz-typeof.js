// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-typeof-operator
description: typeof on a binding in its TDZ throws
---*/

assert.throws(ReferenceError, function () {
  typeof y;
  let y;
});
