// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.getownpropertysymbols
description: getOwnPropertySymbols lists symbol keys in insertion order
---*/

var a = Symbol('a'), b = Symbol('b');
var o = {};
o[b] = 1; o.x = 1; o[a] = 1;
var syms = Object.getOwnPropertySymbols(o);
assert.sameValue(syms.length, 2);
assert.sameValue(syms[0], b);
assert.sameValue(syms[1], a);
