// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.assign
description: Object.assign copies own enumerable properties with [[Set]]
---*/

var t = { a: 0 };
var r = Object.assign(t, { a: 1, b: 2 }, null, undefined, 'xy');
assert.sameValue(r, t);
assert.sameValue(t.a, 1);
assert.sameValue(t.b, 2);
assert.sameValue(t[1], 'y');
var s = Symbol();
var src = {};
src[s] = 'sym';
assert.sameValue(Object.assign({}, src)[s], 'sym');
