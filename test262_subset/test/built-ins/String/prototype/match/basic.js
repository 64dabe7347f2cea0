// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-string.prototype.match
description: match and matchAll
---*/

var m = 'a1b2'.match(/\d/);
assert.sameValue(m[0], '1');
assert.sameValue(m.index, 1);
assert.sameValue('a1b2'.match(/\d/g).join(), '1,2');
assert.sameValue('abc'.match(/x/), null);
var all = [...'a1b2'.matchAll(/[a-z](\d)/g)];
assert.sameValue(all.length, 2);
assert.sameValue(all[1][1], '2');
assert.throws(TypeError, function () { 'a'.matchAll(/a/); });
