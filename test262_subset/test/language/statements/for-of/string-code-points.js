// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype-@@iterator
description: for-of over a string yields code points, not code units
---*/

var parts = [];
for (var ch of 'a\uD83D\uDE00b') parts.push(ch);
assert.sameValue(parts.length, 3);
assert.sameValue(parts[1], '\uD83D\uDE00');
