// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.is
description: Object.is implements SameValue
---*/

assert.sameValue(Object.is(NaN, NaN), true);
assert.sameValue(Object.is(0, -0), false);
assert.sameValue(Object.is('a', 'a'), true);
assert.sameValue(Object.is({}, {}), false);
