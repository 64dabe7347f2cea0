// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.hasown
description: Object.hasOwn checks own properties
---*/

assert.sameValue(Object.hasOwn({ a: 1 }, 'a'), true);
assert.sameValue(Object.hasOwn(Object.create({ a: 1 }), 'a'), false);
assert.throws(TypeError, function () { Object.hasOwn(null, 'a'); });
