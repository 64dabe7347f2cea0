// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-putvalue
description: writing a non-writable property is silently ignored in sloppy mode
flags: [noStrict]
---*/

var o = Object.freeze({ a: 1 });
o.a = 2;
assert.sameValue(o.a, 1);
var s = 'abc';
s.x = 1;
assert.sameValue(s.x, undefined);
