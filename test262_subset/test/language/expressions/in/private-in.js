// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-relational-operators
description: the in operator checks for a private field
features: [class, class-fields-private, class-fields-private-in]
---*/

class C { #p; static test(o) { return #p in o; } }
assert.sameValue(C.test(new C()), true);
assert.sameValue(C.test({}), false);
assert.throws(TypeError, function () { C.test(1); });
