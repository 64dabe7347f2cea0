// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-number.prototype.valueof
description: Number.prototype methods require a Number this
---*/

assert.sameValue(new Number(3).valueOf(), 3);
assert.throws(TypeError, function () { Number.prototype.valueOf.call('3'); });
assert.throws(TypeError, function () { Number.prototype.toFixed.call({}); });
