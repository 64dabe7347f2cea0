// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-tonumber
description: converting a symbol to a number throws
---*/

assert.throws(TypeError, function () { +Symbol(); });
assert.throws(TypeError, function () { Symbol() < 1; });
assert.sameValue(!!Symbol(), true);
