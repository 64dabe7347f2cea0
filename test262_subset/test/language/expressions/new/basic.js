// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-new-operator
description: new creates an object from the constructor's prototype
---*/

function P(x) { this.x = x; }
P.prototype.get = function () { return this.x; };
var p = new P(4);
assert.sameValue(p.get(), 4);
assert.sameValue(new P instanceof P, true);
