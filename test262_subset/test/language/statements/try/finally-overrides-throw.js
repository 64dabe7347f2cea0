// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement-runtime-semantics-evaluation
description: a return in finally discards a pending exception
---*/

function f() {
  try { throw new Error('x'); } finally { return 'ok'; }
}
assert.sameValue(f(), 'ok');
