// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-promise.resolve
description: Promise.resolve returns a promise argument unchanged
---*/

var p = Promise.resolve(1);
assert.sameValue(Promise.resolve(p), p);
assert.throws(TypeError, function () { Promise.resolve.call(1, 1); });
assert.throws(TypeError, function () { new Promise(1); });
assert.throws(TypeError, function () { Promise(function () {}); });
