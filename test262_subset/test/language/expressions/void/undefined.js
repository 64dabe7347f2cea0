// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-void-operator
description: void evaluates its operand and returns undefined
---*/

var n = 0;
assert.sameValue(void n++, undefined);
assert.sameValue(n, 1);
