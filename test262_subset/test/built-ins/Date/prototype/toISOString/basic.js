// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date.prototype.toisostring
description: toISOString formats UTC with expanded years
---*/

assert.sameValue(new Date(0).toISOString(), '1970-01-01T00:00:00.000Z');
assert.sameValue(new Date(Date.UTC(-1, 0)).toISOString(), '-000001-01-01T00:00:00.000Z');
assert.sameValue(new Date(Date.UTC(10000, 0)).toISOString(), '+010000-01-01T00:00:00.000Z');
