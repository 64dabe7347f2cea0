// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: static methods and inheritance of statics
features: [class]
---*/

class A { static make() { return new this(); } }
class B extends A {}
assert(B.make() instanceof B);
assert.sameValue(Object.getPrototypeOf(B), A);
