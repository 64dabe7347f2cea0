// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-createasyncfromsynciterator
description: for await over a sync iterable of promises awaits each value
flags: [async]
features: [async-iteration]
---*/

(async function () {
  var out = [];
  for await (var v of [Promise.resolve('a'), 'b']) out.push(v);
  assert.sameValue(out.join(), 'a,b');
})().then($DONE, $DONE);
