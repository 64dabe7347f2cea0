// Copyright (C) 2026 the pyjs authors. All rights reserved.
/*---
esid: sec-performeval
description: Direct eval code inside a class can use the class's private names.
features: [class-fields-private, class-methods-private]
---*/
var C = class {
  #secret = 41;
  #add(n) { return this.#secret + n; }
  read() { return eval('this.#add(1)'); }
  static has(o) { return eval('#secret in o'); }
};
assert.sameValue(new C().read(), 42);
assert.sameValue(C.has(new C()), true);
assert.sameValue(C.has({}), false);
