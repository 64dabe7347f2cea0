// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.isarray
description: Array.isArray sees through proxies
---*/

assert.sameValue(Array.isArray([]), true);
assert.sameValue(Array.isArray({ length: 0 }), false);
assert.sameValue(Array.isArray(new Proxy([], {})), true);
assert.sameValue(Array.isArray(Array.prototype), true);
