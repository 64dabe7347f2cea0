// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-comma-operator
description: comma sequences in for headers
---*/

for (var i = 0, j = 10; i < j; i += 3, j -= 3);
assert.sameValue(i, 6);
assert.sameValue(j, 4);
