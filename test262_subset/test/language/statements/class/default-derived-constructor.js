// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-classdefinitionevaluation
description: the default derived constructor passes all arguments to super
features: [class]
---*/

class A { constructor(a, b) { this.s = a + b; } }
class B extends A {}
assert.sameValue(new B(2, 3).s, 5);
