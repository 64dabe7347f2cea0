// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.trim
description: String.prototype methods throw on null or undefined this
---*/

assert.throws(TypeError, function () { String.prototype.trim.call(null); });
assert.throws(TypeError, function () { String.prototype.slice.call(undefined); });
assert.sameValue(String.prototype.toUpperCase.call(true), 'TRUE');
