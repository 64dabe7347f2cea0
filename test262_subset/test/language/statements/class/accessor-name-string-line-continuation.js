// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-class-definitions
description: >
  A getter or setter named by a string literal whose line continuation puts its end on a
  later line is still an accessor (no line terminator separates `get` from the name)
---*/

var stored;
class C {
  static get 'one\
two'() { return "static"; }
  set 'three\
four'(v) { stored = v; }
}

assert.sameValue(C.onetwo, "static");
assert.sameValue(Object.getOwnPropertyNames(C).indexOf("get"), -1, "no field or method named get");
new C().threefour = 1;
assert.sameValue(stored, 1);
