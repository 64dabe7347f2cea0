// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-rules-of-automatic-semicolon-insertion
description: a semicolon is inserted after do-while's closing parenthesis
---*/

var n = 0;
do n++; while (n < 3) n += 10;
assert.sameValue(n, 13);
