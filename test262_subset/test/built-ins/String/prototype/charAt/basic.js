// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.charat
description: charAt, charCodeAt, codePointAt and at
---*/

var s = 'ab\uD83D\uDE00';
assert.sameValue(s.charAt(1), 'b');
assert.sameValue(s.charAt(9), '');
assert.sameValue(s.charCodeAt(9), NaN);
assert.sameValue(s.codePointAt(2), 0x1F600);
assert.sameValue(s.codePointAt(3), 0xDE00);
assert.sameValue(s.at(-1), '\uDE00');
