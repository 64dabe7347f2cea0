// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-value
description: Object(value) wraps primitives and returns objects unchanged
---*/

var o = {};
assert.sameValue(Object(o), o);
assert.sameValue(typeof Object(1), 'object');
assert.sameValue(Object(null).constructor, Object);
assert(Object('s') instanceof String);
