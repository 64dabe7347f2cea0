// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-relational-operators
description: in checks own and inherited properties
---*/

var o = Object.create({ inherited: 1 });
o.own = 1;
assert.sameValue('own' in o, true);
assert.sameValue('inherited' in o, true);
assert.sameValue('toString' in o, true);
assert.sameValue('nope' in o, false);
assert.sameValue(0 in [9], true);
assert.throws(TypeError, function () { 'a' in 'abc'; });
