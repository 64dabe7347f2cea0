// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-continue-statement
description: labeled continue to an outer for-of closes the inner iterator
---*/

var closed = 0;
function it() {
  var o = {};
  o[Symbol.iterator] = function () {
    var i = 0;
    return { next: function () { return { value: i, done: i++ > 3 }; }, return: function () { closed++; return {}; } };
  };
  return o;
}
var n = 0;
outer: for (var a of [1, 2]) {
  for (var b of it()) { n++; continue outer; }
}
assert.sameValue(n, 2);
assert.sameValue(closed, 2);
