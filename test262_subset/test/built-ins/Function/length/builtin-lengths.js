// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ecmascript-standard-built-in-objects
description: builtin functions have the specified length
---*/

assert.sameValue(Array.prototype.push.length, 1);
assert.sameValue(Object.defineProperty.length, 3);
assert.sameValue(Math.max.length, 2);
assert.sameValue(Function.prototype.call.length, 1);
assert.sameValue(Array.prototype.reduce.length, 1);
