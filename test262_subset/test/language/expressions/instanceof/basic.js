// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-instanceofoperator
description: instanceof walks the prototype chain
---*/

function F() {}
var f = new F();
assert.sameValue(f instanceof F, true);
assert.sameValue(f instanceof Object, true);
assert.sameValue(Object.create(null) instanceof Object, false);
assert.throws(TypeError, function () { f instanceof {}; });
