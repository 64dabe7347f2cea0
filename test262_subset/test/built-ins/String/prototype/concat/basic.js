// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.concat
description: concat converts arguments
---*/

assert.sameValue('a'.concat(1, null, [2, 3]), 'a1null2,3');
