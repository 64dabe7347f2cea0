// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-super-keyword-runtime-semantics-evaluation
description: derived class fields are initialized right after super() returns
features: [class, class-fields-public]
---*/

class A { constructor() { this.seenInBase = this.f; } }
class B extends A { f = 'field'; constructor() { super(); this.afterSuper = this.f; } }
var b = new B();
assert.sameValue(b.seenInBase, undefined);
assert.sameValue(b.afterSuper, 'field');
