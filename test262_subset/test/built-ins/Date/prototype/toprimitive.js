// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-date.prototype-@@toprimitive
description: Date's default hint is string
---*/

var d = new Date(0);
assert.sameValue(typeof (d + 1), 'string');
assert.sameValue(d - 0, 0);
assert.sameValue(d[Symbol.toPrimitive]('number'), 0);
assert.throws(TypeError, function () { d[Symbol.toPrimitive]('bad'); });
