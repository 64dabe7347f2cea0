// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.defineproperties
description: Object.defineProperties defines several properties
---*/

var o = Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { get: function () { return 2; } } });
assert.sameValue(o.a + o.b, 3);
assert.sameValue(Object.keys(o).join(), 'a');
