// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: this in static methods and static fields is the class
features: [class, class-static-fields-public]
---*/

class C { static self = this; static m() { return this; } }
assert.sameValue(C.self, C);
assert.sameValue(C.m(), C);
