// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-evaluatecall
description: a member call passes the base object as this
---*/

var o = { v: 3, get() { return this.v; } };
assert.sameValue(o.get(), 3);
assert.sameValue(o['get'](), 3);
assert.sameValue((o.get)(), 3);
