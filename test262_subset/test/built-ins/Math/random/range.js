// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-math.random
description: Math.random returns numbers in [0, 1)
---*/

for (var i = 0; i < 50; i++) {
  var r = Math.random();
  assert(r >= 0 && r < 1, 'in range');
}
