// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.fromcharcode
description: fromCharCode and fromCodePoint
---*/

assert.sameValue(String.fromCharCode(72, 105), 'Hi');
assert.sameValue(String.fromCharCode(0x10041), 'A');
assert.sameValue(String.fromCodePoint(0x1F600), '\uD83D\uDE00');
assert.throws(RangeError, function () { String.fromCodePoint(0x110000); });
