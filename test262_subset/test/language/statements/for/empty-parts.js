// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-statement
description: for(;;) with break
---*/

var n = 0;
for (;;) { if (++n === 7) break; }
assert.sameValue(n, 7);
