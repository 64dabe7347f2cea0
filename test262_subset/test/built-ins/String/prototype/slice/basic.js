// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.slice
description: slice, substring and substr index handling
---*/

var s = 'abcdef';
assert.sameValue(s.slice(-2), 'ef');
assert.sameValue(s.slice(2, -1), 'cde');
assert.sameValue(s.substring(4, 1), 'bcd');
assert.sameValue(s.substring(-3), 'abcdef');
assert.sameValue(s.substr(-3, 2), 'de');
