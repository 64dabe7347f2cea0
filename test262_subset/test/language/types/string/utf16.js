// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ecmascript-language-types-string-type
description: strings are sequences of UTF-16 code units
---*/

var s = '😀';
assert.sameValue(s.length, 2);
assert.sameValue(s.charCodeAt(0), 0xD83D);
assert.sameValue(s.codePointAt(0), 0x1F600);
assert.sameValue('\uD800'.length, 1);
