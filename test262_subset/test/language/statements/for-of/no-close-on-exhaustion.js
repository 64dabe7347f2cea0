// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
description: a completed for-of does not call return
---*/

var returned = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return {
    next: function () { return { value: i, done: i++ >= 2 }; },
    return: function () { returned++; return {}; }
  };
};
for (var x of iterable) {}
assert.sameValue(returned, 0);
