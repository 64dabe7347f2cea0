// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iteratorprototype.take
description: take closes the underlying iterator when the limit is reached
features: [iterator-helpers]
---*/

var closed = false;
function* g() { try { yield 1; yield 2; } finally { closed = true; } }
g().take(1).toArray();
assert.sameValue(closed, true);
assert.throws(RangeError, function () { g().take(-1); });
