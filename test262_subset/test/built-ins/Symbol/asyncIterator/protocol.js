// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-symbol.asynciterator
description: for await uses Symbol.asyncIterator
flags: [async]
features: [async-iteration]
---*/

var obj = {};
obj[Symbol.asyncIterator] = function () {
  var i = 0;
  return { next: function () { return Promise.resolve({ value: i, done: i++ >= 2 }); } };
};
(async function () {
  var sum = 0;
  for await (var v of obj) sum += v;
  assert.sameValue(sum, 1);
})().then($DONE, $DONE);
