// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: a class declaration with constructor, methods and fields
features: [class, class-fields-public]
---*/

class Point {
  z = 0;
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y + this.z; }
}
var p = new Point(1, 2);
assert.sameValue(p.sum(), 3);
assert.sameValue(Object.getPrototypeOf(p), Point.prototype);
