// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-labelled-statements
description: break out of a labeled block
---*/

var r = 'before';
blk: {
  r = 'inside';
  break blk;
  r = 'unreachable';
}
assert.sameValue(r, 'inside');
