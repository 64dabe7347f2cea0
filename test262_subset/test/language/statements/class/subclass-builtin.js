// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: classes can extend built-ins such as Array and Error
features: [class]
---*/

class MyArray extends Array {}
var a = new MyArray();
a.push(1, 2);
assert.sameValue(a.length, 2);
assert(Array.isArray(a));
assert(a.map(function (x) { return x; }) instanceof MyArray);
class MyError extends Error {}
var e = new MyError('m');
assert(e instanceof Error);
assert.sameValue(e.message, 'm');
