// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-optional-chains
description: "?. short-circuits on null and undefined"
features: [optional-chaining]
---*/

var o = { a: { b: 1 } };
assert.sameValue(o?.a?.b, 1);
assert.sameValue(o.x?.b, undefined);
assert.sameValue(null?.x, undefined);
assert.sameValue(o?.['a']?.['b'], 1);
