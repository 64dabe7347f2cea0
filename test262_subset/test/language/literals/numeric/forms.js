// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-literals-numeric-literals
description: numeric literal forms
---*/

assert.sameValue(0x1F, 31);
assert.sameValue(0o17, 15);
assert.sameValue(0b101, 5);
assert.sameValue(1e-3, 0.001);
assert.sameValue(.5, 0.5);
assert.sameValue(5., 5);
assert.sameValue(1_000_000, 1000000);
