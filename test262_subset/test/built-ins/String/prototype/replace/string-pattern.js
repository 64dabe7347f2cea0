// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.replace
description: replace with a string pattern replaces the first match and expands $ patterns
---*/

assert.sameValue('aaa'.replace('a', 'b'), 'baa');
assert.sameValue('abc'.replace('b', '[$&]'), 'a[b]c');
assert.sameValue('abc'.replace('b', "$`$'"), 'aacc');
assert.sameValue('abc'.replace('b', '$$'), 'a$c');
assert.sameValue('abc'.replace('b', function (m, off, s) { return m.toUpperCase() + off; }), 'aB1c');
