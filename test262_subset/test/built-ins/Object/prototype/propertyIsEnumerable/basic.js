// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.prototype.propertyisenumerable
description: propertyIsEnumerable for own properties only
---*/

assert.sameValue({ a: 1 }.propertyIsEnumerable('a'), true);
assert.sameValue([].propertyIsEnumerable('length'), false);
assert.sameValue(Object.create({ a: 1 }).propertyIsEnumerable('a'), false);
