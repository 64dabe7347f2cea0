// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-iteratorclose
description: break out of for-of calls the iterator's return method
---*/

var returned = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return {
    next: function () { return { value: i++, done: false }; },
    return: function () { returned++; return {}; }
  };
};
for (var x of iterable) { if (x === 2) break; }
assert.sameValue(returned, 1);
