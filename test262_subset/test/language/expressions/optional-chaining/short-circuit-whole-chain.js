// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-optional-chains
description: short-circuiting skips the rest of the chain including side effects
features: [optional-chaining]
---*/

var n = 0;
var o = null;
assert.sameValue(o?.a.b.c(n++), undefined);
assert.sameValue(n, 0);
