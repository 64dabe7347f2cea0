// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ecmascript-language-types-number-type
description: Numbers are IEEE-754 doubles
---*/

assert.sameValue(9007199254740992 + 1, 9007199254740992);
assert.sameValue(Number.MAX_SAFE_INTEGER, 9007199254740991);
assert.sameValue(5e-324 / 2, 0);
assert.sameValue(1.7976931348623157e308 * 10, Infinity);
