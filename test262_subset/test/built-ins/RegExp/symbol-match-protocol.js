// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-isregexp
description: Symbol.match marks regexp-likes
---*/

var re = /x/;
re[Symbol.match] = false;
assert.sameValue('/x/'.startsWith(re), true);
var fake = {};
fake[Symbol.match] = true;
assert.throws(TypeError, function () { 'a'.includes(fake); });
