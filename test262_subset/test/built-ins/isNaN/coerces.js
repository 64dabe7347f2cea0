// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-isnan-number
description: global isNaN and isFinite coerce their argument
---*/

assert.sameValue(isNaN('abc'), true);
assert.sameValue(isNaN('12'), false);
assert.sameValue(isFinite('12'), true);
assert.sameValue(isFinite(Infinity), false);
assert.throws(TypeError, function () { isNaN(1n); });
