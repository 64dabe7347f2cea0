// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-optional-chains
description: delete with an optional chain
features: [optional-chaining]
---*/

var o = { a: { b: 1 } };
assert.sameValue(delete o?.a.b, true);
assert.sameValue(o.a.b, undefined);
assert.sameValue(delete null?.a, true);
