// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-debugger-statement
description: the debugger statement evaluates to an empty completion
---*/

var x = 1;
debugger;
assert.sameValue(x, 1);
