// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-property-accessors
description: member access on primitives uses their wrapper prototype
---*/

assert.sameValue('abc'.length, 3);
assert.sameValue((5).toFixed(1), '5.0');
assert.sameValue(true.toString(), 'true');
assert.throws(TypeError, function () { null.x; });
assert.throws(TypeError, function () { undefined[0]; });
