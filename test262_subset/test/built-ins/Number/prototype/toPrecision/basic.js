// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-number.prototype.toprecision
description: toPrecision and toExponential
---*/

assert.sameValue((123.456).toPrecision(4), '123.5');
assert.sameValue((0.00001).toPrecision(1), '0.00001');
assert.sameValue((1e-7).toPrecision(2), '1.0e-7');
assert.sameValue((123456).toPrecision(2), '1.2e+5');
assert.sameValue((123.456).toExponential(2), '1.23e+2');
assert.sameValue((0).toExponential(), '0e+0');
