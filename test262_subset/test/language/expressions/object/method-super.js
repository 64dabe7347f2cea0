// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-super-keyword
description: super in object literal methods refers to the prototype
---*/

var base = { hi() { return 'base'; } };
var o = { __proto__: base, hi() { return 'o>' + super.hi(); } };
assert.sameValue(o.hi(), 'o>base');
