// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.padstart
description: padStart and padEnd
---*/

assert.sameValue('5'.padStart(3, '0'), '005');
assert.sameValue('abc'.padEnd(7, '12'), 'abc1212');
assert.sameValue('abc'.padStart(2), 'abc');
assert.sameValue('x'.padEnd(3, ''), 'x');
