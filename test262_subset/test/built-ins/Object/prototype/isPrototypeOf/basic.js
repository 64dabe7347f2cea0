// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.prototype.isprototypeof
description: isPrototypeOf walks the chain of its argument
---*/

var p = {};
var o = Object.create(Object.create(p));
assert.sameValue(p.isPrototypeOf(o), true);
assert.sameValue(o.isPrototypeOf(p), false);
assert.sameValue(Object.prototype.isPrototypeOf(5), false);
