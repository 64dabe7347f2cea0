// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement-runtime-semantics-evaluation
description: a return in finally overrides the try's return
---*/

function f() {
  try { return 1; } finally { return 2; }
}
assert.sameValue(f(), 2);
