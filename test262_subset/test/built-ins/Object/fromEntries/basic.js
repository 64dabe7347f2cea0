// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.fromentries
description: Object.fromEntries builds an object from key/value pairs
---*/

var o = Object.fromEntries([['a', 1], ['b', 2]]);
assert.sameValue(o.a + o.b, 3);
var m = Object.fromEntries(new Map([['k', 'v']]));
assert.sameValue(m.k, 'v');
assert.throws(TypeError, function () { Object.fromEntries([1]); });
