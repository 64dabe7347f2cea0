// Copyright (C) 2026 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-createmappedargumentsobject
description: with duplicate parameter names only the last occurrence of a name is mapped
flags: [noStrict]
---*/

var args = (function (a, a, a) { return arguments; })(1, 2, 3);
assert.sameValue(args[0], 1);
assert.sameValue(args[1], 2);
assert.sameValue(args[2], 3);

function f(a, b, a) {
  a = 9;
  b = 8;
  return [arguments[0], arguments[1], arguments[2]];
}
var r = f(1, 2, 3);
assert.sameValue(r[0], 1, 'index 0 is not mapped');
assert.sameValue(r[1], 8, 'b is mapped');
assert.sameValue(r[2], 9, 'the last a is mapped');

function g(a, b, a) {
  arguments[0] = 7;
  return a;
}
assert.sameValue(g(1, 2), undefined, 'the last a has no argument, so nothing maps it');
