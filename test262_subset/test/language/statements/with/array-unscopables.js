// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-array.prototype-@@unscopables
description: Array.prototype methods listed in @@unscopables are not visible through with
flags: [noStrict]
---*/

var keys = 'outer';
with ([]) {
  assert.sameValue(keys, 'outer');
  assert.sameValue(typeof push, 'function');
}
