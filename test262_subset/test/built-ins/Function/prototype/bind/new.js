// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-bound-function-exotic-objects-construct-argumentslist-newtarget
description: new on a bound function ignores the bound this
---*/

function P(a, b) { this.a = a; this.b = b; }
var B = P.bind({ ignored: true }, 1);
var p = new B(2);
assert.sameValue(p.a + p.b, 3);
assert(p instanceof P);
assert.sameValue(p.ignored, undefined);
