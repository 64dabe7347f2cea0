// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-putvalue
description: writing a non-writable property throws in strict mode
flags: [onlyStrict]
---*/

var o = Object.freeze({ a: 1 });
assert.throws(TypeError, function () { o.a = 2; });
assert.throws(TypeError, function () { o.b = 2; });
assert.throws(TypeError, function () { 'str'.length = 1; });
