// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-async-function-constructor
description: the AsyncFunction constructor
flags: [async]
features: [async-functions]
---*/

var AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
var f = new AsyncFunction('x', 'return await x;');
assert.sameValue(Object.getPrototypeOf(f), AsyncFunction.prototype);
f(Promise.resolve(7)).then(function (v) { assert.sameValue(v, 7); }).then($DONE, $DONE);
