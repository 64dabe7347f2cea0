// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype.join
description: join converts elements, treating null/undefined as empty
---*/

assert.sameValue([1, null, undefined, 'x'].join('-'), '1---x');
assert.sameValue([1, 2].join(), '1,2');
assert.sameValue([[1, 2], 3].join(';'), '1,2;3');
