// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.split
description: split by string, regexp and limit
includes: [compareArray.js]
---*/

assert.compareArray('a,b,,c'.split(','), ['a', 'b', '', 'c']);
assert.compareArray('abc'.split(''), ['a', 'b', 'c']);
assert.compareArray('a1b22c'.split(/\d+/), ['a', 'b', 'c']);
assert.compareArray('a1b'.split(/(\d)/), ['a', '1', 'b']);
assert.compareArray('a,b,c'.split(',', 2), ['a', 'b']);
assert.compareArray(''.split(','), ['']);
assert.compareArray('ab'.split(), ['ab']);
