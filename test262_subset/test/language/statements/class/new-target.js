// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-meta-properties
description: new.target is the constructor new was applied to
features: [class, new.target]
---*/

var seen;
class A { constructor() { seen = new.target; } }
class B extends A {}
new B();
assert.sameValue(seen, B);
function F() { return new.target; }
assert.sameValue(F(), undefined);
assert.sameValue(new F(), F);
