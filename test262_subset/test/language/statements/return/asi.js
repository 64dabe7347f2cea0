// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-rules-of-automatic-semicolon-insertion
description: a line break after return ends the statement
---*/

function f() {
  return
  42;
}
assert.sameValue(f(), undefined);
