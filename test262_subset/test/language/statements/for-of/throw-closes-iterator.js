// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iteratorclose
description: an exception in the body closes the iterator and propagates
---*/

var returned = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
  return {
    next: function () { return { value: 1, done: false }; },
    return: function () { returned++; return {}; }
  };
};
assert.throws(Test262Error, function () {
  for (var x of iterable) throw new Test262Error();
});
assert.sameValue(returned, 1);
