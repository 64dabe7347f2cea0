// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-comments
description: a multi-line comment containing a line terminator acts as a newline for ASI
---*/

var f = function () {
  return /*
  */ 1;
};
assert.sameValue(f(), undefined);
