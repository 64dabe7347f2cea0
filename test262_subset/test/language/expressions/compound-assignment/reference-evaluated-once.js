// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators-runtime-semantics-evaluation
description: the target of a compound assignment is evaluated once
---*/

var n = 0;
var o = { p: 1 };
function get() { n++; return o; }
get().p += 1;
assert.sameValue(n, 1);
assert.sameValue(o.p, 2);
