// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-type
description: symbols as property keys are distinct from strings
---*/

var s = Symbol('k');
var o = {};
o[s] = 1;
o['Symbol(k)'] = 2;
assert.sameValue(o[s], 1);
assert.sameValue(Object.keys(o).length, 1);
