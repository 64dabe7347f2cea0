// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-function.prototype.bind
description: bind fixes this and leading arguments and sets name and length
---*/

function f(a, b, c) { return [this.v, a, b, c].join(); }
var b = f.bind({ v: 'T' }, 1);
assert.sameValue(b(2, 3), 'T,1,2,3');
assert.sameValue(b.name, 'bound f');
assert.sameValue(b.length, 2);
assert.sameValue(b.hasOwnProperty('prototype'), false);
