// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-generator-function-definitions
description: a generator yields values lazily
features: [generators]
---*/

function* g() { yield 1; yield 2; return 3; }
var it = g();
var r = it.next();
assert.sameValue(r.value, 1);
assert.sameValue(r.done, false);
assert.sameValue(it.next().value, 2);
r = it.next();
assert.sameValue(r.value, 3);
assert.sameValue(r.done, true);
assert.sameValue(it.next().done, true);
