// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-performeval
description: this inside indirect eval is the global object
---*/

var o = { m: function () { return (0, eval)('this'); } };
assert.sameValue(o.m(), globalThis);
