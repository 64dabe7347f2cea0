// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: private fields and methods
features: [class, class-fields-private, class-methods-private]
---*/

class Counter {
  #count = 0;
  #inc() { this.#count++; }
  tick() { this.#inc(); return this.#count; }
  static has(o) { return #count in o; }
}
var c = new Counter();
c.tick();
assert.sameValue(c.tick(), 2);
assert(Counter.has(c));
assert(!Counter.has({}));
