// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-literals-string-literals
description: string escape sequences
---*/

assert.sameValue('\x41', 'A');
assert.sameValue('\u0041', 'A');
assert.sameValue('\u{1F600}'.length, 2);
assert.sameValue('\u{1F600}', '\uD83D\uDE00');
assert.sameValue('\t\n\r\b\f\v\0'.length, 7);
assert.sameValue('a\
b', 'ab');
