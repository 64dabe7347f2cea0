// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-namedevaluation
description: anonymous functions get names from bindings and property keys
---*/

var f = function () {};
let g = () => {};
var o = { m: function () {}, ['c' + 'k']: () => {} };
var s = Symbol('desc');
var p = { [s]: function () {} };
assert.sameValue(f.name, 'f');
assert.sameValue(g.name, 'g');
assert.sameValue(o.m.name, 'm');
assert.sameValue(o.ck.name, 'ck');
assert.sameValue(p[s].name, '[desc]');
