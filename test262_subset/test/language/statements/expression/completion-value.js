// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-expression-statement
description: the script's completion value is the last expression statement
---*/

assert.sameValue(eval('1; 2; var x = 3;'), 2);
assert.sameValue(eval('for (var i = 0; i < 2; i++) i * 10;'), 10);
