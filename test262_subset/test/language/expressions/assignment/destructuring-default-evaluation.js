// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-keyeddestructuringassignmentevaluation
description: defaults are evaluated only when the value is undefined
---*/

var n = 0;
function d() { n++; return 'd'; }
var { a = d(), b = d() } = { a: null };
assert.sameValue(a, null);
assert.sameValue(b, 'd');
assert.sameValue(n, 1);
