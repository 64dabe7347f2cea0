// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-while-statement
description: break and continue inside while
---*/

var i = 0, out = [];
while (true) {
  i++;
  if (i % 2) continue;
  if (i > 6) break;
  out.push(i);
}
assert.sameValue(out.join(), '2,4,6');
