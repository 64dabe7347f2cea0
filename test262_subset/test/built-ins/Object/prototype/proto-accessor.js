// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.prototype.__proto__
description: __proto__ accessor gets and sets the prototype
---*/

var p = {};
var o = {};
o.__proto__ = p;
assert.sameValue(Object.getPrototypeOf(o), p);
assert.sameValue(o.__proto__, p);
assert.sameValue(Object.create(null).__proto__, undefined);
