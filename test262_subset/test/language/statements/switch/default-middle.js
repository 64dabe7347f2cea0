// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-runtime-semantics-caseblockevaluation
description: default in the middle is used when no case matches, and falls through
---*/

function f(x) {
  var s = '';
  switch (x) {
    case 1: s += '1';
    default: s += 'd';
    case 2: s += '2';
  }
  return s;
}
assert.sameValue(f(9), 'd2');
assert.sameValue(f(1), '1d2');
assert.sameValue(f(2), '2');
