// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-argument-lists-runtime-semantics-argumentlistevaluation
description: spread arguments use the iterator protocol, not length
---*/

var it = {};
it[Symbol.iterator] = function* () { yield 'x'; yield 'y'; };
function f(a, b) { return a + b; }
assert.sameValue(f(...it), 'xy');
