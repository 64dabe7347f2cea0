// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.getownpropertydescriptors
description: Object.getOwnPropertyDescriptors includes symbols
---*/

var s = Symbol();
var o = { a: 1 };
o[s] = 2;
var ds = Object.getOwnPropertyDescriptors(o);
assert.sameValue(ds.a.value, 1);
assert.sameValue(ds[s].value, 2);
