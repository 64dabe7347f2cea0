// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.normalize
description: normalize to NFC and NFD
---*/

var composed = '\u00E9';
var decomposed = 'e\u0301';
assert.sameValue(decomposed.normalize(), composed);
assert.sameValue(composed.normalize('NFD'), decomposed);
assert.throws(RangeError, function () { 'x'.normalize('bad'); });
