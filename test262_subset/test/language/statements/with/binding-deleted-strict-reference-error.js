// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-environment-records-getbindingvalue-n-s
description: >
  Strict code inside `with`: reading or writing a binding that @@unscopables' getter deleted
  after HasBinding found it is a ReferenceError
flags: [noStrict]
features: [Symbol.unscopables]
---*/

var obj = { b: 1, get [Symbol.unscopables]() { delete obj.b; return null; } };
with (obj) {
  assert.throws(ReferenceError, function () { "use strict"; return b; }, "GetBindingValue");
  obj.b = 1;
  assert.throws(ReferenceError, function () { "use strict"; b = 3; }, "SetMutableBinding");
}
assert.sameValue(Object.prototype.hasOwnProperty.call(obj, "b"), false);
