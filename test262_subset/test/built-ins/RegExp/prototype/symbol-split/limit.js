// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-regexp.prototype-@@split
description: split with a regexp and captures and limit
includes: [compareArray.js]
---*/

assert.compareArray('a-b_c'.split(/[-_]/, 2), ['a', 'b']);
assert.compareArray(''.split(/x/), ['']);
assert.compareArray('abc'.split(/(?:)/u), ['a', 'b', 'c']);
