// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.iswellformed
description: isWellFormed and toWellFormed
features: [String.prototype.isWellFormed, String.prototype.toWellFormed]
---*/

assert.sameValue('ab\uD83D\uDE00'.isWellFormed(), true);
assert.sameValue('a\uD800'.isWellFormed(), false);
assert.sameValue('a\uD800'.toWellFormed(), 'a\uFFFD');
