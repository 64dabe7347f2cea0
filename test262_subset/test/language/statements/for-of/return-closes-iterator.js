// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iteratorclose
description: returning from a function inside for-of closes the iterator
---*/

var returned = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
  return {
    next: function () { return { value: 7, done: false }; },
    return: function () { returned++; return {}; }
  };
};
function f() { for (var x of iterable) return x; }
assert.sameValue(f(), 7);
assert.sameValue(returned, 1);
