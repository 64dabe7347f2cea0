// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-do-while-statement
description: do-while runs the body before testing
---*/

var n = 0;
do { n++; } while (false);
assert.sameValue(n, 1);
