// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ecmascript-standard-built-in-objects
description: builtin methods are not constructors and have no prototype
includes: [isConstructor.js]
features: [Reflect.construct]
---*/

assert.sameValue(isConstructor(Math.abs), false);
assert.sameValue(isConstructor(Array.prototype.map), false);
assert.sameValue(isConstructor(Array), true);
assert.sameValue(Math.abs.hasOwnProperty('prototype'), false);
