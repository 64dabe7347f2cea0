// Copyright (C) 2025 the pyjs authors. All rights reserved.
// This code is governed by the BSD license found in the LICENSE file.
/*---
esid: sec-binary-logical-operators
description: "?? returns the right operand only for null or undefined"
features: [coalesce-expression]
---*/

assert.sameValue(null ?? 1, 1);
assert.sameValue(undefined ?? 2, 2);
assert.sameValue(0 ?? 3, 0);
assert.sameValue('' ?? 4, '');
assert.sameValue(false ?? 5, false);
