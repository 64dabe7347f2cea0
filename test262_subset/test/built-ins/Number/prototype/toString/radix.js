// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-number.prototype.tostring
description: toString with a radix
---*/

assert.sameValue((255).toString(16), 'ff');
assert.sameValue((255).toString(2), '11111111');
assert.sameValue((-8).toString(8), '-10');
assert.sameValue((0.5).toString(2), '0.1');
assert.throws(RangeError, function () { (1).toString(1); });
