// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-map-iterable
description: Map requires new and an iterable of entry objects
---*/

assert.throws(TypeError, function () { Map(); });
assert.throws(TypeError, function () { new Map([1]); });
assert.sameValue(new Map(null).size, 0);
