// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-applystringornumericbinaryoperator
description: mixing BigInt and Number in + throws TypeError
features: [BigInt]
---*/

assert.sameValue(1n + 2n, 3n);
assert.throws(TypeError, function () { 1n + 1; });
assert.sameValue(1n + 'x', '1x');
