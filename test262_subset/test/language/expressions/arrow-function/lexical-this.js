// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-arrow-function-definitions
description: arrow functions capture this and arguments lexically
---*/

function outer() {
  var arrow = () => this.v;
  return arrow.call({ v: 'other' });
}
assert.sameValue(outer.call({ v: 'outer' }), 'outer');
function f() { return (() => arguments[0])(); }
assert.sameValue(f('arg'), 'arg');
var o = { v: 1, m() { return [1].map(() => this.v)[0]; } };
assert.sameValue(o.m(), 1);
