// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-makeindicesarray
description: the d flag adds indices
features: [regexp-match-indices]
---*/

var m = /b(c)/d.exec('abc');
assert.sameValue(m.indices[0][0], 1);
assert.sameValue(m.indices[0][1], 3);
assert.sameValue(m.indices[1][0], 2);
