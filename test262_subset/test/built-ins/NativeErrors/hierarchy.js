// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-nativeerror-object-structure
description: native errors inherit from Error
---*/

var ctors = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
for (var i = 0; i < ctors.length; i++) {
  var C = ctors[i];
  assert.sameValue(Object.getPrototypeOf(C), Error);
  assert.sameValue(Object.getPrototypeOf(C.prototype), Error.prototype);
  assert.sameValue(C.prototype.name, C.name);
  assert.sameValue(new C('m') instanceof Error, true);
  assert.sameValue(C.prototype.message, '');
}
