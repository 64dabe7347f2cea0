// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-optional-chains
description: optional calls preserve this and short-circuit
features: [optional-chaining]
---*/

var o = { v: 2, m() { return this.v; } };
assert.sameValue(o.m?.(), 2);
assert.sameValue(o.nothing?.(), undefined);
assert.sameValue(o?.m(), 2);
