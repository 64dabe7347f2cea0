// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.search
description: search returns the index of the first match
---*/

assert.sameValue('abcabc'.search(/c/), 2);
assert.sameValue('abc'.search('z'), -1);
