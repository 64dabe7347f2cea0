// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date.prototype.getutcday
description: UTC getters
---*/

var d = new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 7));
assert.sameValue(d.getUTCDay(), 4);
assert.sameValue(d.getUTCHours(), 23);
assert.sameValue(d.getUTCSeconds(), 58);
assert.sameValue(d.valueOf(), d.getTime());
