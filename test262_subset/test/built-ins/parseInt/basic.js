// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-parseint-string-radix
description: parseInt handles prefixes, radix and trailing garbage
---*/

assert.sameValue(parseInt('  42px'), 42);
assert.sameValue(parseInt('0x1A'), 26);
assert.sameValue(parseInt('1A', 16), 26);
assert.sameValue(parseInt('101', 2), 5);
assert.sameValue(parseInt('z', 37), NaN);
assert.sameValue(parseInt(''), NaN);
assert.sameValue(parseInt('-0'), -0);
assert.sameValue(parseInt('08'), 8);
assert.sameValue(parseInt(0.0000005), 5);
