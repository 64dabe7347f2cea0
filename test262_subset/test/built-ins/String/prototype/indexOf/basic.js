// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.indexof
description: indexOf, lastIndexOf, includes, startsWith, endsWith
---*/

var s = 'hello world';
assert.sameValue(s.indexOf('o'), 4);
assert.sameValue(s.lastIndexOf('o'), 7);
assert.sameValue(s.indexOf(''), 0);
assert.sameValue(s.includes('lo w'), true);
assert.sameValue(s.startsWith('world', 6), true);
assert.sameValue(s.endsWith('hello', 5), true);
assert.throws(TypeError, function () { s.includes(/o/); });
