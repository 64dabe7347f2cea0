// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: private getters and setters
features: [class, class-methods-private]
---*/

class C {
  #v = 1;
  get #double() { return this.#v * 2; }
  set #double(x) { this.#v = x / 2; }
  run() { this.#double = 10; return this.#double; }
}
assert.sameValue(new C().run(), 10);
