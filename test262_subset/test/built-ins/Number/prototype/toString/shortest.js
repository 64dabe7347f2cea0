// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-numeric-types-number-tostring
description: Number to string uses the shortest round-tripping form
---*/

assert.sameValue(String(0.1), '0.1');
assert.sameValue(String(1e21), '1e+21');
assert.sameValue(String(1e-7), '1e-7');
assert.sameValue(String(123456789012345680000), '123456789012345680000');
assert.sameValue(String(-0), '0');
assert.sameValue(String(5e-324), '5e-324');
assert.sameValue(String(0.000001), '0.000001');
