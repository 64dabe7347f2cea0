// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math-object
description: Math constants are read-only and Math has a toStringTag
includes: [propertyHelper.js]
---*/

verifyProperty(Math, 'PI', { value: 3.141592653589793, writable: false, enumerable: false, configurable: false });
assert.sameValue(Math.E, 2.718281828459045);
assert.sameValue(Object.prototype.toString.call(Math), '[object Math]');
assert.throws(TypeError, function () { new Math(); });
