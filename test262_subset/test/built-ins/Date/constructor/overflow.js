// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-makeday
description: out-of-range components roll over
---*/

var d = new Date(Date.UTC(2021, 0, 32));
assert.sameValue(d.getUTCMonth(), 1);
assert.sameValue(d.getUTCDate(), 1);
assert.sameValue(new Date(Date.UTC(2021, 12, 1)).getUTCFullYear(), 2022);
