// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-properties-of-the-function-prototype-object
description: Function.prototype is callable and returns undefined
---*/

assert.sameValue(Function.prototype(), undefined);
assert.sameValue(Function.prototype.length, 0);
assert.sameValue(Function.prototype.name, '');
assert.sameValue(Object.getPrototypeOf(Function.prototype), Object.prototype);
