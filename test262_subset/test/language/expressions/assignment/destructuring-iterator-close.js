// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-iteratordestructuringassignmentevaluation
description: array destructuring closes the iterator when not exhausted
---*/

var closed = 0;
var it = {};
it[Symbol.iterator] = function () {
  return { next: function () { return { value: 1, done: false }; }, return: function () { closed++; return {}; } };
};
var a;
[a] = it;
assert.sameValue(a, 1);
assert.sameValue(closed, 1);
