// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype-@@unscopables
description: Array.prototype[@@unscopables] is a null-prototype object listing newer methods
---*/

var u = Array.prototype[Symbol.unscopables];
assert.sameValue(Object.getPrototypeOf(u), null);
assert.sameValue(u.includes, true);
assert.sameValue(u.flat, true);
assert.sameValue(u.map, undefined);
