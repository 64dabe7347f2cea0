// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-object.prototype.tostring
description: Object.prototype.toString builtin tags and Symbol.toStringTag
---*/

var ts = Object.prototype.toString;
assert.sameValue(ts.call([]), '[object Array]');
assert.sameValue(ts.call(null), '[object Null]');
assert.sameValue(ts.call(undefined), '[object Undefined]');
assert.sameValue(ts.call(function () {}), '[object Function]');
assert.sameValue(ts.call(new Date(0)), '[object Date]');
assert.sameValue(ts.call(/x/), '[object RegExp]');
assert.sameValue(ts.call(1), '[object Number]');
assert.sameValue(ts.call(new Map()), '[object Map]');
var o = {};
o[Symbol.toStringTag] = 'Custom';
assert.sameValue(ts.call(o), '[object Custom]');
