// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-try-statement-runtime-semantics-evaluation
description: the completion value of try/finally is the try block's, not finally's
---*/

assert.sameValue(eval('try { 1; } finally { 2; }'), 1);
assert.sameValue(eval('try { throw 0; } catch (e) { 3; } finally { 4; }'), 3);
