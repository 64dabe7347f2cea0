// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arguments-exotic-objects
description: arguments has length, indices and is iterable
includes: [compareArray.js]
---*/

function f() { return arguments; }
var a = f(1, 'x', null);
assert.sameValue(a.length, 3);
assert.sameValue(Object.prototype.toString.call(a), '[object Arguments]');
assert.compareArray([...a], [1, 'x', null]);
