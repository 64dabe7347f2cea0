// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-super-keyword
description: derived classes call super() and super.method()
features: [class]
---*/

class A { constructor(v) { this.v = v; } get() { return 'A' + this.v; } }
class B extends A { constructor() { super(1); } get() { return 'B' + super.get(); } }
var b = new B();
assert.sameValue(b.get(), 'BA1');
assert(b instanceof A);
