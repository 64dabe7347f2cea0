// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement-runtime-semantics-evaluation
description: >
  A finally block that completes normally keeps the try block's completion value; one that
  breaks or continues completes with its own value, or undefined (UpdateEmpty(F, undefined))
---*/

assert.sameValue(eval("1; do { 2; try { 3 } finally { 4; break; } } while (false)"), 4);
assert.sameValue(eval("1; do { 2; try { 3 } finally { break; } } while (false)"), undefined);
assert.sameValue(eval("1; do { 2; try { null.x } catch (e) { 3 } finally { break; } } while (false)"), undefined);
assert.sameValue(eval("1; do { 2; try { 3 } finally { 4; continue; } } while (false)"), 4);
assert.sameValue(eval("1; L: try { 3 } finally { break L; }"), undefined);
assert.sameValue(eval("1; L: try { 3; break L; } finally { }"), 3);
assert.sameValue(eval("1; try { 3 } finally { 4 }"), 3);
