// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date.now
description: Date.now returns an integral number; Date() returns a string
---*/

var n = Date.now();
assert.sameValue(typeof n, 'number');
assert.sameValue(n % 1, 0);
assert.sameValue(typeof Date(), 'string');
