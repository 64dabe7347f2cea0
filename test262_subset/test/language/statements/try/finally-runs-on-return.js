// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement-runtime-semantics-evaluation
description: finally runs when the try block returns
---*/

var log = [];
function f() {
  try { return 'try'; } finally { log.push('finally'); }
}
assert.sameValue(f(), 'try');
assert.sameValue(log.join(), 'finally');
