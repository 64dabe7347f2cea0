// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-initializer
description: numeric literal keys are canonicalized to strings
---*/

var o = { 1.50: 'a', 0x10: 'b', 1e3: 'c' };
assert.sameValue(o['1.5'], 'a');
assert.sameValue(o['16'], 'b');
assert.sameValue(o['1000'], 'c');
