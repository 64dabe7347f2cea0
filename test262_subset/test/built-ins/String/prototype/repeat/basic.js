// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.repeat
description: repeat and its range checks
---*/

assert.sameValue('ab'.repeat(3), 'ababab');
assert.sameValue('x'.repeat(0), '');
assert.throws(RangeError, function () { 'x'.repeat(-1); });
assert.throws(RangeError, function () { 'x'.repeat(Infinity); });
