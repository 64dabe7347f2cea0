// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement-runtime-semantics-evaluation
description: break inside try runs finally before leaving the loop
---*/

var log = [];
for (var i = 0; i < 3; i++) {
  try { if (i === 1) break; log.push('t' + i); } finally { log.push('f' + i); }
}
assert.sameValue(log.join(), 't0,f0,f1');
