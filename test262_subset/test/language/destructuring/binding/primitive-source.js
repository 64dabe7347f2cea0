// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-bindinginitialization
description: object patterns box primitives; array patterns iterate strings
---*/

var { length } = 'hello';
assert.sameValue(length, 5);
var [first, second] = 'hi';
assert.sameValue(first + second, 'hi');
var { toFixed } = 1;
assert.sameValue(toFixed, Number.prototype.toFixed);
