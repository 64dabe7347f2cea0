// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-super-keyword
description: using this before super() in a derived constructor throws ReferenceError
features: [class]
---*/

class A {}
class B extends A { constructor() { this.x = 1; super(); } }
assert.throws(ReferenceError, function () { new B(); });
