// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-for-in-and-for-of-statements
description: a rejected value in for await throws into the loop's function
flags: [async]
features: [async-iteration]
---*/

(async function () {
  try {
    for await (var v of [Promise.reject(new RangeError('r'))]) {}
    throw new Test262Error('should have thrown');
  } catch (e) {
    assert(e instanceof RangeError);
  }
})().then($DONE, $DONE);
