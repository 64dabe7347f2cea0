// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.prototype.hasownproperty
description: hasOwnProperty ignores the prototype chain
---*/

var o = Object.create({ inherited: 1 });
o.own = 1;
assert.sameValue(o.hasOwnProperty('own'), true);
assert.sameValue(o.hasOwnProperty('inherited'), false);
assert.throws(TypeError, function () { Object.prototype.hasOwnProperty.call(null, 'x'); });
