// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-number.prototype.tofixed
description: toFixed rounding and range
---*/

assert.sameValue((1.005).toFixed(2), '1.00');
assert.sameValue((1.5).toFixed(0), '2');
assert.sameValue((0).toFixed(2), '0.00');
assert.sameValue((1e21).toFixed(2), '1e+21');
assert.sameValue((-1.5).toFixed(0), '-2');
assert.throws(RangeError, function () { (1).toFixed(101); });
