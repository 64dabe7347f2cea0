// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.join
description: join works on array-likes
---*/

assert.sameValue(Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '+'), 'a++c');
