// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-ordinaryownpropertykeys
description: ownKeys lists integer keys, strings, then symbols
---*/

var s = Symbol();
var o = {};
o[s] = 1; o.b = 1; o[1] = 1; o.a = 1; o[0] = 1;
var keys = Reflect.ownKeys(o);
assert.sameValue(keys.length, 5);
assert.sameValue(keys.slice(0, 4).join(), '0,1,b,a');
assert.sameValue(keys[4], s);
