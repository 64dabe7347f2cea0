// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.touppercase
description: toUpperCase and toLowerCase, including special casing
---*/

assert.sameValue('Hello'.toUpperCase(), 'HELLO');
assert.sameValue('ÀB'.toLowerCase(), 'àb');
assert.sameValue('ß'.toUpperCase(), 'SS');
assert.sameValue('İ'.toLowerCase().length, 2);
