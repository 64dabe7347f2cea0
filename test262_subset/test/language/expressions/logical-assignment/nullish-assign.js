// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-assignment-operators
description: "??= assigns only for null or undefined"
features: [logical-assignment-operators]
---*/

var o = { a: null, b: 0 };
o.a ??= 'x';
o.b ??= 'y';
o.c ??= 'z';
assert.sameValue(o.a, 'x');
assert.sameValue(o.b, 0);
assert.sameValue(o.c, 'z');
