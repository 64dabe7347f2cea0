// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.prototype.valueof
description: valueOf returns ToObject(this)
---*/

var o = {};
assert.sameValue(o.valueOf(), o);
assert.sameValue(typeof Object.prototype.valueOf.call(1), 'object');
assert.throws(TypeError, function () { Object.prototype.valueOf.call(undefined); });
