// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions-runtime-semantics-evaluation
description: return() during yield* is forwarded to the inner iterator
features: [generators]
---*/

var innerClosed = false;
function* inner() { try { yield 1; yield 2; } finally { innerClosed = true; } }
function* outer() { yield* inner(); }
var it = outer();
it.next();
it.return();
assert.sameValue(innerClosed, true);
