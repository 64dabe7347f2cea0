// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-switch-statement
description: switch falls through until break
---*/

function f(x) {
  var s = '';
  switch (x) {
    case 1: s += 'one';
    case 2: s += 'two'; break;
    case 3: s += 'three';
  }
  return s;
}
assert.sameValue(f(1), 'onetwo');
assert.sameValue(f(2), 'two');
assert.sameValue(f(3), 'three');
assert.sameValue(f(4), '');
