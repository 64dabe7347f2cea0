// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-switch-statement
description: the case block is one lexical scope
---*/

switch (1) {
  case 0:
    let x;
  case 1:
    assert.throws(ReferenceError, function () { x; });
}
