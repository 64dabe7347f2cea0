// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object-initializer
description: shorthand properties, methods and computed keys
---*/

var a = 1, k = 'key';
var o = { a, [k + '2']: 2, m() { return this.a; }, get g() { return 'g'; } };
assert.sameValue(o.a, 1);
assert.sameValue(o.key2, 2);
assert.sameValue(o.m(), 1);
assert.sameValue(o.g, 'g');
