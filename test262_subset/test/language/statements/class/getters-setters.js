// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: accessor methods in classes
features: [class]
---*/

class C {
  constructor() { this._v = 1; }
  get v() { return this._v * 10; }
  set v(x) { this._v = x; }
}
var c = new C();
assert.sameValue(c.v, 10);
c.v = 4;
assert.sameValue(c.v, 40);
