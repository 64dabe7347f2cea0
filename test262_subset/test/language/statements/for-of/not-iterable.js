// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-getiterator
description: for-of over a non-iterable throws TypeError
---*/

assert.throws(TypeError, function () { for (var x of {}) {} });
assert.throws(TypeError, function () { for (var x of 5) {} });
