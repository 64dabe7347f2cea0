// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function.prototype-@@hasinstance
description: Function.prototype[Symbol.hasInstance] is OrdinaryHasInstance and non-writable
includes: [propertyHelper.js]
---*/

function F() {}
assert.sameValue(Function.prototype[Symbol.hasInstance].call(F, new F()), true);
verifyProperty(Function.prototype, Symbol.hasInstance, { writable: false, enumerable: false, configurable: false });
